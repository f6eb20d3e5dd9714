import { dbOf } from '@mewayz/core/admin';
import { contacts } from '@mewayz/db/schema';
import { createTenant, type EdgeHarness, startEdge, type Tenant } from '@mewayz/testing';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiAnswer, call } from './helpers.ts';

/**
 * /api/v1/contacts, /contact-fields and /segments as an integrator uses them, and what hostile input
 * gets: a coded 4xx naming the field, never a 5xx.
 */
let edge: EdgeHarness;
let tenant: Tenant;

beforeAll(async () => {
  edge = await startEdge({
    edgeVars: { API_RATE_LIMIT_PER_TOKEN: '100000', API_RATE_LIMIT_PER_IP: '100000' },
  });
  tenant = await createTenant(edge.deps, 'CRM API org');
});
afterAll(() => edge?.dispose());

const send = (method: string, path: string, body?: unknown) =>
  call(edge, method, path, { token: tenant.token, body });
const uid = () => Math.random().toString(36).slice(2, 8);

function expect4xx(res: ApiAnswer, status: number, path?: string) {
  expect(res.status, res.text).toBe(status);
  expect(res.body.success).toBe(false);
  expect(res.body.error.code).toMatch(/^[a-z_]+$/);
  if (path)
    expect(
      res.body.error.details.map((d: { path: string }) => d.path),
      res.text,
    ).toContain(path);
}

