import {
  contactFieldValues,
  contactImportErrors,
  contactImports,
  contactInteractions,
  contacts,
  contactTags,
  emailSuppressions,
} from '@mewayz/db/schema';
import { and, eq, inArray, or } from 'drizzle-orm';
import { dbOf } from '../../data/db-handle.ts';
import type { CoreDeps } from '../../deps.ts';
import { newId } from '../../ids.ts';
import { trustOrgId } from '../../tenancy/org-id.ts';
import { forTenant, type TenantScope } from '../../tenancy/scope.ts';
import { type ContactFieldRow, listContactFieldRows } from '../fields.ts';
import {
  bucketOf,
  type ContactImportMessage,
  type ContactImportRow,
  chunkKey,
  deleteImportFiles,
} from './contact-import.ts';
import { type ImportedRow, mergeRows, readRow } from './mapping.ts';

type ContactRow = typeof contacts.$inferSelect;

export interface ChunkResult {
  /** False when another delivery applied this chunk first, or the import is not running. */
  applied: boolean;
  /** Nothing left to do for this import: the chain of messages stops. */
  finished: boolean;
  rows: number;
}

/** Test seam: runs inside the chunk's transaction after the contacts are written, before commit. */
export interface ChunkHooks {
  beforeCommit?: () => Promise<void>;
}

/**
 * Apply the chunk at the import's cursor, exactly once however often the message is delivered. The
 * transaction first moves the cursor with a conditional update (`processed = <offset>`), which also
 * locks the row: a concurrent delivery of the same chunk waits, then finds the cursor moved and
 * applies nothing; a failure anywhere rolls back the cursor with the contacts, so the queue's retry
 * applies the chunk again from scratch and nothing is counted twice.
 */
export async function applyContactImportChunk(
  deps: CoreDeps,
  message: ContactImportMessage,
  hooks: ChunkHooks = {},
): Promise<ChunkResult> {
  const scope = forTenant(dbOf(deps), trustOrgId(message.organizationId));
  const row = await scope.first(contactImports, eq(contactImports.id, message.importId));
  if (!row?.mapping || (row.status !== 'queued' && row.status !== 'running'))
    return { applied: false, finished: true, rows: 0 };
  const offset = row.processed;
  if (offset >= row.totalRows) return { applied: false, finished: true, rows: 0 };
  const chunk = await bucketOf(deps).get(chunkKey(row.fileKey, Math.floor(offset / row.chunkSize)));
  if (!chunk) {
    // The file is gone (deleted by hand, a wrong bucket, or by a cancel that just committed): no retry
    // will bring it back. Only a still-running import becomes failed; a cancelled one stays cancelled.
    const failed = await scope.update(
      contactImports,
      { status: 'failed', error: 'The uploaded file could not be read.', finishedAt: deps.now() },
      and(
        eq(contactImports.id, row.id),
        eq(contactImports.processed, offset),
        inArray(contactImports.status, ['queued', 'running']),
      ),
    );
    if (failed) await deleteImportFiles(deps, row);
    return { applied: false, finished: true, rows: 0 };
  }
  const cells = JSON.parse(await chunk.text()) as string[][];
  const fields = await listContactFieldRows(scope);
  const next = offset + cells.length;
  const last = next >= row.totalRows;
  const result = await scope.transaction(async (tx): Promise<ChunkResult> => {
    const now = deps.now();
    const claimed = await tx.update(
      contactImports,
      {
        processed: next,
        status: last ? 'done' : 'running',
        ...(offset === 0 ? { startedAt: now } : {}),
        ...(last ? { finishedAt: now } : {}),
      },
      and(
        eq(contactImports.id, row.id),
        eq(contactImports.processed, offset),
        inArray(contactImports.status, ['queued', 'running']),
      ),
    );
    if (claimed === 0) return { applied: false, finished: false, rows: 0 };
    const counts = await applyRows(tx, row, cells, offset, fields, now);
    await tx.update(
      contactImports,
      {
        created: row.created + counts.created,
        updated: row.updated + counts.updated,
        duplicates: row.duplicates + counts.duplicates,
        failed: row.failed + counts.failed,
      },
      eq(contactImports.id, row.id),
    );
    await hooks.beforeCommit?.();
    return { applied: true, finished: last, rows: cells.length };
  });
  // The last chunk is in: nothing reads the files again. (A crash here leaves them; the stall sweep
  // only looks at queued and running imports, so they would stay — rare, and deleting again is safe.)
  if (result.applied && result.finished) await deleteImportFiles(deps, row);
  return result;
}

