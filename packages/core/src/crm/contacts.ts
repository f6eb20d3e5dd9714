import {
  bulkTagInput,
  type ConsentStatus,
  type ContactListQuery,
  contactTagsInput,
  createContactInput,
  updateContactInput,
} from '@mewayz/contracts';
import {
  contactFieldValues,
  contactInteractions,
  contacts,
  contactTags,
  emailSenderSettings,
  emailSequenceEnrollments,
  emailSuppressions,
  segments,
} from '@mewayz/db/schema';
import { and, asc, desc, eq, inArray, like, lt, or, type SQL, sql } from 'drizzle-orm';
import { recordAudit } from '../audit/record.ts';
import { parseInput } from '../commerce/shared.ts';
import { isDuplicateKey } from '../data/mysql-errors.ts';
import type { Actor, CoreDeps } from '../deps.ts';
import { Conflict, NotFound } from '../errors.ts';
import { assertId, newId } from '../ids.ts';
import { toCsv } from '../platform/csv.ts';
import { type EnrollOption, enrollOnSubscribe } from '../sequences/enroll.ts';
import type { TenantScope } from '../tenancy/scope.ts';
import { type EmitWebhook, transactionWithEvents } from '../webhooks/outbox.ts';
import { type ContactFieldRow, listContactFieldRows, resolveFieldValues, shownValue } from './fields.ts';
import { hasTag, storedSegmentWhere } from './segment-sql.ts';
import { subscribedBySignup } from './signup-confirmation.ts';
import { addInteraction, listInteractions, writeNote } from './timeline.ts';

export type ContactRow = typeof contacts.$inferSelect;
/** How a change reached the CRM; it becomes a new contact's source and the consent's `method`. */
export type ContactChannel = 'api' | 'dashboard' | 'import';

/** A contact as the `contact.created` webhook carries it. */
export function contactView(row: ContactRow) {
  return {
    id: row.id,
    email: row.email,
    source: row.source,
    siteId: row.siteId,
    createdAt: row.createdAt.toISOString(),
  };
}

function byContact<T extends { contactId: string }>(rows: T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) {
    const list = out.get(r.contactId);
    if (list) list.push(r);
    else out.set(r.contactId, [r]);
  }
  return out;
}

/** Contacts with their tags and custom field values (two queries for the whole page). */
async function detailed(scope: TenantScope, rows: ContactRow[], defs?: ContactFieldRow[]) {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [tags, values, fieldDefs] = await Promise.all([
    scope.list(contactTags, inArray(contactTags.contactId, ids), { orderBy: [asc(contactTags.tag)] }),
    scope.list(contactFieldValues, inArray(contactFieldValues.contactId, ids)),
    defs ?? listContactFieldRows(scope),
  ]);
  const defById = new Map(fieldDefs.map((d) => [d.id, d]));
  const tagsOf = byContact(tags);
  const valuesOf = byContact(values);
  return rows.map((row) => {
    const fields: Record<string, string | number> = {};
    for (const v of valuesOf.get(row.id) ?? []) {
      const def = defById.get(v.fieldId);
      const shown = def ? shownValue(def, v) : null;
      if (def && shown !== null) fields[def.key] = shown;
    }
    return {
      id: row.id,
      email: row.email,
      name: row.name,
      phone: row.phone,
      company: row.company,
      source: row.source,
      siteId: row.siteId,
      score: row.score,
      consentStatus: row.consentStatus,
      consentChangedAt: row.consentChangedAt?.toISOString() ?? null,
      consentMethod: row.consentMethod,
      tags: (tagsOf.get(row.id) ?? []).map((t) => t.tag),
      fields,
      lastActivityAt: row.lastActivityAt?.toISOString() ?? null,
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
    };
  });
}
export type ContactDetail = Awaited<ReturnType<typeof detailed>>[number];

async function loadContact(scope: TenantScope, contactId: string): Promise<ContactRow> {
  assertId('contact', contactId, 'Contact');
  const row = await scope.first(contacts, eq(contacts.id, contactId));
  if (!row) throw new NotFound('Contact');
  return row;
}

