import { newId, sitesService } from '@mewayz/core';
import { domains } from '@mewayz/db/schema';
import { createPublishedSite, createTestOrg, type EdgeHarness, startEdge } from '@mewayz/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let edge: EdgeHarness;
beforeAll(async () => {
  edge = await startEdge();
});
afterAll(() => edge?.dispose());

async function addDomain(
  scope: Awaited<ReturnType<typeof createTestOrg>>,
  siteId: string,
  hostname: string,
  verified: boolean,
) {
  await scope.insert(domains, {
    id: newId('domain'),
    siteId,
    hostname,
    verificationToken: 'token',
    status: verified ? 'verified' : 'pending',
    verifiedAt: verified ? new Date() : null,
  });
  await sitesService.syncPublishedHosts(edge.deps, scope, siteId);
}

describe('tenant resolution by host', () => {
  it('normalises case, port and trailing dot before the lookup', async () => {
    const scope = await createTestOrg(edge.deps);
    const { slug } = await createPublishedSite(edge.deps, scope);
    const res = await edge.fetch(`http://${slug.toUpperCase()}.MEWAYZ.LOCALHOST.:8787/`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('Alice Rivera');
  });

  it('serves a verified custom domain and its www name, never an unverified one', async () => {
    const scope = await createTestOrg(edge.deps);
    const { site } = await createPublishedSite(edge.deps, scope);
    const custom = `shop-${Date.now()}.example.test`;
    await addDomain(scope, site.id, custom, true);
    const res = await edge.fetch(`http://${custom}/`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain(`<link rel="canonical" href="http://${custom}/"`);
    expect((await edge.fetch(`http://www.${custom}/`)).status).toBe(200);

    const pending = `pending-${Date.now()}.example.test`;
    await addDomain(scope, site.id, pending, false);
    expect((await edge.fetch(`http://${pending}/`)).status).toBe(404);
  });

  it('answers unknown hosts with a 404 page that does not echo the host', async () => {
    const host = `nobody-${Date.now()}.mewayz.localhost`;
    const res = await edge.fetch(`http://${host}/`);
    expect(res.status).toBe(404);
    const html = await res.text();
    expect(html).not.toContain('nobody-');
    expect(html).not.toMatch(/<script/i);
  });

  it('does not resolve nested labels or lookalike domains to a site', async () => {
    const scope = await createTestOrg(edge.deps);
    const { slug } = await createPublishedSite(edge.deps, scope);
    expect((await edge.fetch(`http://x.${slug}.mewayz.localhost/`)).status).toBe(404);
    expect((await edge.fetch(`http://${slug}.mewayz.localhost.evil.test/`)).status).toBe(404);
    expect((await edge.fetch(`http://${slug}-mewayz.localhost/`)).status).toBe(404);
  });

  it('treats IDN hosts as punycode', async () => {
    const res = await edge.fetch('http://bücher.example.test/');
    expect(res.status).toBe(404);
  });

  it('serves the landing page on the root domain', async () => {
    const res = await edge.fetch('http://mewayz.localhost/');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('/api/v1/docs');
    expect(html).not.toMatch(/<script/i);
  });

  it('refuses the internal purge hook without the shared secret', async () => {
    const res = await edge.fetch('http://mewayz.localhost/__internal/purge', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-internal-secret': 'wrong' },
      body: JSON.stringify({ hosts: ['x'] }),
    });
    expect(res.status).toBe(403);
  });
});
