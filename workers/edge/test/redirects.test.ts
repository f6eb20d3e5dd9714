import { linksService, newId, shortLinkKey } from '@mewayz/core';
import { shortLinks } from '@mewayz/db/schema';
import { createPublishedSite, createTestOrg, type EdgeHarness, startEdge, testActor } from '@mewayz/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let edge: EdgeHarness;
beforeAll(async () => {
  edge = await startEdge();
});
afterAll(() => edge?.dispose());

const link = (title: string, url: string, extra: Record<string, unknown> = {}) =>
  ({
    type: 'link',
    data: { title, url },
    active: true,
    featured: false,
    sensitive: false,
    startsAt: null,
    endsAt: null,
    ...extra,
  }) as const;

describe('link redirects on a site', () => {
  it('answers 302 to the destination, passing UTM parameters through', async () => {
    const scope = await createTestOrg(edge.deps);
    const { host, blockIds } = await createPublishedSite(edge.deps, scope, {
      blocks: [link('Shop', 'https://shop.example.com/p?ref=bio')],
    });
    const res = await edge.fetch(`http://${host}/go/${blockIds[0]}?utm_source=ig&ref=override`);
    expect(res.status).toBe(302);
    const location = new URL(res.headers.get('location')!);
    expect(location.origin + location.pathname).toBe('https://shop.example.com/p');
    expect(location.searchParams.get('utm_source')).toBe('ig');
    // The destination's own parameter wins.
    expect(location.searchParams.get('ref')).toBe('bio');
    expect(res.headers.get('cache-control')).toContain('no-store');
  });

  it('keeps the query string to itself when the creator turned pass-through off', async () => {
    const scope = await createTestOrg(edge.deps);
    const { host, blockIds } = await createPublishedSite(edge.deps, scope, {
      blocks: [link('Shop', 'https://shop.example.com/')],
      settings: { passQuery: false },
    });
    const res = await edge.fetch(`http://${host}/go/${blockIds[0]}?utm_source=ig`);
    expect(res.headers.get('location')).toBe('https://shop.example.com/');
  });

  it('404s unknown ids, blocks of other sites, and links outside their schedule window', async () => {
    const scope = await createTestOrg(edge.deps);
    const past = new Date(Date.now() - 86_400_000).toISOString();
    const future = new Date(Date.now() + 86_400_000).toISOString();
    const a = await createPublishedSite(edge.deps, scope, {
      blocks: [
        link('Ended', 'https://a.example.com/', { endsAt: past }),
        link('Later', 'https://b.example.com/', { startsAt: future }),
      ],
    });
    const b = await createPublishedSite(edge.deps, scope, {
      blocks: [link('Other', 'https://c.example.com/')],
    });
    expect((await edge.fetch(`http://${a.host}/go/${a.blockIds[0]}`)).status).toBe(404);
    expect((await edge.fetch(`http://${a.host}/go/${a.blockIds[1]}`)).status).toBe(404);
    expect((await edge.fetch(`http://${a.host}/go/${b.blockIds[0]}`)).status).toBe(404);
    expect((await edge.fetch(`http://${a.host}/go/blk_nope`)).status).toBe(404);
    const page = await (await edge.fetch(`http://${a.host}/`)).text();
    expect(page).not.toContain('Ended');
    expect(page).not.toContain('Later');
  });

  it('sends /go/<block>/<n> only to the n-th link the published snapshot holds (no open redirect)', async () => {
    const scope = await createTestOrg(edge.deps);
    const { host, blockIds } = await createPublishedSite(edge.deps, scope, {
      blocks: [
        {
          type: 'social',
          data: {
            links: [
              { network: 'x', url: 'https://x.com/alice' },
              { network: 'mastodon', url: 'https://m.example/@alice' },
            ],
          },
          active: true,
          featured: false,
          sensitive: false,
          startsAt: null,
          endsAt: null,
        } as never,
      ],
    });
    const go = (path: string) => edge.fetch(`http://${host}${path}`);
    const social = blockIds[0]!;
    expect((await go(`/go/${social}/0`)).headers.get('location')).toBe('https://x.com/alice');
    const second = await go(`/go/${social}/1?utm_source=bio`);
    expect(second.status).toBe(302);
    expect(second.headers.get('location')).toBe('https://m.example/@alice?utm_source=bio');
    for (const path of [
      `/go/${social}/2`,
      `/go/${social}/-1`,
      `/go/${social}/01`,
      `/go/${social}/1e0`,
      `/go/${social}/99999`,
      `/go/${social}/https%3A%2F%2Fevil.example`,
      `/go/${social}/0?url=https://evil.example`,
    ]) {
      const res = await go(path);
      const location = res.headers.get('location');
      // A query string only travels on as parameters (UTM pass-through); it never picks the host.
      if (path.includes('?')) expect(new URL(location ?? '').origin, path).toBe('https://x.com');
      else expect([res.status, location], path).toEqual([404, null]);
    }
  });

  it('puts an age confirmation in front of a sensitive link', async () => {
    const scope = await createTestOrg(edge.deps);
    const { host, blockIds } = await createPublishedSite(edge.deps, scope, {
      blocks: [link('Spicy', 'https://spicy.example.com/', { sensitive: true })],
    });
    const gate = await edge.fetch(`http://${host}/go/${blockIds[0]}`);
    expect(gate.status).toBe(200);
    expect(await gate.text()).toContain(`/go/${blockIds[0]}?confirm=1`);
    const go = await edge.fetch(`http://${host}/go/${blockIds[0]}?confirm=1`);
    expect(go.status).toBe(302);
    expect(go.headers.get('location')).toBe('https://spicy.example.com/');
  });
});

