import {
  type ContactImportOut,
  createContactImportInput,
  MAX_IMPORT_BYTES,
  MAX_IMPORT_COLUMNS,
  MAX_IMPORT_ROWS,
  startContactImportInput,
} from '@mewayz/contracts';
import { contactImportErrors, contactImports } from '@mewayz/db/schema';
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import { recordAudit } from '../../audit/record.ts';
import { parseInput } from '../../commerce/shared.ts';
import type { Actor, CoreDeps } from '../../deps.ts';
import { Conflict, ImportTooLarge, NotCsv, NotFound } from '../../errors.ts';
import { assertId, newId } from '../../ids.ts';
import type { MediaBucket } from '../../media/bucket.ts';
import { toCsv } from '../../platform/csv.ts';
import type { TenantScope } from '../../tenancy/scope.ts';
import { listContactFieldRows } from '../fields.ts';
import { CsvSyntaxError, parseCsv } from './csv-parse.ts';
import { checkMapping, guessMapping } from './mapping.ts';

export type ContactImportRow = typeof contactImports.$inferSelect;

/** "Apply the chunk at this import's cursor": the message carries no offset, the row's cursor decides. */
export interface ContactImportMessage {
  organizationId: string;
  importId: string;
}

/** Hands a message to the `contact-imports` queue (the edge's binding, or the dashboard's hop through it). */
export interface ContactImportQueue {
  enqueue(message: ContactImportMessage): Promise<void>;
}

/** The queue binding's part an import uses (a Workers `Queue` satisfies it). */
export function queueOfImports(queue: {
  send(body: ContactImportMessage): Promise<unknown>;
}): ContactImportQueue {
  return { enqueue: async (message) => void (await queue.send(message)) };
}

/** Rows per queue message: one transaction of at most this many contacts. */
export const IMPORT_CHUNK_ROWS = 1000;

export const chunkKey = (fileKey: string, n: number) => `${fileKey}.${n}.json`;

/**
 * Delete an import's uploaded file and its chunks once nothing will read them (it finished, failed or
 * was cancelled): they hold the people's data, and the error report lives in the database. Deleting
 * keys already gone is a no-op in R2, so repeating it (a redelivered last chunk) is harmless.
 */
export async function deleteImportFiles(
  deps: CoreDeps,
  row: Pick<ContactImportRow, 'fileKey' | 'totalRows' | 'chunkSize'>,
) {
  const chunks = Math.ceil(row.totalRows / Math.max(1, row.chunkSize));
  const keys = [row.fileKey, ...Array.from({ length: chunks }, (_, n) => chunkKey(row.fileKey, n))];
  // R2 deletes at most 1,000 keys per call; 100,000 rows are 100 chunks.
  for (let i = 0; i < keys.length; i += 1000) await bucketOf(deps).delete(keys.slice(i, i + 1000));
}

export function bucketOf(deps: CoreDeps): Required<MediaBucket> {
  const media = deps.media;
  // A deployment mistake (no R2 binding), not the creator's: let it be a 500 that names itself.
  if (!media?.get) throw new Error('contact imports need the MEDIA bucket');
  return media as Required<MediaBucket>;
}

export function contactImportView(row: ContactImportRow): ContactImportOut {
  return {
    id: row.id,
    status: row.status,
    fileName: row.fileName,
    columns: row.headers,
    mapping: row.mapping ?? null,
    consent: row.consent,
    totalRows: row.totalRows,
    processed: row.processed,
    created: row.created,
    updated: row.updated,
    duplicates: row.duplicates,
    failed: row.failed,
    error: row.error,
    createdAt: row.createdAt.toISOString(),
    startedAt: row.startedAt?.toISOString() ?? null,
    finishedAt: row.finishedAt?.toISOString() ?? null,
  };
}

/**
 * Decode and parse an uploaded file, refusing what is not a CSV we can import: binary or non-UTF-8
 * bytes, broken quoting, no header or no rows, too many rows or columns.
 */
