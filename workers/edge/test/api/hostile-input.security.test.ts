import { dbOf } from '@mewayz/core/admin';
import { shortLinks, sites } from '@mewayz/db/schema';
import { createTenant, type EdgeHarness, startEdge, type Tenant, uniqueSlug } from '@mewayz/testing';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiBase, call } from './helpers.ts';

let edge: EdgeHarness;
let t: Tenant;

beforeAll(async () => {
  edge = await startEdge({
    edgeVars: { API_RATE_LIMIT_PER_IP: '100000', API_RATE_LIMIT_PER_TOKEN: '100000' },
  });
  t = await createTenant(edge.deps, 'Hostile org');
});
afterAll(() => edge?.dispose());

async function linkCount() {
  return (
    await dbOf(edge.deps)
      .select({ id: shortLinks.id })
      .from(shortLinks)
      .where(eq(shortLinks.organizationId, t.scope.orgId))
  ).length;
}

function expectCodedClientError(
  res: { status: number; body: { success?: boolean; error?: { code?: string } } },
  label: string,
) {
  expect(res.status, label).toBeGreaterThanOrEqual(400);
  expect(res.status, label).toBeLessThan(500);
  expect(res.body?.success, label).toBe(false);
  expect(res.body?.error?.code, label).toMatch(/^[a-z_]+$/);
}

