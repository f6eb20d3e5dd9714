import { domainsService, setFakeTxtRecords } from '@mewayz/core';
import { dbOf } from '@mewayz/core/admin';
import { analyticsDaily, apiTokens, shortLinks } from '@mewayz/db/schema';
import { createTenant, type EdgeHarness, startEdge, type Tenant, uniqueSlug } from '@mewayz/testing';
import { Validator } from '@seriousme/openapi-schema-validator';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from './helpers.ts';

let edge: EdgeHarness;
let t: Tenant;

beforeAll(async () => {
  edge = await startEdge({
    // LOG_LEVEL=info: one test reads the per-request log lines.
    edgeVars: { API_RATE_LIMIT_PER_IP: '100000', API_RATE_LIMIT_PER_TOKEN: '100000', LOG_LEVEL: 'info' },
  });
  t = await createTenant(edge.deps, 'Behaviour org');
});
afterAll(() => edge?.dispose());

describe('envelope, request ids and errors', () => {
  it('wraps success and errors alike, with the request id also in X-Request-Id', async () => {
    const okRes = await call(edge, 'GET', '/me', { token: t.token });
    expect(okRes.body).toMatchObject({
      success: true,
      message: expect.any(String),
      data: { role: 'super_admin' },
    });
    expect(okRes.body.meta.request_id).toMatch(/^req_[0-9a-z]{26}$/);
    expect(okRes.headers.get('x-request-id')).toBe(okRes.body.meta.request_id);
    expect(new Date(okRes.body.meta.timestamp).toISOString()).toBe(okRes.body.meta.timestamp);

    const missing = await call(edge, 'GET', '/sites/site_doesnotexist', { token: t.token });
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({
      success: false,
      message: 'Site not found.',
      error: { code: 'not_found', details: [] },
      meta: { timestamp: expect.any(String), request_id: missing.headers.get('x-request-id') },
    });
    const noRoute = await call(edge, 'GET', '/nothing/here', { token: t.token });
    expect(noRoute.status).toBe(404);
    expect(noRoute.body.error.code).toBe('not_found');
  });

  it('logs one structured JSON line per request with request id, tenant, route, status and duration', async () => {
    // workerd's stdout reaches the test process through Miniflare, which prints each line with console.log.
    const lines: string[] = [];
    const original = console.log;
    console.log = (...args: unknown[]) => {
      lines.push(args.map(String).join(' '));
      original(...args);
    };
    let res: Awaited<ReturnType<typeof call>>;
    try {
      res = await call(edge, 'GET', '/sites', { token: t.token });
      for (let i = 0; i < 50 && !lines.join('\n').includes(res.body.meta.request_id); i++)
        await new Promise((r) => setTimeout(r, 20));
    } finally {
      console.log = original;
    }
    const entry = lines
      .join('')
      .split('\n')
      .map((l) => l.slice(l.indexOf('{')))
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l))
      .find((l) => l.request_id === res.body.meta.request_id);
    expect(entry).toMatchObject({
      level: 'info',
      msg: 'api request',
      method: 'GET',
      route: 'sites.list',
      status: 200,
      org_id: t.scope.orgId,
      token_id: t.tokenId,
    });
    expect(entry.duration_ms).toBeGreaterThanOrEqual(0);
  });

  it('answers 405 with Allow for a known path and a wrong method', async () => {
    const res = await call(edge, 'PUT', '/sites', { token: t.token, body: {} });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toContain('GET');
    expect(res.body.error.code).toBe('method_not_allowed');
  });

  it('rejects unknown fields, so ids, organization or role cannot be mass-assigned', async () => {
    const slug = uniqueSlug('mass');
    const res = await call(edge, 'POST', '/sites', {
      token: t.token,
      body: { slug, name: 'X', id: 'site_mine', organizationId: 'org_other', publishedVersion: 9 },
    });
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('validation_failed');
    expect(JSON.stringify(res.body.error.details)).toMatch(/organizationId|unrecognized/i);
    const token = await call(edge, 'POST', '/tokens', {
      token: t.token,
      body: { name: 'x', scopes: ['sites:read'], organizationId: 'org_x', createdBy: 'usr_x' },
    });
    expect(token.status).toBe(422);
    expect((await call(edge, 'GET', '/sites', { token: t.token })).text).not.toContain(slug);
  });

  it('paginates with the spec’s meta and refuses oversized pages', async () => {
    const tenant = await createTenant(edge.deps, 'Pages org');
    for (let i = 0; i < 3; i++)
      await call(edge, 'POST', '/links', { token: tenant.token, body: { url: `https://example.com/${i}` } });
    const page2 = await call(edge, 'GET', '/links?page=2&per_page=2', { token: tenant.token });
    expect(page2.body.data).toHaveLength(1);
    expect(page2.body.meta.pagination).toEqual({ current_page: 2, per_page: 2, total: 3, total_pages: 2 });
    const first = await call(edge, 'GET', '/links', { token: tenant.token });
    expect(first.body.meta.pagination).toEqual({ current_page: 1, per_page: 20, total: 3, total_pages: 1 });
    for (const q of ['per_page=101', 'per_page=0', 'page=0', 'page=-1', 'per_page=abc', 'page=1.5']) {
      const res = await call(edge, 'GET', `/links?${q}`, { token: tenant.token });
      expect(res.status, q).toBe(422);
      expect(res.body.error.code).toBe('validation_failed');
    }
  });
});

