import { contactNoteInput } from '@mewayz/contracts';
import { contactInteractions, contacts } from '@mewayz/db/schema';
import { and, desc, eq, isNull, lt, or } from 'drizzle-orm';
import { recordAudit } from '../audit/record.ts';
import { parseInput } from '../commerce/shared.ts';
import type { Actor, CoreDeps } from '../deps.ts';
import { newId } from '../ids.ts';
import type { TenantScope } from '../tenancy/scope.ts';

type InteractionRow = typeof contactInteractions.$inferSelect;

export function interactionView(row: InteractionRow) {
  return {
    id: row.id,
    contactId: row.contactId,
    kind: row.kind,
    summary: row.summary,
    body: row.body,
    refId: row.refId,
    authorUserId: row.authorUserId,
    occurredAt: row.occurredAt.toISOString(),
  };
}
export type InteractionView = ReturnType<typeof interactionView>;

export interface NewInteraction {
  contactId: string;
  kind: string;
  summary: string;
  body?: string | null;
  refId?: string | null;
  authorUserId?: string | null;
  occurredAt: Date;
}

/**
 * Add an entry to a contact's timeline and move its last activity forward (never back: an older entry
 * arriving late leaves a newer activity in place). Runs in the caller's transaction. An entry about the
 * team's own work on the contact (an edit) passes `contactActivity: false`: "last active" segments
 * mean the contact's doing, not ours.
 */
export async function addInteraction(
  tx: TenantScope,
  entry: NewInteraction,
  opts: { contactActivity?: boolean } = {},
): Promise<string> {
  const id = newId('contactInteraction');
  await tx.insert(contactInteractions, {
    id,
    contactId: entry.contactId,
    kind: entry.kind,
    summary: entry.summary.slice(0, 300),
    body: entry.body ?? null,
    refId: entry.refId ?? null,
    authorUserId: entry.authorUserId ?? null,
    occurredAt: entry.occurredAt,
  });
  if (opts.contactActivity === false) return id;
  await tx.update(
    contacts,
    { lastActivityAt: entry.occurredAt },
    and(
      eq(contacts.id, entry.contactId),
      or(lt(contacts.lastActivityAt, entry.occurredAt), isNull(contacts.lastActivityAt)),
    ),
  );
  return id;
}

/** A contact's timeline, newest first, at most `limit` entries. */
export async function listInteractions(scope: TenantScope, contactId: string, limit = 200) {
  const rows = await scope.list(contactInteractions, eq(contactInteractions.contactId, contactId), {
    orderBy: [desc(contactInteractions.occurredAt), desc(contactInteractions.id)],
    limit,
  });
  return rows.map(interactionView);
}

/** A note a team member writes on a contact's timeline. */
export async function writeNote(
  deps: CoreDeps,
  tx: TenantScope,
  actor: Actor,
  contactId: string,
  input: unknown,
): Promise<string> {
  const { body } = parseInput(contactNoteInput, input, 'note');
  const firstLine = body.split('\n')[0]!.trim();
  const id = await addInteraction(tx, {
    contactId,
    kind: 'note',
    summary: firstLine.length > 120 ? `${firstLine.slice(0, 119)}…` : firstLine,
    body,
    authorUserId: actor.userId ?? null,
    occurredAt: deps.now(),
  });
  await recordAudit(tx, actor, {
    action: 'contact.note_added',
    targetType: 'contact',
    targetId: contactId,
    metadata: { interactionId: id },
  });
  return id;
}