describe('hostile bodies', () => {
  it('refuses oversized bodies with 413, whatever the declared length', async () => {
    const before = await linkCount();
    const big = JSON.stringify({ url: 'https://example.com', title: 'x'.repeat(70 * 1024) });
    const res = await call(edge, 'POST', '/links', { token: t.token, body: big });
    expectCodedClientError(res, 'big');
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('payload_too_large');
    // A body streamed without a length is cut off at the limit too.
    const chunk = new TextEncoder().encode('x'.repeat(16 * 1024));
    let sent = 0;
    const stream = new ReadableStream({
      pull(controller) {
        if (sent++ < 8) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const streamed = await edge.fetch(`${apiBase}/links`, {
      method: 'POST',
      headers: { authorization: `Bearer ${t.token}`, 'content-type': 'application/json' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(streamed.status).toBe(413);
    expect(await linkCount()).toBe(before);
  });

  it('accepts only application/json', async () => {
    const before = await linkCount();
    for (const type of [
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'application/jsonp',
      'application/xml',
    ]) {
      const res = await call(edge, 'POST', '/links', {
        token: t.token,
        body: '{"url":"https://example.com"}',
        headers: { 'content-type': type },
      });
      expectCodedClientError(res, type);
      expect(res.status, type).toBe(415);
    }
    const noType = await edge.fetch(`${apiBase}/links`, {
      method: 'POST',
      headers: { authorization: `Bearer ${t.token}` },
      body: new Blob(['{"url":"https://example.com"}']),
    });
    expect(noType.status).toBe(415);
    expect(await linkCount()).toBe(before);
  });

  it('answers invalid JSON and wrong JSON shapes with a coded 4xx', async () => {
    const before = await linkCount();
    const cases: [string, string][] = [
      ['truncated', '{"url": "https://example.com"'],
      ['trailing comma', '{"url": "https://example.com",}'],
      ['empty', ''],
      ['deep nesting', '['.repeat(20_000) + ']'.repeat(20_000)],
      ['array', '[{"url":"https://example.com"}]'],
      ['number', '42'],
      ['null', 'null'],
      ['string', '"https://example.com"'],
      ['wrong types', '{"url": 12, "passQuery": "yes"}'],
      ['proto pollution', '{"url":"https://example.com","__proto__":{"isAdmin":true}}'],
      ['constructor', '{"url":"https://example.com","constructor":{"prototype":{"x":1}}}'],
    ];
    for (const [label, body] of cases) {
      const res = await call(edge, 'POST', '/links', {
        token: t.token,
        body,
        headers: { 'content-type': 'application/json' },
      });
      expectCodedClientError(res, label);
    }
    const bad = await edge.fetch(`${apiBase}/links`, {
      method: 'POST',
      headers: { authorization: `Bearer ${t.token}`, 'content-type': 'application/json' },
      body: new Uint8Array([0x7b, 0x22, 0x75, 0x72, 0x6c, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]),
    });
    expect(bad.status).toBe(400);
    expect(await linkCount()).toBe(before);
  });
});

describe('hostile strings in every string field', () => {
  const payloads = [
    "'; DROP TABLE users; --",
    '" OR 1=1 --',
    "\\'; SELECT SLEEP(5); --",
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-injection probe, on purpose.
    '{{7*7}}${7*7}',
    '\u202Eevil\u202C',
    'zero\u200Bwidth',
    '😀👩‍👩‍👧‍👦 emoji',
    'e\u0301 combining',
    'ﷺ',
  ];

  it('stores site, link and block text verbatim (as data) or refuses it with a 4xx — never a 5xx', async () => {
    for (const p of payloads) {
      const site = await call(edge, 'POST', '/sites', {
        token: t.token,
        body: { slug: uniqueSlug('hx'), name: p, bio: p, seo: { title: p.slice(0, 70), description: p } },
      });
      expect(site.status, p).toBeLessThan(500);
      if (site.status === 201) {
        const [row] = await dbOf(edge.deps).select().from(sites).where(eq(sites.id, site.body.data.id));
        expect(row!.name).toBe(p.trim());
        expect(row!.bio).toBe(p.trim());
        const block = await call(edge, 'POST', `/sites/${site.body.data.id}/blocks`, {
          token: t.token,
          body: { type: 'text', data: { text: p } },
        });
        expect(block.status, p).toBeLessThan(500);
        const renamed = await call(edge, 'PATCH', `/sites/${site.body.data.id}`, {
          token: t.token,
          body: { name: p },
        });
        expect(renamed.status, p).toBeLessThan(500);
      } else expectCodedClientError(site, p);
      const link = await call(edge, 'POST', '/links', {
        token: t.token,
        body: { url: 'https://example.com/ok', title: p },
      });
      expect(link.status, p).toBeLessThan(500);
      if (link.status === 201) expect(link.body.data.title).toBe(p.trim());
      for (const field of ['url', 'fallbackUrl', 'code']) {
        const res = await call(edge, 'POST', '/links', {
          token: t.token,
          body: { url: 'https://example.com', [field]: p },
        });
        expectCodedClientError(res, `${field}=${p}`);
      }
      for (const [path, body] of [
        ['/tokens', { name: p, scopes: ['sites:read'] }],
        ['/invitations', { email: p, role: 'viewer' }],
        ['/domains', { siteId: p, hostname: p }],
        ['/sites', { slug: p, name: 'x' }],
      ] as const) {
        const res = await call(edge, 'POST', path, { token: t.token, body });
        expect(res.status, `${path} ${p}`).toBeLessThan(500);
      }
      const org = await call(edge, 'PATCH', '/organization', { token: t.token, body: { name: p } });
      expect(org.status, p).toBeLessThan(500);
    }
    // The tables the SQL payloads name are still there.
    expect((await call(edge, 'GET', '/me', { token: t.token })).status).toBe(200);
  });

  it('refuses control characters, lone surrogates and URLs that are not http(s)', async () => {
    const before = await linkCount();
    for (const p of ['nul\u0000byte', 'bell\u0007', 'lone \ud800 surrogate', 'low \udc00 first']) {
      const res = await call(edge, 'POST', '/links', {
        token: t.token,
        body: { url: 'https://example.com', title: p },
      });
      expect(res.status, JSON.stringify(p)).toBe(422);
      const site = await call(edge, 'POST', '/sites', {
        token: t.token,
        body: { slug: uniqueSlug('cc'), name: 'ok', bio: p },
      });
      expect(site.status, JSON.stringify(p)).toBeLessThan(500);
    }
    expect(await linkCount()).toBe(before);
    for (const url of [
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox',
      'file:///etc/passwd',
      ' ',
      'http://',
    ]) {
      const res = await call(edge, 'POST', '/links', { token: t.token, body: { url } });
      expectCodedClientError(res, url);
    }
  });
});

describe('hostile parameters and headers', () => {
  it('answers odd ids, numbers and query values with a coded 4xx', async () => {
    const paths = [
      `/sites/${'a'.repeat(5000)}`,
      '/sites/%00',
      '/sites/..%2F..%2Fetc%2Fpasswd',
      "/sites/site_1'%20OR%20'1'='1",
      '/sites/%F0%9F%98%80',
      '/links?page=-5',
      '/links?per_page=1000000000',
      '/links?page=99999999999999999999',
      '/links?per_page=1e3',
      '/analytics/timeseries?from=2026-13-45',
      '/analytics/timeseries?from=2026-01-10&to=2026-01-01',
      '/analytics/top-links?limit=-1',
      '/analytics/breakdown/country?limit=100000',
    ];
    for (const path of paths) {
      const res = await call(edge, 'GET', path, { token: t.token });
      expectCodedClientError(res, path);
    }
  });

  it('refuses malformed or huge authorization headers with 401', async () => {
    for (const auth of [
      `Bearer ${'x'.repeat(8000)}`,
      'Basic dXNlcjpwYXNz',
      'Bearer',
      `Bearer ${t.token} extra`,
      `Bearer ${t.token.toUpperCase()}`,
    ]) {
      const res = await call(edge, 'GET', '/me', { headers: { authorization: auth } });
      expect(res.status, auth.slice(0, 40)).toBe(401);
    }
  });
});