describe('Idempotency-Key on POST', () => {
  it('replays the first answer for the same key and body, and refuses another body', async () => {
    const key = `idem-${Math.random()}`;
    const body = { url: 'https://example.com/idem' };
    const first = await call(edge, 'POST', '/links', {
      token: t.token,
      body,
      headers: { 'idempotency-key': key },
    });
    const again = await call(edge, 'POST', '/links', {
      token: t.token,
      body,
      headers: { 'idempotency-key': key },
    });
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.text).toBe(first.text);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    const rows = await dbOf(edge.deps)
      .select()
      .from(shortLinks)
      .where(eq(shortLinks.url, 'https://example.com/idem'));
    expect(rows.filter((r) => r.organizationId === t.scope.orgId)).toHaveLength(1);

    const other = await call(edge, 'POST', '/links', {
      token: t.token,
      body: { url: 'https://example.com/other' },
      headers: { 'idempotency-key': key },
    });
    expect(other.status).toBe(409);
    expect(other.body.error.code).toBe('idempotency_conflict');

    // Keys belong to a token: another tenant's same key is a different request.
    const u = await createTenant(edge.deps, 'Idem other');
    expect(
      (await call(edge, 'POST', '/links', { token: u.token, body, headers: { 'idempotency-key': key } }))
        .status,
    ).toBe(201);
    expect(
      (
        await call(edge, 'POST', '/links', {
          token: t.token,
          body,
          headers: { 'idempotency-key': 'x'.repeat(300) },
        })
      ).status,
    ).toBe(422);
  });

  it('replays a refused request’s answer as well (only server errors are not kept)', async () => {
    const key = `idem-${Math.random()}`;
    const bad = await call(edge, 'POST', '/links', {
      token: t.token,
      body: { url: 'javascript:alert(1)' },
      headers: { 'idempotency-key': key },
    });
    expect(bad.status).toBe(422);
    const replay = await call(edge, 'POST', '/links', {
      token: t.token,
      body: { url: 'javascript:alert(1)' },
      headers: { 'idempotency-key': key },
    });
    expect(replay.status).toBe(422);
    expect(replay.text).toBe(bad.text);
  });
});

describe('OpenAPI document and docs page', () => {
  it('is a valid OpenAPI 3.1 document with bearer security and envelope schemas', async () => {
    const res = await call(edge, 'GET', '/openapi.json');
    expect(res.status).toBe(200);
    const validator = new Validator();
    const result = await validator.validate(res.body);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(res.body.openapi).toBe('3.1.0');
    expect(res.body.servers[0].url).toBe('http://mewayz.localhost/api/v1');
    expect(res.body.components.securitySchemes.bearerAuth).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(res.body.paths['/sites'].post.requestBody.content['application/json'].schema.$ref).toBe(
      '#/components/schemas/CreateSite',
    );
  });

  it('serves a readable docs page with no scripts or third-party assets', async () => {
    const res = await edge.fetch('http://mewayz.localhost/api/v1/docs');
    const html = await res.text();
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(html).toContain('/sites/{id}/blocks/order');
    expect(html).not.toMatch(/<script|<link|src=|@import|url\(/i);
  });
});

describe('tokens over the API', () => {
  it('shows a new secret once, lists without it, and revocation takes effect at once', async () => {
    const created = await call(edge, 'POST', '/tokens', {
      token: t.token,
      body: { name: 'integration', scopes: ['links:read'] },
    });
    expect(created.status).toBe(201);
    const secret: string = created.body.data.secret;
    expect(secret).toMatch(/^mwz_/);
    expect(created.body.data.prefix).toBe(secret.slice(0, 12));
    const list = await call(edge, 'GET', '/tokens?per_page=100', { token: t.token });
    expect(list.text).not.toContain(secret);
    expect((await call(edge, 'GET', '/links', { token: secret })).status).toBe(200);
    expect((await call(edge, 'GET', '/sites', { token: secret })).status).toBe(403);
    // A token cannot mint a broader one.
    const narrow = await call(edge, 'POST', '/tokens', {
      token: t.token,
      body: { name: 'tw', scopes: ['tokens:write'] },
    });
    expect(
      (
        await call(edge, 'POST', '/tokens', {
          token: narrow.body.data.secret,
          body: { name: 'x', scopes: ['sites:write'] },
        })
      ).status,
    ).toBe(403);

    const [row] = await dbOf(edge.deps)
      .select()
      .from(apiTokens)
      .where(eq(apiTokens.id, created.body.data.id));
    expect(row!.lastUsedAt).not.toBeNull();
    expect(
      (await call(edge, 'DELETE', `/tokens/${created.body.data.id}`, { token: t.token })).body.data.active,
    ).toBe(false);
    const after = await call(edge, 'GET', '/links', { token: secret });
    expect(after.status).toBe(401);
    expect(after.body.error.code).toBe('invalid_token');
  });

  it('refuses an expired token', async () => {
    const created = await call(edge, 'POST', '/tokens', {
      token: t.token,
      body: { name: 'short', scopes: ['links:read'], expiresAt: new Date(Date.now() + 60_000).toISOString() },
    });
    await dbOf(edge.deps)
      .update(apiTokens)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(apiTokens.id, created.body.data.id));
    expect((await call(edge, 'GET', '/links', { token: created.body.data.secret })).status).toBe(401);
  });
});

