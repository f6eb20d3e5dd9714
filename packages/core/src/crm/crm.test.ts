import { auditLog, contactInteractions, contacts, contactTags, orderItems, orders } from '@mewayz/db/schema';
import { createTestOrg, failureOf, nodeDeps, withContactFields } from '@mewayz/testing';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { dbOf } from '../data/db-handle.ts';
import { newId } from '../ids.ts';
import type { TenantScope } from '../tenancy/scope.ts';
import { transactionWithEvents } from '../webhooks/outbox.ts';
import {
  addContactNote,
  bulkTagContacts,
  changeContactTags,
  contactsCsv,
  createContact,
  deleteContact,
  exportContact,
  getContact,
  getContactWithTimeline,
  listContacts,
  recordBuyer,
  subscribeContact,
  updateContact,
  upsertContact,
} from './contacts.ts';
import { deleteContactField, updateContactField } from './fields.ts';
import { countFilter, countSegment, createSegment } from './segments.ts';

const deps = nodeDeps();
const actor = { userId: null, requestId: 'req_test' };
const page = { per_page: 50 } as const;

const withFields = (scope: TenantScope) => withContactFields(deps, scope);

describe('contacts', () => {
  it('keeps one contact per email, whatever its case, and answers 409 for a taken one', async () => {
    const scope = await createTestOrg(deps);
    const a = await createContact(deps, scope, actor, { email: 'Ann@Example.test', name: 'Ann' });
    expect(a.email).toBe('ann@example.test');
    expect(a.source).toBe('api');
    expect(a.consentStatus).toBe('subscribed');
    expect(a.consentMethod).toBe('api');
    expect(await failureOf(createContact(deps, scope, actor, { email: 'ANN@example.TEST' }))).toEqual([
      409,
      'conflict',
      'email_taken',
    ]);
    const b = await createContact(deps, scope, actor, { email: 'bob@example.test' });
    expect((await failureOf(updateContact(deps, scope, actor, b.id, { email: 'ann@example.test' })))[0]).toBe(
      409,
    );
    // Another organization may hold the same address.
    const other = await createTestOrg(deps);
    expect((await createContact(deps, other, actor, { email: 'ann@example.test' })).email).toBe(
      'ann@example.test',
    );
  });

  it('validates custom field values against their definitions, every problem at once', async () => {
    const scope = await createTestOrg(deps);
    await withFields(scope);
    const problem = createContact(deps, scope, actor, {
      email: 'f@example.test',
      fields: { plan: 'gold', seats: 'many', birthday: '2026-02-30', nope: 'x' },
    });
    const err = (await problem.catch((e) => e)) as { status: number; details: { path: string }[] };
    expect(err.status).toBe(422);
    expect(err.details.map((d) => d.path).sort()).toEqual([
      'fields.birthday',
      'fields.nope',
      'fields.plan',
      'fields.seats',
    ]);
    expect(await scope.count(contacts)).toBe(0);
    const c = await createContact(deps, scope, actor, {
      email: 'f@example.test',
      fields: { plan: 'pro', seats: '12', birthday: '1990-05-17', city: ' Lisbon ' },
    });
    expect(c.fields).toEqual({ plan: 'pro', seats: 12, birthday: '1990-05-17', city: 'Lisbon' });
    const cleared = await updateContact(deps, scope, actor, c.id, { fields: { city: null, seats: 3 } });
    expect(cleared.fields).toEqual({ plan: 'pro', seats: 3, birthday: '1990-05-17' });
    // A choice that contacts hold cannot be dropped; one nobody holds can.
    expect(
      (
        await failureOf(
          updateContactField(deps, scope, actor, (await fieldId(scope, 'plan'))!, { options: ['free'] }),
        )
      )[0],
    ).toBe(422);
    await updateContactField(deps, scope, actor, (await fieldId(scope, 'plan'))!, {
      options: ['pro', 'team'],
    });
    await deleteContactField(deps, scope, actor, (await fieldId(scope, 'birthday'))!);
    expect((await getContact(deps, scope, c.id)).fields).toEqual({ plan: 'pro', seats: 3 });
  });

  it('upserts by email: creates once, then updates and adds tags', async () => {
    const scope = await createTestOrg(deps);
    const first = await upsertContact(deps, scope, actor, { email: 'u@example.test', tags: ['a'] });
    expect(first.created).toBe(true);
    const again = await upsertContact(deps, scope, actor, {
      email: 'U@example.test',
      name: 'Una',
      tags: ['b'],
      consentStatus: 'unsubscribed',
    });
    expect(again.created).toBe(false);
    expect(again.contact.id).toBe(first.contact.id);
    expect(again.contact).toMatchObject({ name: 'Una', tags: ['a', 'b'], consentStatus: 'unsubscribed' });
    expect(again.contact.consentChangedAt).not.toBeNull();
    // Concurrent upserts of one new email make one contact.
    const raced = await Promise.all(
      [1, 2, 3].map(() => upsertContact(deps, scope, actor, { email: 'r@example.test' })),
    );
    expect(new Set(raced.map((r) => r.contact.id)).size).toBe(1);
    expect(raced.filter((r) => r.created)).toHaveLength(1);
  });

  it('tags one and many contacts, and never touches another organization’s', async () => {
    const scope = await createTestOrg(deps);
    const other = await createTestOrg(deps);
    const a = await createContact(deps, scope, actor, {
      email: 'a@example.test',
      tags: ['VIP', 'vip', 'early-bird'],
    });
    expect(a.tags).toEqual(['early-bird', 'vip']);
    await changeContactTags(deps, scope, actor, a.id, { tags: ['beta'] }, 'add');
    expect((await changeContactTags(deps, scope, actor, a.id, { tags: ['vip'] }, 'remove')).tags).toEqual([
      'beta',
      'early-bird',
    ]);
    const foreign = await createContact(deps, other, actor, { email: 'x@example.test' });
    const b = await createContact(deps, scope, actor, { email: 'b@example.test' });
    expect(
      await failureOf(
        bulkTagContacts(deps, scope, actor, { contactIds: [a.id, b.id, foreign.id], add: ['launch'] }),
      ),
    ).toEqual([404, 'not_found', undefined]);
    expect((await getContact(deps, scope, b.id)).tags).toEqual([]);
    expect((await getContact(deps, other, foreign.id)).tags).toEqual([]);
    const res = await bulkTagContacts(deps, scope, actor, { contactIds: [a.id, b.id], add: ['launch'] });
    expect(res.updated).toBe(2);
    expect((await getContact(deps, scope, b.id)).tags).toEqual(['launch']);
    expect(
      await failureOf(changeContactTags(deps, scope, actor, foreign.id, { tags: ['x'] }, 'add')),
    ).toEqual([404, 'not_found', undefined]);
  });

  it('pages by cursor with filters, and the total counts every match', async () => {
    const scope = await createTestOrg(deps);
    for (let i = 0; i < 7; i++)
      await createContact(deps, scope, actor, {
        email: `p${i}@example.test`,
        name: i % 2 ? 'Odd One' : 'Even One',
        tags: i % 2 ? ['odd'] : [],
      });
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const res = await listContacts(deps, scope, { per_page: 3, cursor });
      expect(res.total).toBe(7);
      seen.push(...res.items.map((c) => c.email));
      cursor = res.next ?? undefined;
    } while (cursor);
    expect(seen).toEqual([6, 5, 4, 3, 2, 1, 0].map((i) => `p${i}@example.test`));
    const odd = await listContacts(deps, scope, { per_page: 10, tag: 'odd' });
    expect(odd.items.map((c) => c.email)).toEqual(['p5@example.test', 'p3@example.test', 'p1@example.test']);
    expect((await listContacts(deps, scope, { per_page: 10, q: 'even' })).total).toBe(4);
    const csv = await contactsCsv(deps, scope, { tag: 'odd' });
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'id,email,name,phone,company,source,consent_status,consent_changed_at,score,tags,created_at,last_activity_at',
    );
    expect(lines.slice(1).map((l) => l.split(',')[1])).toEqual([
      'p5@example.test',
      'p3@example.test',
      'p1@example.test',
    ]);
    // A name a spreadsheet would run as a formula is defused.
    await createContact(deps, scope, actor, {
      email: 'f@example.test',
      name: '=HYPERLINK("x")',
      tags: ['odd'],
    });
    expect(await contactsCsv(deps, scope, { tag: 'odd' })).toContain(`"'=HYPERLINK(""x"")"`);
    // LIKE wildcards in a search are literal.
    expect((await listContacts(deps, scope, { per_page: 10, q: '%' })).total).toBe(0);
  });

  it('keeps a timeline: notes, signups and paid orders; erasure removes all of it', async () => {
    const scope = await createTestOrg(deps);
    const siteId = newId('site');
    expect(
      await subscribeContact(deps, scope, { email: 's@example.test', siteId, blockId: newId('block') }),
    ).toEqual({ contact: 'created', confirm: null });
    const [row] = await scope.list(contacts);
    await updateContact(deps, scope, actor, row!.id, { consentStatus: 'unsubscribed' });
    expect(
      await subscribeContact(deps, scope, { email: 'S@example.test', siteId, blockId: newId('block') }),
    ).toEqual({ contact: 'existing', confirm: null });
    const resubscribed = await getContact(deps, scope, row!.id);
    expect([resubscribed.consentStatus, resubscribed.consentMethod]).toEqual(['subscribed', 'signup_form']);
    const note = await addContactNote(deps, scope, actor, row!.id, {
      body: 'Called about the course\nWants a discount',
    });
    expect(note).toMatchObject({ kind: 'note', summary: 'Called about the course' });
    const exported = await exportContact(deps, scope, actor, row!.id);
    expect(exported.interactions.map((i) => i.kind).sort()).toEqual(['edited', 'note', 'signup', 'signup']);
    expect(exported.contact.lastActivityAt).toBe(note.occurredAt);
    await deleteContact(deps, scope, actor, row!.id);
    expect(await scope.count(contacts)).toBe(0);
    expect(await scope.count(contactInteractions)).toBe(0);
    const audit = await dbOf(deps).select().from(auditLog).where(eq(auditLog.organizationId, scope.orgId));
    expect(JSON.stringify(audit)).not.toContain('s@example.test');
    // The address is free again.
    expect(
      await subscribeContact(deps, scope, { email: 's@example.test', siteId, blockId: newId('block') }),
    ).toEqual({ contact: 'created', confirm: null });
  });

  it('writes an edit on the timeline naming what changed, without counting it as contact activity', async () => {
    const scope = await createTestOrg(deps);
    await withFields(scope);
    const editor = { userId: 'usr_editor', requestId: 'req_test' };
    const c = await createContact(deps, scope, actor, {
      email: 'e@example.test',
      name: 'Eve',
      tags: ['lead'],
      fields: { city: 'Porto', seats: 2 },
    });
    const edits = async () =>
      (await getContactWithTimeline(deps, scope, c.id)).timeline.filter((e) => e.kind === 'edited');
    // Saving the same values (tags in another case and order) adds nothing.
    await updateContact(deps, scope, editor, c.id, {
      name: 'Eve',
      tags: ['LEAD'],
      fields: { city: 'Porto', seats: 2 },
    });
    expect(await edits()).toEqual([]);
    await updateContact(deps, scope, editor, c.id, {
      name: 'Eve Ng',
      phone: '+351 900 000 000',
      tags: ['lead', 'vip'],
      fields: { city: 'Porto', seats: 3, birthday: '1990-01-02' },
    });
    const [entry, ...rest] = await edits();
    expect(rest).toEqual([]);
    expect(entry).toMatchObject({
      summary: 'Changed name, phone, tags, Seats and Birthday',
      authorUserId: 'usr_editor',
    });
    // The values themselves are not on the timeline.
    expect(JSON.stringify(entry)).not.toContain('Eve Ng');
    const after = await getContactWithTimeline(deps, scope, c.id);
    const created = after.timeline.find((e) => e.kind === 'created')!;
    expect(after.contact.lastActivityAt).toBe(created.occurredAt);
  });
});

