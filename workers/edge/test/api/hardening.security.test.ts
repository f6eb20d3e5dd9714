import {
  addMemberWithToken,
  createTenant,
  type EdgeHarness,
  startEdge,
  type Tenant,
  uniqueSlug,
} from '@mewayz/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiBase, call } from './helpers.ts';

let edge: EdgeHarness;
let t: Tenant;

beforeAll(async () => {
  edge = await startEdge({
    edgeVars: { API_RATE_LIMIT_PER_IP: '100000', API_RATE_LIMIT_PER_TOKEN: '100000' },
  });
  t = await createTenant(edge.deps, 'Hardening org');
}, 300_000);
afterAll(() => edge?.dispose());

async function newSite(token = t.token) {
  const res = await call(edge, 'POST', '/sites', { token, body: { slug: uniqueSlug('hd'), name: 'Hard' } });
  expect(res.status, res.text).toBe(201);
  return res.body.data as { id: string; slug: string };
}

describe('Accept-Encoding that refuses every coding', () => {
  it('answers 406 in the envelope instead of the front line’s plain-text 415', async () => {
    for (const ae of ['identity;q=0', '*;q=0', 'compress, identity;q=0']) {
      const res = await call(edge, 'GET', '/me', { token: t.token, headers: { 'accept-encoding': ae } });
      expect(res.status, ae).toBe(406);
      expect(res.body, `${ae}: ${res.text}`).toMatchObject({
        success: false,
        error: { code: 'not_acceptable', details: [] },
        meta: { request_id: expect.stringMatching(/^req_/) },
      });
    }
    const gzip = await call(edge, 'GET', '/me', {
      token: t.token,
      headers: { 'accept-encoding': 'gzip, identity;q=0' },
    });
    expect(gzip.status).toBe(200);
    expect(gzip.body.success).toBe(true);
  });
});

describe('URL fields', () => {
  it('refuses raw control characters in every URL field with a worded 422', async () => {
    const site = await newSite();
    const bad = ['https://example.com/?q=\u0000x', 'https://example.com/\nx'];
    for (const url of bad) {
      const cases: [string, string, unknown][] = [
        ['POST', `/sites/${site.id}/blocks`, { type: 'link', data: { title: 'x', url } }],
        [
          'POST',
          `/sites/${site.id}/blocks`,
          {
            type: 'image',
            data: { url: 'https://img.example.com/a.png', alt: '', width: 1, height: 1, href: url },
          },
        ],
        ['POST', '/links', { url }],
        ['POST', '/links', { url: 'https://example.com/', fallbackUrl: url }],
        ['PATCH', `/sites/${site.id}`, { avatarUrl: url }],
        ['PATCH', `/sites/${site.id}`, { seo: { ogImageUrl: url } }],
      ];
      for (const [method, path, body] of cases) {
        const res = await call(edge, method, path, { token: t.token, body });
        expect(res.status, `${method} ${path} ${JSON.stringify(body)}`).toBe(422);
        expect(res.body.error.details.map((d: { message: string }) => d.message)).toEqual([
          'Enter a web address, like example.com/page',
        ]);
      }
    }
  });

  it('accepts a scheme-less address, stores it normalised and redirects to it', async () => {
    const site = await newSite();
    const block = await call(edge, 'POST', `/sites/${site.id}/blocks`, {
      token: t.token,
      body: { type: 'link', data: { title: 'Shop', url: 'Example.org/shop?x=1' } },
    });
    expect(block.status, block.text).toBe(201);
    expect(block.body.data.data.url).toBe('https://example.org/shop?x=1');
    const listed = await call(edge, 'GET', `/sites/${site.id}/blocks`, { token: t.token });
    expect(listed.body.data[0].data.url).toBe('https://example.org/shop?x=1');
    expect((await call(edge, 'POST', `/sites/${site.id}/publish`, { token: t.token })).status).toBe(200);
    const go = await edge.fetch(`http://${site.slug}.mewayz.localhost/go/${block.body.data.id}`, {
      redirect: 'manual',
    });
    expect(go.status).toBe(302);
    expect(go.headers.get('location')).toMatch(/^https:\/\/example\.org\/shop\?x=1/);
    const link = await call(edge, 'POST', '/links', { token: t.token, body: { url: 'example.org/short' } });
    expect(link.status, link.text).toBe(201);
    expect(link.body.data.url).toBe('https://example.org/short');
    const mail = await call(edge, 'POST', '/links', {
      token: t.token,
      body: { url: 'mailto:a@example.org' },
    });
    expect(mail.body.data.url).toBe('mailto:a@example.org');
  });

  it('speaks human in error details', async () => {
    const res = await call(edge, 'POST', '/links', { token: t.token, body: {} });
    expect(res.status).toBe(422);
    expect(res.body.error.details).toEqual([
      { path: 'url', message: 'Enter a web address', code: 'invalid_type' },
    ]);
  });
});

describe('role hierarchy over the API', () => {
  it('stops a manager acting on the super_admin’s token or membership, not on an editor’s', async () => {
    const manager = await addMemberWithToken(edge.deps, t, 'manager');
    const editor = await addMemberWithToken(edge.deps, t, 'editor');
    const revokeOwner = await call(edge, 'DELETE', `/tokens/${t.tokenId}`, { token: manager.token });
    expect(revokeOwner.status, revokeOwner.text).toBe(403);
    expect(revokeOwner.body.error.code).toBe('forbidden');
    expect((await call(edge, 'GET', '/me', { token: t.token })).status).toBe(200);
    const demoteOwner = await call(edge, 'PATCH', `/members/${t.user.id}`, {
      token: manager.token,
      body: { role: 'viewer' },
    });
    expect(demoteOwner.status).toBe(403);
    const removeOwner = await call(edge, 'DELETE', `/members/${t.user.id}`, { token: manager.token });
    expect(removeOwner.status).toBe(403);
    const revokeEditor = await call(edge, 'DELETE', `/tokens/${editor.tokenId}`, { token: manager.token });
    expect(revokeEditor.status, revokeEditor.text).toBe(200);
    expect((await call(edge, 'GET', '/me', { token: editor.token })).status).toBe(401);
  });
});

describe('CORS', () => {
  it('lets browsers call with a bearer token from any origin, never with credentials', async () => {
    const pre = await edge.fetch(`${apiBase}/sites`, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://integrator.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization, content-type',
      },
    });
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBe('*');
    expect(pre.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('authorization');
    expect(pre.headers.get('access-control-allow-credentials')).toBeNull();
    const res = await call(edge, 'GET', '/me', { token: t.token, headers: { origin: 'https://x.example' } });
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-expose-headers')).toContain('RateLimit-Remaining');
  });
});