describe('resources end to end', () => {
  it('sites and blocks: create, edit, reorder, publish — then the site answers on its host', async () => {
    const slug = uniqueSlug('e2e');
    const site = (await call(edge, 'POST', '/sites', { token: t.token, body: { slug, name: 'End To End' } }))
      .body.data;
    const b1 = (
      await call(edge, 'POST', `/sites/${site.id}/blocks`, {
        token: t.token,
        body: { type: 'link', data: { title: 'First', url: 'https://example.com/1' } },
      })
    ).body.data;
    const b2 = (
      await call(edge, 'POST', `/sites/${site.id}/blocks`, {
        token: t.token,
        body: { type: 'link', data: { title: 'Second', url: 'https://example.com/2' } },
      })
    ).body.data;
    expect(
      (
        await call(edge, 'POST', `/sites/${site.id}/blocks`, {
          token: t.token,
          body: { type: 'link', data: { title: 'x', url: 'javascript:alert(1)' } },
        })
      ).status,
    ).toBe(422);
    const order = await call(edge, 'PUT', `/sites/${site.id}/blocks/order`, {
      token: t.token,
      body: { blockIds: [b2.id, b1.id] },
    });
    expect(order.body.data.map((b: { id: string }) => b.id)).toEqual([b2.id, b1.id]);
    expect(
      (
        await call(edge, 'PUT', `/sites/${site.id}/blocks/order`, {
          token: t.token,
          body: { blockIds: [b2.id] },
        })
      ).status,
    ).toBe(422);
    await call(edge, 'PATCH', `/sites/${site.id}/blocks/${b1.id}`, {
      token: t.token,
      body: { data: { title: 'First!', url: 'https://example.com/1' } },
    });
    await call(edge, 'PATCH', `/sites/${site.id}`, { token: t.token, body: { bio: 'Hello from the API' } });
    const published = await call(edge, 'POST', `/sites/${site.id}/publish`, { token: t.token });
    expect(published.body.data.hosts).toContain(`${slug}.mewayz.localhost`);
    const page = await (await edge.fetch(`http://${slug}.mewayz.localhost/`)).text();
    expect(page).toContain('Hello from the API');
    expect(page.indexOf('Second')).toBeLessThan(page.indexOf('First!'));
    expect((await call(edge, 'DELETE', `/sites/${site.id}/blocks/${b2.id}`, { token: t.token })).status).toBe(
      200,
    );
    expect((await call(edge, 'GET', `/sites/${site.id}/blocks`, { token: t.token })).body.data).toHaveLength(
      1,
    );
    expect((await call(edge, 'DELETE', `/sites/${site.id}`, { token: t.token })).status).toBe(200);
    expect((await call(edge, 'GET', `/sites/${site.id}`, { token: t.token })).status).toBe(404);
  });

  it('domains: instructions, failed then successful TXT verification, serving, removal', async () => {
    const slug = uniqueSlug('dom');
    const site = (await call(edge, 'POST', '/sites', { token: t.token, body: { slug, name: 'Domain Site' } }))
      .body.data;
    await call(edge, 'POST', `/sites/${site.id}/publish`, { token: t.token });
    const host = `www-${Math.random().toString(36).slice(2, 8)}.example.org`;
    const added = await call(edge, 'POST', '/domains', {
      token: t.token,
      body: { siteId: site.id, hostname: host.toUpperCase() },
    });
    expect(added.status).toBe(201);
    const txt = added.body.data.dnsRecords.find((r: { type: string }) => r.type === 'TXT');
    expect(txt.name).toBe(domainsService.txtRecordName(host));
    expect(
      (
        await call(edge, 'POST', '/domains', {
          token: t.token,
          body: { siteId: site.id, hostname: `x.${slug}.mewayz.localhost` },
        })
      ).status,
    ).toBe(422);
    const failed = await call(edge, 'POST', `/domains/${added.body.data.id}/verify`, { token: t.token });
    expect(failed.body.data.status).toBe('failed');
    await setFakeTxtRecords(edge.deps.redis, txt.name, [txt.value]);
    const verified = await call(edge, 'POST', `/domains/${added.body.data.id}/verify`, { token: t.token });
    expect(verified.body.data.status).toBe('verified');
    expect((await edge.fetch(`http://${host}/`)).status).toBe(200);
    await call(edge, 'DELETE', `/domains/${added.body.data.id}`, { token: t.token });
    expect((await edge.fetch(`http://${host}/`)).status).toBe(404);
  });

  it('short links: the edge redirect follows create, update and delete at once', async () => {
    const link = (
      await call(edge, 'POST', '/links', { token: t.token, body: { url: 'https://example.com/one' } })
    ).body.data;
    const go = () => edge.fetch(`http://mewayz.localhost/${link.code}`);
    expect((await go()).headers.get('location')).toBe('https://example.com/one');
    await call(edge, 'PATCH', `/links/${link.id}`, {
      token: t.token,
      body: { url: 'https://example.com/two' },
    });
    expect((await go()).headers.get('location')).toBe('https://example.com/two');
    await call(edge, 'DELETE', `/links/${link.id}`, { token: t.token });
    expect((await go()).status).toBe(404);
    const taken = await call(edge, 'POST', '/links', {
      token: t.token,
      body: { url: 'https://example.com', code: link.code },
    });
    expect(taken.status).toBe(409);
  });

  it('analytics read the rollups for the range', async () => {
    const site = (
      await call(edge, 'POST', '/sites', { token: t.token, body: { slug: uniqueSlug('an'), name: 'Stats' } })
    ).body.data;
    const base = {
      organizationId: t.scope.orgId,
      siteId: site.id,
      linkId: '',
      visitors: 0,
      clicks: 0,
      bots: 0,
    };
    await dbOf(edge.deps)
      .insert(analyticsDaily)
      .values([
        { ...base, day: '2026-01-02', dimension: 'total', value: '', views: 7 },
        { ...base, day: '2026-01-02', dimension: 'device', value: 'mobile', views: 5 },
        { ...base, day: '2026-01-02', dimension: 'device', value: 'desktop', views: 2 },
      ]);
    const ts = await call(
      edge,
      'GET',
      `/analytics/timeseries?siteId=${site.id}&from=2026-01-01&to=2026-01-03`,
      { token: t.token },
    );
    expect(ts.body.data.points.map((p: { views: number }) => p.views)).toEqual([0, 7, 0]);
    const bd = await call(
      edge,
      'GET',
      `/analytics/breakdown/device?siteId=${site.id}&from=2026-01-01&to=2026-01-03`,
      { token: t.token },
    );
    expect(bd.body.data.rows.map((r: { value: string }) => r.value)).toEqual(['mobile', 'desktop']);
    expect((await call(edge, 'GET', '/analytics/breakdown/planet', { token: t.token })).status).toBe(422);
    expect(
      (await call(edge, 'GET', '/analytics/timeseries?from=2020-01-01&to=2026-01-01', { token: t.token }))
        .status,
    ).toBe(422);
  });

  it('members and invitations: invite by email, change roles, keep the last owner', async () => {
    const tenant = await createTenant(edge.deps, 'Team org');
    const inv = await call(edge, 'POST', '/invitations', {
      token: tenant.token,
      body: { email: 'Teammate@Example.test', role: 'editor' },
    });
    expect(inv.status).toBe(201);
    expect(inv.body.data).toMatchObject({
      email: 'teammate@example.test',
      role: 'editor',
      status: 'pending',
    });
    expect(inv.text).not.toMatch(/token/i);
    expect((await call(edge, 'GET', '/invitations', { token: tenant.token })).body.data).toHaveLength(1);
    const me = tenant.user.id;
    const demote = await call(edge, 'PATCH', `/members/${me}`, {
      token: tenant.token,
      body: { role: 'viewer' },
    });
    expect(demote.status).toBe(409);
    expect((await call(edge, 'DELETE', `/members/${me}`, { token: tenant.token })).status).toBe(409);
    expect((await call(edge, 'GET', '/members', { token: tenant.token })).body.data).toEqual([
      expect.objectContaining({ userId: me, role: 'super_admin', email: tenant.user.email }),
    ]);
    expect(
      (await call(edge, 'DELETE', `/invitations/${inv.body.data.id}`, { token: tenant.token })).status,
    ).toBe(200);
    expect((await call(edge, 'GET', '/invitations', { token: tenant.token })).body.data).toHaveLength(0);
  });
});