export async function getContact(_deps: CoreDeps, scope: TenantScope, contactId: string) {
  return (await detailed(scope, [await loadContact(scope, contactId)]))[0]!;
}

/** A contact with its timeline (the dashboard's contact page). */
export async function getContactWithTimeline(deps: CoreDeps, scope: TenantScope, contactId: string) {
  const contact = await getContact(deps, scope, contactId);
  return { contact, timeline: await listInteractions(scope, contact.id) };
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (ch) => `\\${ch}`);

/** The list's filters (not the cursor) as one predicate: the page and its total use the same. */
async function listWhere(
  deps: CoreDeps,
  scope: TenantScope,
  q: Omit<ContactListQuery, 'cursor' | 'per_page'>,
) {
  const conds: (SQL | undefined)[] = [];
  if (q.q) {
    const pattern = `%${escapeLike(q.q.toLowerCase())}%`;
    conds.push(
      or(like(contacts.email, pattern), like(contacts.name, pattern), like(contacts.company, pattern)),
    );
  }
  if (q.consent) conds.push(eq(contacts.consentStatus, q.consent));
  if (q.source) conds.push(eq(contacts.source, q.source));
  if (q.tag) conds.push(hasTag(q.tag));
  if (q.segmentId) {
    assertId('segment', q.segmentId, 'Segment');
    const segment = await scope.first(segments, eq(segments.id, q.segmentId));
    if (!segment) throw new NotFound('Segment');
    conds.push(storedSegmentWhere(segment.filter, await listContactFieldRows(scope), deps.now()));
  }
  return conds.length ? and(...conds) : undefined;
}

/**
 * A page of contacts, newest first, by keyset on the time-ordered id: page 1000 costs what page 1
 * does. `next` is the cursor of the following page (null on the last); `total` counts every match.
 */
export async function listContacts(deps: CoreDeps, scope: TenantScope, query: ContactListQuery) {
  const where = await listWhere(deps, scope, query);
  const [rows, total] = await Promise.all([
    scope.list(contacts, and(where, query.cursor ? lt(contacts.id, query.cursor) : undefined), {
      orderBy: [desc(contacts.id)],
      limit: query.per_page + 1,
    }),
    scope.count(contacts, where),
  ]);
  const page = rows.slice(0, query.per_page);
  return {
    items: await detailed(scope, page),
    next: rows.length > query.per_page ? page[page.length - 1]!.id : null,
    total,
  };
}

function emailTaken(): never {
  throw new Conflict('Another contact already has that email.', [
    { path: 'email', message: 'already taken', code: 'email_taken' },
  ]);
}

async function writeTags(tx: TenantScope, contactId: string, tags: string[]) {
  if (tags.length === 0) return;
  const have = new Set(
    (await tx.list(contactTags, eq(contactTags.contactId, contactId))).map((t) => t.tag.toLowerCase()),
  );
  const fresh = tags.filter((t) => !have.has(t));
  if (fresh.length)
    await tx.insert(
      contactTags,
      fresh.map((tag) => ({ contactId, tag })),
    );
}

/**
 * Set a contact's field values. Only rows that exist are deleted, each by its whole primary key: a
 * delete of a missing key would take a gap lock, and two such transactions inserting into the gap
 * deadlock (seen when two workspaces were filled at once).
 */
async function writeFieldValues(
  tx: TenantScope,
  contactId: string,
  resolved: ReturnType<typeof resolveFieldValues>,
) {
  if (resolved.length === 0) return;
  const held = new Set(
    (await tx.list(contactFieldValues, eq(contactFieldValues.contactId, contactId))).map((v) => v.fieldId),
  );
  for (const { fieldId, value } of resolved) {
    if (held.has(fieldId))
      await tx.hardDelete(
        contactFieldValues,
        and(eq(contactFieldValues.contactId, contactId), eq(contactFieldValues.fieldId, fieldId)),
      );
    if (value) await tx.insert(contactFieldValues, { contactId, fieldId, ...value });
  }
}

type CreateData = ReturnType<typeof createContactInput.parse>;