describe('/api/v1/contacts', { timeout: 60_000 }, () => {
  it('creates, reads, updates, upserts, tags, notes and erases a contact', async () => {
    const field = await send('POST', '/contact-fields', {
      key: 'plan',
      label: 'Plan',
      type: 'choice',
      options: ['free', 'pro'],
    });
    expect(field.status, field.text).toBe(201);
    const created = await send('POST', '/contacts', {
      email: 'Ada@Example.test',
      name: 'Ada',
      tags: ['Launch'],
      fields: { plan: 'pro' },
    });
    expect(created.status, created.text).toBe(201);
    expect(created.body.data).toMatchObject({
      email: 'ada@example.test',
      tags: ['launch'],
      fields: { plan: 'pro' },
      source: 'api',
      consentStatus: 'subscribed',
    });
    const id = created.body.data.id as string;
    expect4xx(await send('POST', '/contacts', { email: 'ADA@example.test' }), 409, 'email');

    const upserted = await send('PUT', '/contacts', {
      email: 'ada@example.test',
      company: 'Engines',
      tags: ['vip'],
    });
    expect(upserted.status, upserted.text).toBe(200);
    expect(upserted.body.data).toMatchObject({ id, company: 'Engines', tags: ['launch', 'vip'] });
    const fresh = await send('PUT', '/contacts', { email: `new-${uid()}@example.test` });
    expect(fresh.status).toBe(201);

    const changed = await send('PATCH', `/contacts/${id}`, {
      consentStatus: 'unsubscribed',
      fields: { plan: null },
    });
    expect(changed.body.data).toMatchObject({
      consentStatus: 'unsubscribed',
      consentMethod: 'api',
      fields: {},
    });

    expect((await send('POST', `/contacts/${id}/tags`, { tags: ['beta'] })).body.data.tags).toEqual([
      'beta',
      'launch',
      'vip',
    ]);
    expect((await send('DELETE', `/contacts/${id}/tags/launch`)).body.data.tags).toEqual(['beta', 'vip']);
    const note = await send('POST', `/contacts/${id}/notes`, { body: 'Asked for an invoice' });
    expect(note.status, note.text).toBe(201);
    const timeline = await send('GET', `/contacts/${id}/timeline`);
    expect(timeline.body.data.map((e: { kind: string }) => e.kind)).toEqual(['note', 'edited', 'created']);
    expect(timeline.body.data[1].summary).toBe('Changed consent and Plan');
    const exported = await send('GET', `/contacts/${id}/export`);
    expect(exported.body.data.contact.email).toBe('ada@example.test');
    expect(exported.body.data.interactions).toHaveLength(3);

    expect((await send('DELETE', `/contacts/${id}`)).status).toBe(200);
    expect4xx(await send('GET', `/contacts/${id}`), 404);
    expect(await dbOf(edge.deps).select().from(contacts).where(eq(contacts.id, id))).toHaveLength(0);
  });

  it('pages by cursor and filters by tag, consent and search', async () => {
    const tag = `page-${uid()}`;
    for (let i = 0; i < 5; i++)
      expect(
        (await send('POST', '/contacts', { email: `pg${i}-${uid()}@example.test`, tags: [tag] })).status,
      ).toBe(201);
    const seen: string[] = [];
    let cursor = '';
    for (let n = 0; n < 5; n++) {
      const res = await send('GET', `/contacts?tag=${tag}&per_page=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.status, res.text).toBe(200);
      expect(res.body.meta.cursor.total).toBe(5);
      seen.push(...res.body.data.map((c: { id: string }) => c.id));
      if (!res.body.meta.cursor.next) break;
      cursor = res.body.meta.cursor.next;
    }
    expect(seen).toHaveLength(5);
    expect(new Set(seen).size).toBe(5);
    expect([...seen].sort().reverse()).toEqual(seen);
    expect4xx(await send('GET', '/contacts?per_page=101'), 422);
    expect4xx(await send('GET', '/contacts?consent=maybe'), 422);
    expect4xx(await send('GET', '/contacts?cursor=not-an-id'), 404);
  });

  it('answers hostile input with a coded 4xx, never a 5xx, and stores text as data', async () => {
    const hostile = [
      "'; DROP TABLE contacts; --",
      '<script>alert(1)</script>',
      '{{7*7}}',
      '😀 emoji',
      '%_\\',
    ];
    for (const p of hostile) {
      const res = await send('POST', '/contacts', { email: `h-${uid()}@example.test`, name: p, company: p });
      expect(res.status, p).toBe(201);
      expect(res.body.data.name).toBe(p.trim());
      const search = await send('GET', `/contacts?q=${encodeURIComponent(p)}`);
      expect(search.status, p).toBe(200);
      expect4xx(await send('POST', '/contacts', { email: p }), 422, 'email');
      expect(
        (await send('POST', '/contacts', { email: `t-${uid()}@example.test`, tags: [p] })).status,
        p,
      ).toBe(422);
    }
    for (const body of [
      { email: 'x@example.test', role: 'admin' },
      { email: 'x@example.test', score: 1.5 },
      { email: 'x@example.test', score: '10' },
      { email: 'x@example.test', fields: { 'bad key': 'x' } },
      { email: 'x@example.test', fields: { nosuch: 'x' } },
      { email: 'x@example.test', phone: 'call me' },
      { email: 'x@example.test', name: 'nul\u0000' },
      { email: 'x@example.test', tags: Array.from({ length: 51 }, (_, i) => `t${i}`) },
      { email: 'x@example.test', consentStatus: 'yes' },
    ])
      expect((await send('POST', '/contacts', body)).status, JSON.stringify(body)).toBe(422);
    expect4xx(await send('PATCH', `/contacts/${'con_'.padEnd(30, '0')}`, { name: 'x' }), 404);
    expect4xx(
      await send('POST', '/contact-fields', { key: 'Bad Key', label: 'x', type: 'text' }),
      422,
      'key',
    );
    expect4xx(
      await send('POST', '/contact-fields', { key: 'k', label: 'x', type: 'choice' }),
      422,
      'options',
    );
    expect4xx(
      await send('POST', '/contact-fields', { key: 'k', label: 'x', type: 'text', options: ['a'] }),
      422,
    );
    expect4xx(await send('POST', '/contact-fields', { key: 'k', label: 'x', type: 'json' }), 422);
  });
});

describe('/api/v1/segments', { timeout: 60_000 }, () => {
  it('saves a segment, counts it, lists its contacts, and previews a filter', async () => {
    const tag = `seg-${uid()}`;
    const ids: string[] = [];
    for (const [i, consent] of (['subscribed', 'subscribed', 'unsubscribed'] as const).entries()) {
      const res = await send('POST', '/contacts', {
        email: `s${i}-${uid()}@example.test`,
        tags: [tag],
        consentStatus: consent,
      });
      ids.push(res.body.data.id);
    }
    const filter = {
      conditions: [
        { type: 'tag', op: 'has', tag },
        { type: 'consent', op: 'is', value: 'subscribed' },
      ],
    };
    const preview = await send('POST', '/segments/preview', filter);
    expect(preview.body.data).toEqual({ count: 2 });
    const saved = await send('POST', '/segments', { name: 'Subscribed launch', filter });
    expect(saved.status, saved.text).toBe(201);
    const segId = saved.body.data.id;
    expect((await send('GET', `/segments/${segId}/count`)).body.data).toEqual({ count: 2 });
    const members = await send('GET', `/segments/${segId}/contacts?per_page=1`);
    expect(members.body.data.map((c: { id: string }) => c.id)).toEqual([ids[1]]);
    expect(members.body.meta.cursor).toEqual({ next: ids[1], total: 2 });
    const next = await send('GET', `/segments/${segId}/contacts?per_page=1&cursor=${ids[1]}`);
    expect(next.body.data.map((c: { id: string }) => c.id)).toEqual([ids[0]]);
    expect(next.body.meta.cursor.next).toBeNull();
    // A later change shows at once: segments are evaluated when asked.
    await send('PATCH', `/contacts/${ids[2]}`, { consentStatus: 'subscribed' });
    expect((await send('GET', `/segments/${segId}/count`)).body.data).toEqual({ count: 3 });
    const renamed = await send('PATCH', `/segments/${segId}`, {
      filter: { match: 'any', conditions: [{ type: 'signed_up_within', days: 1 }] },
    });
    expect(renamed.body.data.filter.match).toBe('any');
    expect((await send('GET', '/segments')).body.data.some((s: { id: string }) => s.id === segId)).toBe(true);
    expect((await send('DELETE', `/segments/${segId}`)).status).toBe(200);
    expect4xx(await send('GET', `/segments/${segId}/count`), 404);
  });

  it('refuses malformed filters with 422 naming the condition', async () => {
    for (const filter of [
      { conditions: [{ type: 'raw', sql: '1=1' }] },
      { conditions: [{ type: 'tag', op: 'has', tag: "' OR 1=1 --" }] },
      { conditions: [{ type: 'no_activity_for', days: -1 }] },
      { conditions: [{ type: 'bought_product', productId: 'prod_x' }] },
      { match: 'some', conditions: [] },
      { conditions: 'all' },
    ]) {
      const res = await send('POST', '/segments', { name: 'Bad', filter });
      expect(res.status, `${JSON.stringify(filter)} ${res.text}`).toBeGreaterThanOrEqual(400);
      expect(res.status, res.text).toBeLessThan(500);
    }
  });
});
