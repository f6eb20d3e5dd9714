import { z } from '@hono/zod-openapi';
import { countOut, instantOut, listOut, textOut } from './fields.ts';
import { idSchema } from './ids.ts';

/**
 * CSV imports of contacts: a file, one target per column, and the progress of the job that applies it.
 */

/** Largest CSV an import takes, and its most data rows (the dashboard's upload; the API's body is smaller). */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 100_000;
export const MAX_IMPORT_COLUMNS = 200;

export const contactImportStatuses = ['draft', 'queued', 'running', 'done', 'failed', 'cancelled'] as const;
export type ContactImportStatus = (typeof contactImportStatuses)[number];

/** Where a column goes: a contact's own field, its tags, a custom field by key, or nowhere. */
export const importTargetPattern = '^(email|name|phone|company|tags|ignore|field:[a-z][a-z0-9_]{0,39})$';
export const importTargetSchema = z
  .string()
  .regex(new RegExp(importTargetPattern), {
    error: 'Use email, name, phone, company, tags, ignore or field:<key>',
  })
  .openapi({ pattern: importTargetPattern, maxLength: 46, example: 'email' });
export type ImportTarget = z.infer<typeof importTargetSchema>;

const mapping = z
  .array(importTargetSchema)
  .min(1)
  .max(MAX_IMPORT_COLUMNS)
  .openapi({
    description: 'One target per column of the header, in order.',
    example: ['email', 'name', 'tags'],
  });

/** Start a draft import: the mapping chosen and whether these people agreed to receive email. */
export const startContactImportInput = z
  .object({ mapping, consent: z.boolean().default(false) })
  .strict()
  .openapi('StartContactImport');

/** The API's import: the CSV text itself (inside the API's body limit) and an optional mapping. */
export const createContactImportInput = z
  .object({
    fileName: z
      .string()
      .trim()
      .min(1)
      .max(200)
      // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point.
      .regex(/^[^\u0000-\u001f/\\]+$/, { error: 'Use a file name without slashes' })
      .default('import.csv')
      .openapi({ maxLength: 200, example: 'customers.csv' }),
    csv: z
      .string({ error: 'Send the CSV text in csv' })
      .min(1, { error: 'The CSV is empty' })
      // The API's body limit (64 KB) bounds it anyway; larger files go through the dashboard's upload.
      .max(65_536, {
        error: 'Send at most 64 KB of CSV through the API; upload larger files in the dashboard',
      })
      // biome-ignore lint/suspicious/noControlCharactersInRegex: a NUL byte means a binary file, not CSV.
      .regex(/^[^\u0000]*$/, { error: 'This is not a CSV file' })
      .openapi({
        description: 'The file: a header row, then one contact per row (RFC 4180).',
        maxLength: 65_536,
      }),
    mapping: mapping.optional().openapi({ description: 'Left out: guessed from the header.' }),
    consent: z.boolean().default(false).openapi({
      description:
        'These people agreed to receive email: new contacts are subscribed (suppressed addresses never).',
    }),
  })
  .strict()
  .openapi('CreateContactImport');

export const contactImportSchema = z
  .object({
    id: idSchema('contactImport'),
    status: z.enum(contactImportStatuses),
    fileName: textOut(200),
    columns: listOut(textOut(200), MAX_IMPORT_COLUMNS).openapi({
      description: "The file's header row, as written.",
    }),
    mapping: listOut(importTargetSchema, MAX_IMPORT_COLUMNS).nullable(),
    consent: z.boolean(),
    totalRows: countOut,
    processed: countOut,
    created: countOut,
    updated: countOut,
    duplicates: countOut.openapi({ description: 'Rows whose email an earlier row had: merged into it.' }),
    failed: countOut,
    error: textOut(300).nullable(),
    createdAt: instantOut,
    startedAt: instantOut.nullable(),
    finishedAt: instantOut.nullable(),
  })
  .openapi('ContactImport');
export type ContactImportOut = z.infer<typeof contactImportSchema>;

export const contactImportErrorSchema = z
  .object({
    row: countOut.openapi({ description: 'The row as a spreadsheet numbers it (the header is row 1).' }),
    email: textOut(254)
      .nullable()
      .openapi({ description: "The row's email cell as written (it may be what was wrong)." }),
    reason: textOut(300),
  })
  .openapi('ContactImportError');