/** Insert a new contact with its tags and values, the `created` entry and the webhook, in `tx`. */
async function insertContact(
  deps: CoreDeps,
  tx: TenantScope,
  emit: EmitWebhook,
  data: CreateData,
  resolved: ReturnType<typeof resolveFieldValues>,
  channel: ContactChannel,
  opts: EnrollOption = {},
): Promise<string> {
  const id = newId('contact');
  const now = deps.now();
  await tx.insert(contacts, {
    id,
    email: data.email,
    name: data.name ?? null,
    phone: data.phone ?? null,
    company: data.company ?? null,
    score: data.score ?? 0,
    source: channel,
    consentStatus: data.consentStatus ?? 'subscribed',
    consentChangedAt: now,
    consentMethod: channel,
  });
  await writeTags(tx, id, data.tags ?? []);
  await writeFieldValues(tx, id, resolved);
  await addInteraction(tx, {
    contactId: id,
    kind: 'created',
    summary:
      channel === 'import' ? 'Imported' : channel === 'api' ? 'Added through the API' : 'Added by the team',
    occurredAt: now,
  });
  if (opts.enrollSequences && (data.consentStatus ?? 'subscribed') === 'subscribed')
    await enrollOnSubscribe(tx, { id, source: channel }, now);
  await emit('contact.created', async () => contactView((await tx.first(contacts, eq(contacts.id, id)))!));
  return id;
}

export async function createContact(
  deps: CoreDeps,
  scope: TenantScope,
  actor: Actor,
  input: unknown,
  channel: ContactChannel = 'api',
  opts: EnrollOption = {},
) {
  const data = parseInput(createContactInput, input, 'contact');
  const resolved = resolveFieldValues(await listContactFieldRows(scope), data.fields ?? {});
  let id: string;
  try {
    id = await transactionWithEvents(deps, scope, async (tx, emit) => {
      const created = await insertContact(deps, tx, emit, data, resolved, channel, opts);
      await recordAudit(tx, actor, {
        action: 'contact.created',
        targetType: 'contact',
        targetId: created,
        metadata: { source: channel },
      });
      return created;
    });
  } catch (err) {
    if (isDuplicateKey(err)) emailTaken();
    throw err;
  }
  return getContact(deps, scope, id);
}

/** Apply a validated patch to an existing contact in `tx` (update and upsert share it). */
async function patchContact(
  deps: CoreDeps,
  tx: TenantScope,
  current: ContactRow,
  data: Partial<CreateData>,
  resolved: ReturnType<typeof resolveFieldValues>,
  channel: ContactChannel,
  tags: 'add' | 'replace',
  opts: EnrollOption = {},
) {
  const changes: Partial<ContactRow> = {};
  if (data.email !== undefined && data.email !== current.email) changes.email = data.email;
  for (const key of ['name', 'phone', 'company', 'score'] as const)
    if (data[key] !== undefined) (changes as Record<string, unknown>)[key] = data[key];
  if (data.consentStatus !== undefined && data.consentStatus !== current.consentStatus)
    Object.assign(changes, consentChange(deps, data.consentStatus, channel));
  if (Object.keys(changes).length) await tx.update(contacts, changes, eq(contacts.id, current.id));
  if (data.tags !== undefined) {
    if (tags === 'replace') {
      const keep = new Set(data.tags);
      const had = await tx.list(contactTags, eq(contactTags.contactId, current.id));
      await untag(
        tx,
        current.id,
        had.map((t) => t.tag).filter((t) => !keep.has(t)),
      );
    }
    await writeTags(tx, current.id, data.tags);
  }
  await writeFieldValues(tx, current.id, resolved);
  // After the tags are written, so a sequence that asks for a tag sees the ones this change added.
  if (opts.enrollSequences && changes.consentStatus === 'subscribed')
    await enrollOnSubscribe(tx, current, deps.now());
  return Object.keys(changes);
}

const editedLabel = {
  email: 'email',
  name: 'name',
  phone: 'phone',
  company: 'company',
  score: 'score',
  consentStatus: 'consent',
} as const;

