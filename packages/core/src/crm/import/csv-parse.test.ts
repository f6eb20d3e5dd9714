import { describe, expect, it } from 'vitest';
import { toCsv } from '../../platform/csv.ts';
import { CsvSyntaxError, parseCsv } from './csv-parse.ts';

describe('parseCsv (RFC 4180)', () => {
  it('reads plain rows with any line end and skips blank lines', () => {
    expect(parseCsv('a,b\r\n1,2\n3,4\r5,6\r\n\r\n')).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
      ['5', '6'],
    ]);
    expect(parseCsv('a,b')).toEqual([['a', 'b']]);
    expect(parseCsv('')).toEqual([]);
  });

  it('drops a UTF-8 byte order mark, keeps other text as is', () => {
    expect(parseCsv('\ufeffemail,name\r\nzoë@example.test,Zoë')).toEqual([
      ['email', 'name'],
      ['zoë@example.test', 'Zoë'],
    ]);
  });

  it('keeps empty fields, at the start, middle and end of a row', () => {
    expect(parseCsv(',a,,b,\n')).toEqual([['', 'a', '', 'b', '']]);
    expect(parseCsv('""\n')).toEqual([['']]);
  });

  it('reads quoted fields with commas, doubled quotes and line breaks inside', () => {
    const text = 'name,note\r\n"Rivera, Alice","She said ""hi""\r\nthen left",x\r\n"",""\r\n';
    expect(parseCsv(text)).toEqual([
      ['name', 'note'],
      ['Rivera, Alice', 'She said "hi"\r\nthen left', 'x'],
      ['', ''],
    ]);
  });

  it('treats a quote inside unquoted text as text', () => {
    expect(parseCsv('a"b,c\n')).toEqual([['a"b', 'c']]);
  });

  it('refuses an unclosed quote and text after a closing quote, naming the record', () => {
    const unclosed = () => parseCsv('a\n"b,c\n');
    expect(unclosed).toThrow(CsvSyntaxError);
    expect(unclosed).toThrow(/never closed/);
    try {
      parseCsv('a\nb\n"c"d\n');
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(CsvSyntaxError);
      expect((err as CsvSyntaxError).record).toBe(3);
    }
  });

  it('reads back whatever the export writes (round trip of awkward cells)', () => {
    const rows = [
      ['email', 'name', 'note'],
      ['a@example.test', 'Quote "q"', 'line\nbreak'],
      ['b@example.test', 'Comma, inside', ''],
      ['c@example.test', ' spaced ', 'x\r\ny'],
    ];
    expect(parseCsv(toCsv(rows))).toEqual(rows);
  });

  it('stops early past maxRecords', () => {
    const text = Array.from({ length: 1000 }, (_, i) => `r${i}`).join('\n');
    expect(parseCsv(text, 10).length).toBe(11);
  });

  it('reads 100,000 rows quickly', () => {
    const text = Array.from({ length: 100_000 }, (_, i) => `p${i}@example.test,"Person ${i}",vip;early`).join(
      '\r\n',
    );
    const t = performance.now();
    const rows = parseCsv(text);
    expect(rows.length).toBe(100_000);
    expect(rows[99_999]).toEqual(['p99999@example.test', 'Person 99999', 'vip;early']);
    expect(performance.now() - t).toBeLessThan(2000);
  });
});