export function readCsvFile(bytes: Uint8Array): { headers: string[]; rows: string[][] } {
  if (bytes.byteLength > MAX_IMPORT_BYTES)
    throw new ImportTooLarge(
      `The file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB: split it and import each part.`,
    );
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new NotCsv('The file is not UTF-8 text: save it as “CSV UTF-8” and try again.');
  }
  // NUL never appears in a text CSV; spreadsheets' binary formats (xlsx is a zip) are full of it.
  if (text.includes('\u0000'))
    throw new NotCsv('The file is not a CSV (is it an Excel workbook? save it as CSV).');
  let records: string[][];
  try {
    records = parseCsv(text, MAX_IMPORT_ROWS + 1);
  } catch (err) {
    if (err instanceof CsvSyntaxError)
      throw new NotCsv(`The file is not valid CSV at record ${err.record}: ${err.message}.`);
    throw err;
  }
  const [header, ...rows] = records;
  if (!header || header.every((h) => h.trim() === ''))
    throw new NotCsv('The file is empty: it needs a header row.');
  if (rows.length === 0) throw new NotCsv('The file has a header but no rows.');
  if (rows.length > MAX_IMPORT_ROWS)
    throw new ImportTooLarge(
      `The file has more than ${MAX_IMPORT_ROWS.toLocaleString('en')} rows: split it.`,
    );
  if (header.length > MAX_IMPORT_COLUMNS)
    throw new NotCsv(`The file has ${header.length} columns; an import reads at most ${MAX_IMPORT_COLUMNS}.`);
  return { headers: header.map((h) => h.trim().slice(0, 200)), rows };
}

/**
 * Store an uploaded CSV as a draft import: the file in R2 and its rows cut into chunks beside it, so
 * each queue message reads only its own chunk. The mapping is chosen next (`startContactImport`).
 */
export async function uploadContactImport(
  deps: CoreDeps,
  scope: TenantScope,
  actor: Actor,
  file: { name: string; bytes: Uint8Array },
  chunkRows = IMPORT_CHUNK_ROWS,
) {
  if (!/\.(csv|txt)$/i.test(file.name))
    throw new NotCsv('Choose a .csv file (in a spreadsheet: File → Download → CSV).');
  const { headers, rows } = readCsvFile(file.bytes);
  const bucket = bucketOf(deps);
  const id = newId('contactImport');
  const fileKey = `imports/${scope.orgId}/${id}/source.csv`;
  await bucket.put(fileKey, file.bytes, { httpMetadata: { contentType: 'text/csv; charset=utf-8' } });
  const chunks = Math.ceil(rows.length / chunkRows);
  for (let n = 0; n < chunks; n++)
    await bucket.put(chunkKey(fileKey, n), JSON.stringify(rows.slice(n * chunkRows, (n + 1) * chunkRows)));
  await scope.transaction(async (tx) => {
    await tx.insert(contactImports, {
      id,
      status: 'draft',
      fileKey,
      fileName: file.name.slice(0, 200),
      fileBytes: file.bytes.byteLength,
      headers,
      totalRows: rows.length,
      chunkSize: chunkRows,
      createdBy: actor.userId ?? null,
    });
    await recordAudit(tx, actor, {
      action: 'contact_import.uploaded',
      targetType: 'contact_import',
      targetId: id,
      metadata: { rows: rows.length, bytes: file.bytes.byteLength },
    });
  });
  return contactImportView((await scope.first(contactImports, eq(contactImports.id, id)))!);
}

async function loadImport(scope: TenantScope, importId: string): Promise<ContactImportRow> {
  assertId('contactImport', importId, 'Import');
  const row = await scope.first(contactImports, eq(contactImports.id, importId));
  if (!row) throw new NotFound('Import');
  return row;
}

export async function getContactImport(_deps: CoreDeps, scope: TenantScope, importId: string) {
  return contactImportView(await loadImport(scope, importId));
}

/** A draft's header, its first rows and a guessed mapping: what the mapping form shows. */
export async function previewContactImport(deps: CoreDeps, scope: TenantScope, importId: string, rows = 5) {
  const row = await loadImport(scope, importId);
  const chunk = await bucketOf(deps).get(chunkKey(row.fileKey, 0));
  const sample: string[][] = chunk ? (JSON.parse(await chunk.text()) as string[][]).slice(0, rows) : [];
  const fields = await listContactFieldRows(scope);
  return {
    import: contactImportView(row),
    sample,
    guess: row.mapping ?? guessMapping(row.headers, fields),
    fields: fields.map((f) => ({ key: f.key, label: f.label, type: f.type })),
  };
}