/** Write one chunk's contacts in a handful of statements: bulk inserts, one update per changed contact. */
async function applyRows(
  tx: TenantScope,
  imp: ContactImportRow,
  cells: string[][],
  offset: number,
  fields: ContactFieldRow[],
  now: Date,
) {
  const mapping = imp.mapping!;
  const fieldsByKey = new Map(fields.map((f) => [f.key, f]));
  const errors: { rowNumber: number; email: string | null; reason: string }[] = [];
  const byEmail = new Map<string, ImportedRow>();
  let duplicates = 0;
  cells.forEach((c, i) => {
    // Data row i of the chunk; the header is row 1 of the file.
    const outcome = readRow(c, offset + i + 2, mapping, fieldsByKey);
    if (!('ok' in outcome)) {
      errors.push({ rowNumber: outcome.row, email: outcome.email, reason: outcome.reason });
      return;
    }
    const held = byEmail.get(outcome.ok.email);
    if (held) duplicates++;
    byEmail.set(outcome.ok.email, held ? mergeRows(held, outcome.ok) : outcome.ok);
  });
  const emails = [...byEmail.keys()];
  const existing = emails.length ? await tx.list(contacts, inArray(contacts.email, emails)) : [];
  const existingByEmail = new Map(existing.map((c) => [c.email, c]));
  // A contact this import already touched (an earlier chunk had its email) is a duplicate, not an update.
  const touched = existing.length
    ? new Set(
        (
          await tx.list(
            contactInteractions,
            and(
              eq(contactInteractions.refId, imp.id),
              inArray(
                contactInteractions.contactId,
                existing.map((c) => c.id),
              ),
            ),
          )
        ).map((i) => i.contactId),
      )
    : new Set<string>();
  const fresh = emails.filter((e) => !existingByEmail.has(e));
  const suppressed = fresh.length
    ? new Map(
        (await tx.list(emailSuppressions, inArray(emailSuppressions.email, fresh))).map((s) => [
          s.email,
          s.reason,
        ]),
      )
    : new Map<string, string>();

  const newContacts: Omit<typeof contacts.$inferInsert, 'organizationId'>[] = [];
  const interactions: Omit<typeof contactInteractions.$inferInsert, 'organizationId'>[] = [];
  const tags: { contactId: string; tag: string }[] = [];
  const values: {
    contactId: string;
    fieldId: string;
    valueText: string | null;
    valueNumber: number | null;
  }[] = [];
  const summary = `Imported from ${imp.fileName}`.slice(0, 300);
  let created = 0;
  let updated = 0;
  for (const [email, r] of byEmail) {
    const current = existingByEmail.get(email);
    let contactId: string;
    if (current) {
      contactId = current.id;
      if (touched.has(current.id)) duplicates++;
      else {
        updated++;
        interactions.push({
          id: newId('contactInteraction'),
          contactId,
          kind: 'imported',
          summary,
          refId: imp.id,
          occurredAt: now,
        });
      }
      await updateChanged(tx, current, r);
    } else {
      contactId = newId('contact');
      created++;
      newContacts.push({
        id: contactId,
        email,
        name: r.name ?? null,
        phone: r.phone ?? null,
        company: r.company ?? null,
        source: 'import',
        consentStatus: consentOf(imp.consent, suppressed.get(email)),
        consentChangedAt: now,
        consentMethod: 'import',
      });
      interactions.push({
        id: newId('contactInteraction'),
        contactId,
        kind: 'created',
        summary,
        refId: imp.id,
        occurredAt: now,
      });
    }
    for (const tag of r.tags) tags.push({ contactId, tag });
    for (const [fieldId, v] of r.fields) values.push({ contactId, fieldId, ...v });
  }
  await tx.insert(contacts, newContacts);
  await tx.insert(contactInteractions, interactions);
  // A tag the contact has is kept as it is (the primary key makes the insert skip it).
  await tx.insertIgnore(contactTags, tags);
  await replaceValues(tx, values);
  await tx.insert(
    contactImportErrors,
    errors.map((e) => ({ importId: imp.id, ...e })),
  );
  return { created, updated, duplicates, failed: errors.length };
}

/**
 * New contacts are subscribed only when the creator said these people agreed, else `not_subscribed`
 * (never asked) until they sign up themselves; an address the organization suppressed (unsubscribed,
 * bounced, complained) keeps that state and stays out of every campaign.
 */
function consentOf(consent: boolean, suppression: string | undefined) {
  if (suppression === 'bounced' || suppression === 'complained') return suppression;
  if (suppression) return 'unsubscribed' as const;
  return consent ? ('subscribed' as const) : ('not_subscribed' as const);
}

/** An existing contact takes the row's non-empty cells; consent is never changed by an import. */
async function updateChanged(tx: TenantScope, current: ContactRow, r: ImportedRow) {
  const changes: Partial<ContactRow> = {};
  if (r.name !== undefined && r.name !== current.name) changes.name = r.name;
  if (r.phone !== undefined && r.phone !== current.phone) changes.phone = r.phone;
  if (r.company !== undefined && r.company !== current.company) changes.company = r.company;
  if (Object.keys(changes).length) await tx.update(contacts, changes, eq(contacts.id, current.id));
}

/**
 * Put field values in place: held ones deleted by their whole primary key first (a delete of a
 * missing key would take a gap lock, see `writeFieldValues`), then all inserted in one statement.
 */
async function replaceValues(
  tx: TenantScope,
  values: { contactId: string; fieldId: string; valueText: string | null; valueNumber: number | null }[],
) {
  if (values.length === 0) return;
  const held = await tx.list(
    contactFieldValues,
    inArray(contactFieldValues.contactId, [...new Set(values.map((v) => v.contactId))]),
  );
  const heldKeys = new Set(held.map((h) => `${h.contactId}|${h.fieldId}`));
  const stale = values.filter((v) => heldKeys.has(`${v.contactId}|${v.fieldId}`));
  if (stale.length)
    await tx.hardDelete(
      contactFieldValues,
      or(
        ...stale.map((v) =>
          and(eq(contactFieldValues.contactId, v.contactId), eq(contactFieldValues.fieldId, v.fieldId)),
        ),
      ),
    );
  await tx.insert(contactFieldValues, values);
}
