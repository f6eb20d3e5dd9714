/**
 * An RFC 4180 reader: no CSV parser is installed in the workspace, and this one needs nothing but
 * strings, so it runs the same in workerd and Node. Accepts what spreadsheets write: a UTF-8 BOM,
 * CRLF, LF or lone CR line ends, quoted fields with `""` escapes, commas and line breaks inside quotes.
 * Blank lines are skipped (spreadsheets leave them at the end). Stops at `maxRecords` + 1 so an
 * oversized file is found without reading it all.
 */
export class CsvSyntaxError extends Error {
  constructor(
    message: string,
    readonly record: number,
  ) {
    super(message);
  }
}

export function parseCsv(text: string, maxRecords = Number.POSITIVE_INFINITY): string[][] {
  const records: string[][] = [];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const n = text.length;
  let record: string[] = [];
  let field = '';
  // A line with no characters at all is skipped; `touched` says the current record has any.
  let touched = false;
  const endRecord = () => {
    if (touched) {
      record.push(field);
      records.push(record);
    }
    record = [];
    field = '';
    touched = false;
  };
  while (i < n) {
    if (records.length > maxRecords) break;
    const ch = text.charCodeAt(i);
    // A quote opens a quoted field only at its start; inside unquoted text (`a"b`) it is text, as
    // spreadsheets read it (the unquoted scan below takes it).
    if (ch === 34 /* " */ && field === '') {
      touched = true;
      i++;
      let start = i;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q === -1) throw new CsvSyntaxError('A quoted field is never closed', records.length + 1);
        if (text.charCodeAt(q + 1) === 34) {
          field += text.slice(start, q + 1);
          i = q + 2;
          start = i;
          continue;
        }
        field += text.slice(start, q);
        i = q + 1;
        break;
      }
      const next = text.charCodeAt(i);
      if (i < n && next !== 44 && next !== 10 && next !== 13)
        throw new CsvSyntaxError(
          'Text follows a closing quote; write "" for a quote inside a field',
          records.length + 1,
        );
      continue;
    }
    if (ch === 44 /* , */) {
      touched = true;
      record.push(field);
      field = '';
      i++;
      continue;
    }
    if (ch === 13 || ch === 10) {
      endRecord();
      i += ch === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
      continue;
    }
    // Unquoted text up to the next delimiter, in one slice.
    touched = true;
    let j = i + 1;
    while (j < n) {
      const c = text.charCodeAt(j);
      if (c === 44 || c === 10 || c === 13) break;
      j++;
    }
    field += text.slice(i, j);
    i = j;
  }
  if (touched || record.length) endRecord();
  return records;
}