/** The newest imports first. */
export async function listContactImports(_deps: CoreDeps, scope: TenantScope, limit = 20) {
  const rows = await scope.list(contactImports, undefined, { orderBy: [desc(contactImports.id)], limit });
  return rows.map(contactImportView);
}

/**
 * Choose the mapping and consent of a draft and queue it. Only a draft starts (a conditional update),
 * so two clicks of Start queue one import.
 */
export async function startContactImport(
  deps: CoreDeps,
  scope: TenantScope,
  actor: Actor,
  importId: string,
  input: unknown,
) {
  const data = parseInput(startContactImportInput, input, 'import');
  const row = await loadImport(scope, importId);
  checkMapping(data.mapping, row.headers, await listContactFieldRows(scope));
  const started = await scope.transaction(async (tx) => {
    const n = await tx.update(
      contactImports,
      { status: 'queued', mapping: data.mapping, consent: data.consent },
      and(eq(contactImports.id, row.id), eq(contactImports.status, 'draft')),
    );
    if (n === 0) return false;
    await recordAudit(tx, actor, {
      action: 'contact_import.started',
      targetType: 'contact_import',
      targetId: row.id,
      metadata: { consent: data.consent, rows: row.totalRows },
    });
    return true;
  });
  if (!started)
    throw new Conflict('This import has already started.', [
      { path: 'status', message: row.status, code: 'import_started' },
    ]);
  await enqueueImport(deps, { organizationId: scope.orgId, importId: row.id });
  return getContactImport(deps, scope, row.id);
}

async function enqueueImport(deps: CoreDeps, message: ContactImportMessage) {
  if (!deps.contactImports) throw new Error('this Worker has no contact-imports queue');
  await deps.contactImports.enqueue(message);
}

/** The API's import in one call: the CSV text, a mapping (or the guessed one) and consent. */
export async function createContactImport(deps: CoreDeps, scope: TenantScope, actor: Actor, input: unknown) {
  const data = parseInput(createContactImportInput, input, 'import');
  const draft = await uploadContactImport(deps, scope, actor, {
    name: /\.(csv|txt)$/i.test(data.fileName) ? data.fileName : `${data.fileName}.csv`,
    bytes: new TextEncoder().encode(data.csv),
  });
  const mapping = data.mapping ?? guessMapping(draft.columns, await listContactFieldRows(scope));
  return startContactImport(deps, scope, actor, draft.id, { mapping, consent: data.consent });
}

/** Stop an import between chunks: the next claim finds it cancelled; what was applied stays. */
export async function cancelContactImport(
  deps: CoreDeps,
  scope: TenantScope,
  actor: Actor,
  importId: string,
) {
  const row = await loadImport(scope, importId);
  await scope.transaction(async (tx) => {
    const n = await tx.update(
      contactImports,
      { status: 'cancelled', finishedAt: deps.now() },
      and(eq(contactImports.id, row.id), inArray(contactImports.status, ['draft', 'queued', 'running'])),
    );
    if (n === 0)
      throw new Conflict('This import has already finished.', [
        { path: 'status', message: row.status, code: 'import_finished' },
      ]);
    await recordAudit(tx, actor, {
      action: 'contact_import.cancelled',
      targetType: 'contact_import',
      targetId: row.id,
    });
  });
  // After the commit: a chunk being applied meanwhile read its rows already, and its claim now fails.
  await deleteImportFiles(deps, row);
  return getContactImport(deps, scope, row.id);
}

/** The rows an import could not apply, in file order (at most `limit`). */
export async function listContactImportErrors(
  _deps: CoreDeps,
  scope: TenantScope,
  importId: string,
  limit = 1000,
) {
  const row = await loadImport(scope, importId);
  const errors = await scope.list(contactImportErrors, eq(contactImportErrors.importId, row.id), {
    orderBy: [asc(contactImportErrors.rowNumber)],
    limit,
  });
  return errors.map((e) => ({ row: e.rowNumber, email: e.email, reason: e.reason }));
}

/** The error report as a CSV the creator can fix and import again. */
export async function contactImportErrorsCsv(deps: CoreDeps, scope: TenantScope, importId: string) {
  const errors = await listContactImportErrors(deps, scope, importId, 100_000);
  return toCsv([['row', 'email', 'reason'], ...errors.map((e) => [e.row, e.email ?? '', e.reason])]);
}