/**
 * What an edit really changes, as words for the timeline ("name", "tags", a custom field's label);
 * empty when every given value is the one held, so saving an untouched form adds no entry.
 */
async function editedParts(
  tx: TenantScope,
  current: ContactRow,
  data: Partial<CreateData>,
  resolved: ReturnType<typeof resolveFieldValues>,
  defs: ContactFieldRow[],
): Promise<string[]> {
  const parts: string[] = [];
  for (const key of Object.keys(editedLabel) as (keyof typeof editedLabel)[])
    if (data[key] !== undefined && data[key] !== current[key]) parts.push(editedLabel[key]);
  if (data.tags !== undefined) {
    const had = (await tx.list(contactTags, eq(contactTags.contactId, current.id))).map((t) =>
      t.tag.toLowerCase(),
    );
    const want = data.tags.map((t) => t.toLowerCase());
    if (new Set(had).size !== new Set(want).size || want.some((t) => !had.includes(t))) parts.push('tags');
  }
  if (resolved.length) {
    const held = new Map(
      (await tx.list(contactFieldValues, eq(contactFieldValues.contactId, current.id))).map((v) => [
        v.fieldId,
        v,
      ]),
    );
    for (const { fieldId, value } of resolved) {
      const h = held.get(fieldId);
      const same = h
        ? value !== null && h.valueText === value.valueText && h.valueNumber === value.valueNumber
        : value === null;
      if (!same) parts.push(defs.find((d) => d.id === fieldId)?.label ?? 'a field');
    }
  }
  return parts;
}