async function fieldId(scope: TenantScope, key: string) {
  const { contactFields } = await import('@mewayz/db/schema');
  return (await scope.first(contactFields, eq(contactFields.key, key)))?.id;
}

/** A paid order of `productId` by `email`, recorded on the buyer's timeline as the payment path does. */
async function paidOrderOf(scope: TenantScope, email: string, productId: string) {
  const orderId = newId('order');
  const now = new Date();
  await scope.insert(orders, {
    id: orderId,
    siteId: newId('site'),
    siteOrigin: 'http://x.mewayz.localhost',
    status: 'paid',
    stockState: 'sold',
    currency: 'USD',
    subtotal: 100,
    total: 100,
    buyerEmail: email,
    stripeSessionId: `cs_${orderId}`,
    checkoutExpiresAt: now,
    paidAt: now,
  });
  await scope.insert(orderItems, {
    id: newId('orderItem'),
    orderId,
    productId,
    kind: 'digital',
    name: 'Guide',
    unitPrice: 100,
    quantity: 1,
    total: 100,
  });
  await transactionWithEvents(deps, scope, (tx, emit) =>
    recordBuyer(tx, emit, {
      email,
      name: null,
      siteId: newId('site'),
      orderId,
      summary: 'Paid order: Guide',
      at: now,
    }),
  );
}

