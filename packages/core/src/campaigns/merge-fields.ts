import { escapeHtml } from '../email/mailer.ts';

/**
 * Merge fields: `{{ first_name }}` or `{{ first_name | "there" }}` (the fallback when the contact has
 * no value). In HTML the value is escaped, so a contact named `<script>` stays text; in the plain
 * part it is written as is. Unknown fields become their fallback (or nothing), never the raw braces.
 */
const mergePattern =
  /\{\{\s*([a-z][a-z0-9_]{0,39})\s*(?:\|\s*(?:"([^"]*)"|&quot;(.*?)&quot;|'([^']*)'|&#39;(.*?)&#39;)\s*)?\}\}/g;

export type MergeValues = Record<string, string | null | undefined>;

export function applyMergeFields(source: string, values: MergeValues, mode: 'html' | 'text'): string {
  return source.replace(
    mergePattern,
    (_m, key: string, q1?: string, q2?: string, q3?: string, q4?: string) => {
      const value = values[key];
      if (value !== undefined && value !== null && value !== '') {
        return mode === 'html' ? escapeHtml(value) : value;
      }
      // A fallback written in HTML source is already escaped (`&quot;` quoting), the others are text.
      if (q2 !== undefined || q4 !== undefined) return (q2 ?? q4)!;
      const fallback = q1 ?? q3 ?? '';
      return mode === 'html' ? escapeHtml(fallback) : fallback;
    },
  );
}

/** The merge fields a source uses (for the editor's hints and warnings). */
export function mergeFieldsIn(source: string): string[] {
  return [...new Set([...source.matchAll(mergePattern)].map((m) => m[1]!))];
}

/** What a contact offers to merge: its own columns and its custom fields by key. */
export function contactMergeValues(
  contact: { email: string; name: string | null; company: string | null },
  custom: Record<string, string> = {},
): MergeValues {
  const name = contact.name?.trim() ?? '';
  const [first, ...rest] = name.split(/\s+/);
  return {
    ...custom,
    email: contact.email,
    name,
    first_name: first ?? '',
    last_name: rest.join(' '),
    company: contact.company ?? '',
  };
}

/** Sample values for previews. */
export const sampleMergeValues: MergeValues = {
  email: 'ada@example.com',
  name: 'Ada Lovelace',
  first_name: 'Ada',
  last_name: 'Lovelace',
  company: 'Analytical Engines',
};