function listInWords(parts: string[]): string {
  return parts.length < 2 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

function consentChange(deps: CoreDeps, status: ConsentStatus, method: string) {
  return { consentStatus: status, consentChangedAt: deps.now(), consentMethod: method };
}

/** Change a contact; `tags`, when given, replace its tags. A taken email answers 409. */
export async function updateContact(
  deps: CoreDeps,
  scope: TenantScope,
  actor: Actor,
  contactId: string,
  patch: unknown,
  channel: ContactChannel = 'api',
  opts: EnrollOption = {},
) {
  const data = parseInput(updateContactInput, patch, 'contact');
  const current = await loadContact(scope, contactId);
  const defs = await listContactFieldRows(scope);
  const resolved = resolveFieldValues(defs, data.fields ?? {});
  try {
    await scope.transaction(async (tx) => {
      const edited = await editedParts(tx, current, data, resolved, defs);
      const changed = await patchContact(deps, tx, current, data, resolved, channel, 'replace', opts);
      // The team sees who changed what on the contact's timeline; values stay in the audit log's hands.
      if (edited.length)
        await addInteraction(
          tx,
          {
            contactId: current.id,
            kind: 'edited',
            summary: `Changed ${listInWords(edited)}`,
            authorUserId: actor.userId ?? null,
            occurredAt: deps.now(),
          },
          { contactActivity: false },
        );
      await recordAudit(tx, actor, {
        action: 'contact.updated',
        targetType: 'contact',
        targetId: current.id,
        metadata: {
          fields: [...changed, ...(data.tags ? ['tags'] : []), ...(data.fields ? ['fields'] : [])],
        },
      });
    });
  } catch (err) {
    if (isDuplicateKey(err)) emailTaken();
    throw err;
  }
  return getContact(deps, scope, current.id);
}

/**
 * Create the contact for an email, or update the one that has it: given fields overwrite, tags are
 * added to the ones it has. A concurrent create of the same email is retried as an update.
 */
export async function upsertContact(
  deps: CoreDeps,
  scope: TenantScope,
  actor: Actor,
  input: unknown,
  channel: ContactChannel = 'api',
  opts: EnrollOption = {},
): Promise<{ contact: ContactDetail; created: boolean }> {
  const data = parseInput(createContactInput, input, 'contact');
  const resolved = resolveFieldValues(await listContactFieldRows(scope), data.fields ?? {});
  for (let attempt = 0; ; attempt++) {
    try {
      const result = await transactionWithEvents(deps, scope, async (tx, emit) => {
        const existing = await tx.first(contacts, eq(contacts.email, data.email));
        if (existing) {
          const { email: _same, ...rest } = data;
          await patchContact(deps, tx, existing, rest, resolved, channel, 'add', opts);
          await recordAudit(tx, actor, {
            action: 'contact.updated',
            targetType: 'contact',
            targetId: existing.id,
            metadata: { upsert: true },
          });
          return { id: existing.id, created: false };
        }
        const id = await insertContact(deps, tx, emit, data, resolved, channel, opts);
        await recordAudit(tx, actor, {
          action: 'contact.created',
          targetType: 'contact',
          targetId: id,
          metadata: { source: channel, upsert: true },
        });
        return { id, created: true };
      });
      return { contact: await getContact(deps, scope, result.id), created: result.created };
    } catch (err) {
      if (!isDuplicateKey(err) || attempt > 0) throw err;
    }
  }
}

/**
 * Erase a contact for good: its row, tags, field values and timeline (the privacy erasure). Orders
 * keep the buyer's email they were paid with: they are the merchant's records, not the CRM's.
 */
export async function deleteContact(_deps: CoreDeps, scope: TenantScope, actor: Actor, contactId: string) {
  const current = await loadContact(scope, contactId);
  await scope.transaction(async (tx) => {
    await tx.hardDelete(contactTags, eq(contactTags.contactId, current.id));
    await tx.hardDelete(contactFieldValues, eq(contactFieldValues.contactId, current.id));
    await tx.hardDelete(contactInteractions, eq(contactInteractions.contactId, current.id));
    await tx.hardDelete(emailSequenceEnrollments, eq(emailSequenceEnrollments.contactId, current.id));
    await tx.hardDelete(contacts, eq(contacts.id, current.id));
    // The audit entry names the id only: the erased person's email must not outlive them here.
    await recordAudit(tx, actor, { action: 'contact.erased', targetType: 'contact', targetId: current.id });
  });
}

/** Everything the CRM holds about one contact, as one JSON document (the privacy export). */
export async function exportContact(deps: CoreDeps, scope: TenantScope, actor: Actor, contactId: string) {
  const contact = await getContact(deps, scope, contactId);
  const interactions = await listInteractions(scope, contact.id, 100_000);
  await recordAudit(scope, actor, {
    action: 'contact.exported',
    targetType: 'contact',
    targetId: contact.id,
  });
  return { contact, interactions };
}

/** Take tags off a contact: only the ones it has, each by its whole key (see `writeFieldValues`). */
async function untag(tx: TenantScope, contactId: string, tags: string[]) {
  if (tags.length === 0) return;
  const gone = new Set(tags);
  for (const t of await tx.list(contactTags, eq(contactTags.contactId, contactId)))
    if (gone.has(t.tag))
      await tx.hardDelete(contactTags, and(eq(contactTags.contactId, contactId), eq(contactTags.tag, t.tag)));
}

/** Add tags to a contact (`add`) or take them off (`remove`). */
export async function changeContactTags(
  deps: CoreDeps,
  scope: TenantScope,
  actor: Actor,
  contactId: string,
  input: unknown,
  change: 'add' | 'remove',
) {
  const { tags } = parseInput(contactTagsInput, input, 'tags');
  const current = await loadContact(scope, contactId);
  await scope.transaction(async (tx) => {
    await (change === 'add' ? writeTags : untag)(tx, current.id, tags);
    await recordAudit(tx, actor, {
      action: change === 'add' ? 'contact.tagged' : 'contact.untagged',
      targetType: 'contact',
      targetId: current.id,
      metadata: { [change]: tags },
    });
  });
  return getContact(deps, scope, current.id);
}

/**
 * Add and remove tags on many contacts at once. All or nothing: an id that is not a contact of this
 * organization (another's, or erased meanwhile) answers 404 and tags no one.
 */
export async function bulkTagContacts(_deps: CoreDeps, scope: TenantScope, actor: Actor, input: unknown) {
  const data = parseInput(bulkTagInput, input, 'bulk tagging');
  const found = (await scope.list(contacts, inArray(contacts.id, data.contactIds))).map((c) => c.id);
  if (found.length !== new Set(data.contactIds).size) throw new NotFound('Contact');
  await scope.transaction(async (tx) => {
    for (const id of found) {
      if (data.add?.length) await writeTags(tx, id, data.add);
      await untag(tx, id, data.remove ?? []);
    }
    await recordAudit(tx, actor, {
      action: 'contact.bulk_tagged',
      targetType: 'contact',
      metadata: { contacts: found.length, add: data.add ?? [], remove: data.remove ?? [] },
    });
  });
  return { updated: found.length };
}

export async function addContactNote(
  deps: CoreDeps,
  scope: TenantScope,
  actor: Actor,
  contactId: string,
  input: unknown,
) {
  const current = await loadContact(scope, contactId);
  const id = await scope.transaction((tx) => writeNote(deps, tx, actor, current.id, input));
  return (await listInteractions(scope, current.id)).find((i) => i.id === id)!;
}

export async function listContactTimeline(_deps: CoreDeps, scope: TenantScope, contactId: string) {
  const current = await loadContact(scope, contactId);
  return listInteractions(scope, current.id);
}

/** Every tag in use in the organization with how many contacts carry it (filters, autocompletion). */
export async function listTagsInUse(scope: TenantScope) {
  const rows = await scope.aggregate(
    contactTags,
    { tag: contactTags.tag, count: sql<number>`count(*)` },
    undefined,
    { groupBy: [contactTags.tag], orderBy: [asc(contactTags.tag)], limit: 500 },
  );
  return rows.map((r) => ({ tag: r.tag, count: Number(r.count) }));
}

/** What a signup did, and whether the contact must now confirm by email (double opt-in). */
export interface SignupOutcome {
  contact: 'created' | 'existing';
  /** Set when a confirmation email must go to the contact (see `sendSignupConfirmation`). */
  confirm: { contactId: string; email: string } | null;
}

/**
 * A site's signup form adds a subscriber. Subscribing twice is not an error: the visitor gets the same
 * thank-you and the existing contact is kept (a never-asked or unsubscribed one subscribes: the form
 * is a new, explicit consent; a bounced or complaining address stays as it is). Either way the signup
 * joins the timeline. Webhooks: `form.submitted` for every submission, `contact.created` when it is a new contact
 * — recorded in the same transaction as the contact.
 *
 * With double opt-in on (email settings), a new contact starts `pending` and a never-asked or
 * unsubscribed one keeps its state: neither gets a campaign until they follow the emailed link, so
 * nobody can sign someone else up by typing their address. An address that unsubscribed itself (on the suppression list) is
 * asked to confirm by email also with double opt-in off: only its owner may lift that unsubscribe, and
 * until then every send would skip it anyway.
 */
export async function subscribeContact(
  deps: CoreDeps,
  scope: TenantScope,
  input: { email: string; siteId: string; blockId: string },
): Promise<SignupOutcome> {
  const email = input.email.toLowerCase();
  const doubleOptIn = (await scope.first(emailSenderSettings))?.doubleOptIn ?? false;
  const submission = (contactId: string | null, newContact: boolean) => ({
    form: 'email_signup' as const,
    siteId: input.siteId,
    blockId: input.blockId,
    email,
    contactId,
    newContact,
  });
  const signup = (contactId: string) =>
    ({
      contactId,
      kind: 'signup',
      summary: doubleOptIn ? 'Signed up on a site (to confirm by email)' : 'Signed up on a site',
      refId: input.siteId,
      occurredAt: deps.now(),
    }) as const;
  const id = newId('contact');
  try {
    await transactionWithEvents(deps, scope, async (tx, emit) => {
      await tx.insert(contacts, {
        id,
        email,
        source: 'signup_form',
        siteId: input.siteId,
        ...(doubleOptIn ? { consentStatus: 'pending' as const } : {}),
        consentChangedAt: deps.now(),
        consentMethod: 'signup_form',
      });
      await addInteraction(tx, signup(id));
      if (!doubleOptIn) await enrollOnSubscribe(tx, { id, source: 'signup_form' }, deps.now());
      await emit('contact.created', async () => {
        const row = await tx.first(contacts, eq(contacts.id, id));
        return contactView(row!);
      });
      await emit('form.submitted', () => submission(id, true));
    });
    return { contact: 'created', confirm: doubleOptIn ? { contactId: id, email } : null };
  } catch (err) {
    if (!isDuplicateKey(err)) throw err;
  }
  let confirm: SignupOutcome['confirm'] = null;
  await transactionWithEvents(deps, scope, async (tx, emit) => {
    const existing = await tx.first(contacts, eq(contacts.email, email));
    if (existing) {
      await addInteraction(tx, signup(existing.id));
      const waiting = subscribedBySignup.includes(existing.consentStatus);
      const unsubscribedItself =
        existing.consentStatus === 'unsubscribed' &&
        (await tx.first(
          emailSuppressions,
          and(eq(emailSuppressions.email, existing.email), eq(emailSuppressions.reason, 'unsubscribed')),
        )) !== null;
      if (waiting && (doubleOptIn || unsubscribedItself))
        confirm = { contactId: existing.id, email: existing.email };
      else if (waiting) {
        await tx.update(
          contacts,
          consentChange(deps, 'subscribed', 'signup_form'),
          eq(contacts.id, existing.id),
        );
        await enrollOnSubscribe(tx, existing, deps.now());
      }
    }
    await emit('form.submitted', () => submission(existing?.id ?? null, false));
  });
  return { contact: 'existing', confirm };
}

/**
 * A paid order's buyer joins the organization's contacts (a contact who exists keeps its details), and
 * the order joins their timeline. Runs in the payment's transaction.
 */
export async function recordBuyer(
  tx: TenantScope,
  emit: EmitWebhook,
  buyer: { email: string; name: string | null; siteId: string; orderId: string; summary: string; at: Date },
) {
  let contact = await tx.first(contacts, eq(contacts.email, buyer.email));
  if (!contact) {
    const id = newId('contact');
    await tx.insert(contacts, {
      id,
      email: buyer.email,
      name: buyer.name?.slice(0, 120) ?? null,
      source: 'order',
      siteId: buyer.siteId,
      consentChangedAt: buyer.at,
      consentMethod: 'order',
    });
    contact = (await tx.first(contacts, eq(contacts.id, id)))!;
    const created = contact;
    await emit('contact.created', async () => contactView(created));
  }
  await addInteraction(tx, {
    contactId: contact.id,
    kind: 'order',
    summary: buyer.summary,
    refId: buyer.orderId,
    occurredAt: buyer.at,
  });
}

/** The most rows one CSV export holds (a Worker builds it in memory). */
export const maxCsvContacts = 100_000;

/**
 * The contacts a list's filters select as CSV, newest first: details, consent, tags (`;`-separated)
 * and one column per custom field (`field:<key>`). Read by cursor in pages, like the list.
 */
export async function contactsCsv(
  deps: CoreDeps,
  scope: TenantScope,
  filter: Omit<ContactListQuery, 'cursor' | 'per_page'>,
): Promise<string> {
  const defs = await listContactFieldRows(scope);
  const rows: unknown[][] = [
    [
      'id',
      'email',
      'name',
      'phone',
      'company',
      'source',
      'consent_status',
      'consent_changed_at',
      'score',
      'tags',
      ...defs.map((d) => `field:${d.key}`),
      'created_at',
      'last_activity_at',
    ],
  ];
  let cursor: string | undefined;
  do {
    const page = await listContacts(deps, scope, { ...filter, cursor, per_page: 1000 });
    for (const c of page.items)
      rows.push([
        c.id,
        c.email,
        c.name,
        c.phone,
        c.company,
        c.source,
        c.consentStatus,
        c.consentChangedAt,
        c.score,
        c.tags.join(';'),
        ...defs.map((d) => c.fields[d.key] ?? ''),
        c.createdAt,
        c.lastActivityAt,
      ]);
    cursor = page.next ?? undefined;
  } while (cursor && rows.length <= maxCsvContacts);
  return toCsv(rows);
}