describe('segments', () => {
  it('compile tags, fields, source, consent and activity to SQL and count', async () => {
    const scope = await createTestOrg(deps);
    await withFields(scope);
    const guide = newId('product');
    const mk = (email: string, extra: object = {}) => createContact(deps, scope, actor, { email, ...extra });
    const ann = await mk('ann@example.test', { tags: ['vip'], fields: { plan: 'pro', seats: 10 } });
    const bob = await mk('bob@example.test', { tags: ['vip'], fields: { plan: 'free', seats: 2 } });
    const cat = await mk('cat@example.test', { consentStatus: 'unsubscribed', fields: { city: 'Porto' } });
    await paidOrderOf(scope, 'bob@example.test', guide);
    await paidOrderOf(scope, 'dan@example.test', guide); // a new contact from the order
    // An old, quiet contact: created and last active 200 days ago.
    const old = new Date(Date.now() - 200 * 86_400_000);
    await scope.insert(contacts, {
      id: newId('contact'),
      email: 'old@example.test',
      source: 'import',
      createdAt: old,
      lastActivityAt: old,
    });

    const count = async (filter: object) => (await countFilter(deps, scope, filter)).count;
    expect(await count({ conditions: [] })).toBe(5);
    expect(await count({ conditions: [{ type: 'tag', op: 'has', tag: 'vip' }] })).toBe(2);
    expect(await count({ conditions: [{ type: 'tag', op: 'not_has', tag: 'vip' }] })).toBe(3);
    expect(await count({ conditions: [{ type: 'field', key: 'plan', op: 'eq', value: 'pro' }] })).toBe(1);
    expect(await count({ conditions: [{ type: 'field', key: 'plan', op: 'neq', value: 'pro' }] })).toBe(4);
    expect(await count({ conditions: [{ type: 'field', key: 'seats', op: 'gt', value: 5 }] })).toBe(1);
    expect(await count({ conditions: [{ type: 'field', key: 'seats', op: 'lt', value: 5 }] })).toBe(1);
    expect(await count({ conditions: [{ type: 'field', key: 'city', op: 'contains', value: 'ort' }] })).toBe(
      1,
    );
    expect(await count({ conditions: [{ type: 'field', key: 'city', op: 'is_set' }] })).toBe(1);
    expect(await count({ conditions: [{ type: 'field', key: 'nosuch', op: 'is_set' }] })).toBe(0);
    expect(await count({ conditions: [{ type: 'source', op: 'is', value: 'order' }] })).toBe(1);
    expect(await count({ conditions: [{ type: 'consent', op: 'is_not', value: 'subscribed' }] })).toBe(1);
    expect(await count({ conditions: [{ type: 'bought_product', productId: guide }] })).toBe(2);
    expect(await count({ conditions: [{ type: 'bought_product', productId: newId('product') }] })).toBe(0);
    expect(await count({ conditions: [{ type: 'signed_up_within', days: 30 }] })).toBe(4);
    expect(await count({ conditions: [{ type: 'no_activity_for', days: 90 }] })).toBe(1);
    expect(
      await count({
        match: 'any',
        conditions: [
          { type: 'field', key: 'plan', op: 'eq', value: 'pro' },
          { type: 'consent', op: 'is', value: 'unsubscribed' },
        ],
      }),
    ).toBe(2);
    const saved = await createSegment(deps, scope, actor, {
      name: 'VIP buyers',
      filter: {
        conditions: [
          { type: 'tag', op: 'has', tag: 'vip' },
          { type: 'bought_product', productId: guide },
        ],
      },
    });
    expect(await countSegment(deps, scope, saved.id)).toEqual({ count: 1 });
    const proOrOut = await createSegment(deps, scope, actor, {
      name: 'Pro or out',
      filter: {
        match: 'any',
        conditions: [
          { type: 'field', key: 'plan', op: 'eq', value: 'pro' },
          { type: 'consent', op: 'is', value: 'unsubscribed' },
        ],
      },
    });
    expect(
      (await listContacts(deps, scope, { ...page, segmentId: proOrOut.id })).items.map((c) => c.id),
    ).toEqual([cat.id, ann.id]);
    expect(
      (await listContacts(deps, scope, { ...page, segmentId: saved.id })).items.map((c) => c.id),
    ).toEqual([bob.id]);
    expect((await listContacts(deps, scope, { ...page, segmentId: saved.id })).total).toBe(1);
    // Another organization's contacts never count, even with the same tags.
    const other = await createTestOrg(deps);
    await createContact(deps, other, actor, { email: 'ann@example.test', tags: ['vip'] });
    expect(
      (await countFilter(deps, scope, { conditions: [{ type: 'tag', op: 'has', tag: 'vip' }] })).count,
    ).toBe(2);
    expect(await failureOf(countSegment(deps, other, saved.id))).toEqual([404, 'not_found', undefined]);
    expect(await scope.count(contactTags)).toBe(2);
  });

  it('refuses a malformed filter with 422', async () => {
    const scope = await createTestOrg(deps);
    for (const filter of [
      { conditions: [{ type: 'sql', value: '1=1' }] },
      { conditions: [{ type: 'tag', op: 'has', tag: "x'; drop table contacts; --" }] },
      { conditions: [{ type: 'signed_up_within', days: 0 }] },
      { conditions: Array.from({ length: 21 }, () => ({ type: 'tag', op: 'has', tag: 'a' })) },
    ])
      expect((await failureOf(countFilter(deps, scope, filter)))[0]).toBe(422);
  });
});