describe('short links', () => {
  async function addShortLink(code: string, values: Partial<typeof shortLinks.$inferInsert> = {}) {
    const scope = await createTestOrg(edge.deps);
    const id = newId('shortLink');
    await scope.insert(shortLinks, {
      id,
      domain: 'mewayz.localhost',
      code,
      url: 'https://dest.example.com/x',
      ...values,
    });
    return { scope, id };
  }

  it('resolves /<code> on the short domain from MySQL, then from Redis', async () => {
    const code = `c${Date.now().toString(36)}`;
    await addShortLink(code);
    const res = await edge.fetch(`http://mewayz.localhost/${code}?utm_medium=qr`);
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('https://dest.example.com/x?utm_medium=qr');
    expect(await edge.deps.redis.get(`shortlink:mewayz.localhost/${code}`)).toMatchObject({
      url: 'https://dest.example.com/x',
    });
  });

  it('sends expired links to their fallback, or 404 without one', async () => {
    const past = new Date(Date.now() - 1000);
    const a = `exp${Date.now().toString(36)}`;
    await addShortLink(a, { expiresAt: past, fallbackUrl: 'https://fallback.example.com/' });
    const res = await edge.fetch(`http://mewayz.localhost/${a}`);
    expect(res.headers.get('location')).toBe('https://fallback.example.com/');
    const b = `exq${Date.now().toString(36)}`;
    await addShortLink(b, { expiresAt: past });
    expect((await edge.fetch(`http://mewayz.localhost/${b}`)).status).toBe(404);
  });

  it('shows a change made through the links service on the very next click, and a delete too', async () => {
    const scope = await createTestOrg(edge.deps);
    const link = await linksService.createShortLink(edge.deps, scope, testActor, {
      url: 'https://first.example.com/',
      passQuery: false,
      active: true,
    });
    const click = () => edge.fetch(`http://mewayz.localhost/${link.code}`);
    // Clicks right after one another share the lookup; none of them may hide the update below.
    for (let i = 0; i < 3; i++)
      expect((await click()).headers.get('location')).toBe('https://first.example.com/');
    await linksService.updateShortLink(edge.deps, scope, testActor, link.id, {
      url: 'https://second.example.com/',
    });
    expect((await click()).headers.get('location')).toBe('https://second.example.com/');
    await linksService.deleteShortLink(edge.deps, scope, testActor, link.id);
    expect((await click()).status).toBe(404);
  });

  it('404s unknown and malformed codes', async () => {
    expect((await edge.fetch('http://mewayz.localhost/definitely-not-a-code-xyz')).status).toBe(404);
    expect((await edge.fetch('http://mewayz.localhost/%3Cscript%3E')).status).toBe(404);
  });

  it('follows the cached copy written by the links service', async () => {
    const code = `k${Date.now().toString(36)}`;
    // What the links service stores in Redis for the edge (go-live's serveShortLink).
    const target = {
      id: 'lnk_cached',
      organizationId: 'org_x',
      url: 'https://cached.example.com/',
      fallbackUrl: null,
      startsAt: null,
      expiresAt: null,
      passQuery: false,
      active: true,
    };
    await edge.deps.redis.set(shortLinkKey('mewayz.localhost', code), JSON.stringify(target));
    const res = await edge.fetch(`http://mewayz.localhost/${code}?utm_source=x`);
    expect(res.headers.get('location')).toBe('https://cached.example.com/');
  });
});
