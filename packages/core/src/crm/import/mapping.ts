import { createContactInput, type ImportTarget } from '@mewayz/contracts';
import { ValidationFailed } from '../../errors.ts';
import { type ContactFieldRow, type StoredValue, storedValueOf } from '../fields.ts';

/** Header words that name a contact's own fields, lower-cased with spaces, dashes and underscores gone. */
const headerGuesses: Record<string, ImportTarget> = {
  email: 'email',
  emailaddress: 'email',
  mail: 'email',
  email1: 'email',
  name: 'name',
  fullname: 'name',
  contact: 'name',
  contactname: 'name',
  phone: 'phone',
  phonenumber: 'phone',
  mobile: 'phone',
  tel: 'phone',
  telephone: 'phone',
  company: 'company',
  organization: 'company',
  organisation: 'company',
  business: 'company',
  tags: 'tags',
  tag: 'tags',
  labels: 'tags',
  groups: 'tags',
};

const squash = (s: string) => s.toLowerCase().replace(/[\s_-]+/g, '');

/** A first mapping from the header: known words, then custom fields by key or label, else ignore. */
export function guessMapping(headers: string[], fields: ContactFieldRow[]): ImportTarget[] {
  const used = new Set<string>();
  return headers.map((h) => {
    const word = squash(h);
    const field = fields.find((f) => squash(f.key) === word || squash(f.label) === word);
    const target: ImportTarget | undefined =
      headerGuesses[word] ?? (field ? `field:${field.key}` : undefined);
    // Two columns named "email": the first one is the email, the other is left for the creator to choose.
    if (!target || (target !== 'tags' && used.has(target))) return 'ignore';
    used.add(target);
    return target;
  });
}

/** Check a mapping against the header and the organization's fields; every problem at once. */
export function checkMapping(mapping: string[], headers: string[], fields: ContactFieldRow[]) {
  const problems: { path: string; message: string; code?: string }[] = [];
  if (mapping.length !== headers.length)
    problems.push({
      path: 'mapping',
      message: `Give one target per column: the file has ${headers.length}`,
      code: 'mapping_length',
    });
  const seen = new Set<string>();
  mapping.forEach((t, i) => {
    if (t === 'ignore' || t === 'tags') return;
    if (seen.has(t))
      problems.push({
        path: `mapping.${i}`,
        message: `Only one column can be ${t}`,
        code: 'mapping_repeated',
      });
    seen.add(t);
    if (t.startsWith('field:') && !fields.some((f) => f.key === t.slice(6)))
      problems.push({ path: `mapping.${i}`, message: 'No such contact field', code: 'unknown_field' });
  });
  if (!seen.has('email'))
    problems.push({
      path: 'mapping',
      message: 'Choose the column that holds the email',
      code: 'email_unmapped',
    });
  if (problems.length) throw new ValidationFailed('The column mapping is not valid.', problems);
}

/** One row as the import applies it: only cells with something in them (empty cells never clear). */
export interface ImportedRow {
  row: number;
  email: string;
  name?: string;
  phone?: string;
  company?: string;
  tags: string[];
  fields: Map<string, StoredValue>;
}

export type RowOutcome = { ok: ImportedRow } | { row: number; email: string | null; reason: string };

/** Tags in a cell, split on `;` or `,` (a quoted cell may hold commas). */
export const splitTags = (cell: string) =>
  cell
    .split(/[;,]/)
    .map((t) => t.trim())
    .filter(Boolean);

/**
 * Read one data row through the mapping, checked by the same schema as the API's contacts and the
 * custom fields' own rules; the first problem is the row's reason.
 */
export function readRow(
  cells: string[],
  row: number,
  mapping: string[],
  fieldsByKey: Map<string, ContactFieldRow>,
): RowOutcome {
  const emailAt = mapping.indexOf('email');
  const rawEmail = (cells[emailAt] ?? '').trim();
  const fail = (reason: string): RowOutcome => ({
    row,
    email: rawEmail ? rawEmail.slice(0, 254) : null,
    reason,
  });
  if (cells.length > mapping.length)
    return fail(`Has ${cells.length} cells; the header has ${mapping.length}`);
  const input: Record<string, unknown> = { email: rawEmail };
  const tags: string[] = [];
  const fields = new Map<string, StoredValue>();
  for (let i = 0; i < mapping.length; i++) {
    const target = mapping[i]!;
    const cell = (cells[i] ?? '').trim();
    if (target === 'ignore' || target === 'email' || cell === '') continue;
    if (target === 'tags') tags.push(...splitTags(cell));
    else if (target.startsWith('field:')) {
      const def = fieldsByKey.get(target.slice(6))!;
      const stored = storedValueOf(def, cell);
      if (typeof stored === 'string') return fail(`${def.label}: ${stored}`);
      fields.set(def.id, stored);
    } else input[target] = cell;
  }
  if (tags.length) input.tags = tags;
  if (!rawEmail) return fail('No email');
  const parsed = createContactInput.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return fail(`${issue.path.join('.') || 'row'}: ${issue.message}`.slice(0, 300));
  }
  const d = parsed.data;
  return {
    ok: {
      row,
      email: d.email,
      ...(d.name ? { name: d.name } : {}),
      ...(d.phone ? { phone: d.phone } : {}),
      ...(d.company ? { company: d.company } : {}),
      tags: d.tags ?? [],
      fields,
    },
  };
}

/**
 * Rows of one email merged in file order: a later row's non-empty cells win, tags add up. So within
 * a file the last row wins field by field, and an empty cell never undoes an earlier one.
 */
export function mergeRows(into: ImportedRow, later: ImportedRow): ImportedRow {
  return {
    row: into.row,
    email: into.email,
    name: later.name ?? into.name,
    phone: later.phone ?? into.phone,
    company: later.company ?? into.company,
    tags: [...new Set([...into.tags, ...later.tags])],
    fields: new Map([...into.fields, ...later.fields]),
  };
}
