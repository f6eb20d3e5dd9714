import { type IncomingHttpHeaders, request } from 'node:http';
import { gunzipSync } from 'node:zlib';
import {
  campaignsService,
  domainsService,
  fakeResolver,
  setFakeTxtRecords,
  sitesService,
} from '@mewayz/core';
import { dbOf } from '@mewayz/core/admin';
import { contacts, emailOutbox } from '@mewayz/db/schema';
import {
  createPublishedSite,
  createTenant,
  createTestOrg,
  type EdgeHarness,
  emailSignupBlock,
  startEdge,
  testActor,
} from '@mewayz/testing';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let edge: EdgeHarness;
beforeAll(async () => {
  edge = await startEdge({ edgeVars: { EDGE_DEBUG_HEADERS: 'on' } });
});
afterAll(() => edge?.dispose());

describe('bio site pages at the edge', () => {
  it('gives every answer its own request id: pages (rendered, cached, 304), redirects, 404s and the API', async () => {
    const scope = await createTestOrg(edge.deps);
    const { host, blockIds } = await createPublishedSite(edge.deps, scope);
    const ids: string[] = [];
    const idOf = async (res: Response) => {
      await res.arrayBuffer();
      const id = res.headers.get('x-request-id') ?? '';
      expect(id).toMatch(/^req_[0-9a-z]{26}$/);
      ids.push(id);
      return id;
    };
    const first = await edge.fetch(`http://${host}/`);
    const etag = first.headers.get('etag')!;
    await idOf(first);
    await idOf(await edge.fetch(`http://${host}/`));
    const notModified = await edge.fetch(`http://${host}/`, { headers: { 'if-none-match': etag } });
    expect(notModified.status).toBe(304);
    await idOf(notModified);
    const redirect = await edge.fetch(`http://${host}/go/${blockIds[0]}`, { redirect: 'manual' });
    expect(redirect.status).toBe(302);
    await idOf(redirect);
    const missing = await edge.fetch(`http://${host}/no-such-page`);
    expect(missing.status).toBe(404);
    await idOf(missing);
    const tenant = await createTenant(edge.deps);
    const api = await edge.fetch(`http://${edge.deps.config.rootDomain}/api/v1/me`, {
      headers: { authorization: `Bearer ${tenant.token}` },
    });
    const apiId = api.headers.get('x-request-id');
    expect(api.status).toBe(200);
    expect(((await api.clone().json()) as { meta: { request_id: string } }).meta.request_id).toBe(apiId);
    await idOf(api);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('renders a published site on its subdomain with zero scripts and a strict CSP', async () => {
    const scope = await createTestOrg(edge.deps);
    const { host } = await createPublishedSite(edge.deps, scope);
    const res = await edge.fetch(`http://${host}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    const html = await res.text();
    expect(html).toContain('Alice Rivera');
    expect(html).not.toMatch(/<script/i);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serves an unknown ?play id as the plain page (query strings cannot multiply cache entries)', async () => {
    const scope = await createTestOrg(edge.deps);
    const { host } = await createPublishedSite(edge.deps, scope);
    const plain = await edge.fetch(`http://${host}/`);
    const etag = plain.headers.get('etag');
    await plain.text();
    const junk = await edge.fetch(`http://${host}/?play=blk_random&subscribed=zzz&utm_source=x`);
    expect(junk.headers.get('x-mewayz-cache')).toBe('HIT');
    expect(junk.headers.get('etag')).toBe(etag);
    await junk.text();
  });

  it('serves the second request from the edge cache and answers 304 to a matching ETag', async () => {
    const scope = await createTestOrg(edge.deps);
    const { host } = await createPublishedSite(edge.deps, scope);
    const first = await edge.fetch(`http://${host}/`);
    expect(first.headers.get('x-mewayz-cache')).toBe('MISS');
    await first.text();
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"1-[0-9a-f]{16}"$/);
    // cache.put runs in waitUntil; give it a moment to land.
    let second: Response | null = null;
    for (let i = 0; i < 20; i++) {
      second = await edge.fetch(`http://${host}/`);
      await second.text();
      if (second.headers.get('x-mewayz-cache') === 'HIT') break;
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(second?.headers.get('x-mewayz-cache')).toBe('HIT');
    expect(second?.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate');
    const revalidate = await edge.fetch(`http://${host}/`, { headers: { 'if-none-match': etag! } });
    expect(revalidate.status).toBe(304);
  });

  it('shows a publish on the very next request, and never shows unpublished draft edits', async () => {
    const scope = await createTestOrg(edge.deps);
    const { site, host } = await createPublishedSite(edge.deps, scope);
    await (await edge.fetch(`http://${host}/`)).text();
    await sitesService.updateSite(edge.deps, scope, testActor, site.id, { name: 'Draft Name Not Live' });
    const stillOld = await (await edge.fetch(`http://${host}/`)).text();
    expect(stillOld).not.toContain('Draft Name Not Live');
    await sitesService.publishSite(edge.deps, scope, testActor, site.id);
    const fresh = await edge.fetch(`http://${host}/`);
    expect(await fresh.text()).toContain('Draft Name Not Live');
    expect(fresh.headers.get('etag')).toMatch(/^"2-/);
  });

  it('stays fresh under concurrent load: every request that starts after a publish sees it, none fails', async () => {
    const scope = await createTestOrg(edge.deps);
    const { site, host } = await createPublishedSite(edge.deps, scope);
    let published = false;
    let stop = false;
    const seen: { afterPublish: boolean; status: number; fresh: boolean }[] = [];
    // Concurrent visitors of one host: their version lookups are shared (ReadCollapser) in the isolate.
    const visitor = async () => {
      while (!stop) {
        const afterPublish = published;
        const res = await edge.fetch(`http://${host}/`);
        const html = await res.text();
        seen.push({ afterPublish, status: res.status, fresh: html.includes('Second Edition') });
      }
    };
    const visitors = Array.from({ length: 16 }, visitor);
    await new Promise((r) => setTimeout(r, 300));
    await sitesService.updateSite(edge.deps, scope, testActor, site.id, { name: 'Second Edition' });
    await sitesService.publishSite(edge.deps, scope, testActor, site.id);
    published = true;
    // Run until enough requests started after the publish (a busy machine serves fewer per second).
    const deadline = Date.now() + 10_000;
    while (seen.filter((s) => s.afterPublish).length <= 32 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 50));
    }
    stop = true;
    await Promise.all(visitors);
    expect(seen.every((s) => s.status === 200)).toBe(true);
    expect(seen.filter((s) => !s.afterPublish).length).toBeGreaterThan(16);
    const after = seen.filter((s) => s.afterPublish);
    expect(after.length).toBeGreaterThan(16);
    expect(after.filter((s) => !s.fresh)).toEqual([]);
  });

  it('moves canonical URLs to a custom domain the moment it is verified, and back when it is removed', async () => {
    const scope = await createTestOrg(edge.deps);
    const { site, host } = await createPublishedSite(edge.deps, scope);
    const canonical = async (on: string) =>
      /<link rel="canonical" href="([^"]+)"/.exec(await (await edge.fetch(`http://${on}/`)).text())?.[1];
    expect(await canonical(host)).toBe(`http://${host}/`);
    // Several visits: the page is now held in the isolate and the edge cache under its pointer.
    expect(await canonical(host)).toBe(`http://${host}/`);
    const custom = `links-${Date.now().toString(36)}.example.org`;
    const domain = await domainsService.addDomain(edge.deps, scope, testActor, {
      siteId: site.id,
      hostname: custom,
    });
    await setFakeTxtRecords(edge.deps.redis, domain.dnsRecords[0]!.name, [domain.dnsRecords[0]!.value]);
    const resolver = fakeResolver(edge.deps.redis);
    expect((await domainsService.verifyDomain(edge.deps, scope, testActor, domain.id, resolver)).status).toBe(
      'verified',
    );
    expect(await canonical(host)).toBe(`http://${custom}/`);
    expect(await canonical(custom)).toBe(`http://${custom}/`);
    await domainsService.removeDomain(edge.deps, scope, testActor, domain.id);
    expect(await canonical(host)).toBe(`http://${host}/`);
    expect((await edge.fetch(`http://${custom}/`)).status).toBe(404);
  });

  it('falls back to MySQL when Redis lost the snapshot, and writes it back', async () => {
    const scope = await createTestOrg(edge.deps);
    const { host } = await createPublishedSite(edge.deps, scope);
    await edge.deps.redis.del(`site:${host}`, `sitever:${host}`);
    await edge.deps.purger.purgeHosts([host]);
    const res = await edge.fetch(`http://${host}/robots.txt`);
    expect(res.status).toBe(200);
    expect(res.headers.get('x-mewayz-source')).toBe('db');
    expect(await edge.deps.redis.get(`site:${host}`)).toMatchObject({ slug: host.split('.')[0] });
  });

  it('serves robots.txt and sitemap.xml per site, honouring noindex', async () => {
    const scope = await createTestOrg(edge.deps);
    const { site, host } = await createPublishedSite(edge.deps, scope);
    const robots = await (await edge.fetch(`http://${host}/robots.txt`)).text();
    expect(robots).toContain(`Sitemap: http://${host}/sitemap.xml`);
    const sitemap = await edge.fetch(`http://${host}/sitemap.xml`);
    expect(sitemap.headers.get('content-type')).toContain('xml');
    expect(await sitemap.text()).toContain(`<loc>http://${host}/</loc>`);
    await sitesService.updateSite(edge.deps, scope, testActor, site.id, { seo: { noindex: true } });
    await sitesService.publishSite(edge.deps, scope, testActor, site.id);
    expect(await (await edge.fetch(`http://${host}/robots.txt`)).text()).toMatch(/Disallow: \/\s*$/m);
    expect(await (await edge.fetch(`http://${host}/`)).text()).toContain('name="robots" content="noindex');
  });

  it('keeps an unpublished site and a deleted site off the web', async () => {
    const scope = await createTestOrg(edge.deps);
    const draft = await sitesService.createSite(edge.deps, scope, testActor, {
      slug: `draft-${Date.now()}`,
      name: 'Draft',
    });
    const res = await edge.fetch(`http://${draft.slug}.mewayz.localhost/`);
    expect(res.status).toBe(404);
    const { site, host } = await createPublishedSite(edge.deps, scope);
    expect((await edge.fetch(`http://${host}/`)).status).toBe(200);
    await sitesService.deleteSite(edge.deps, scope, testActor, site.id);
    expect((await edge.fetch(`http://${host}/`)).status).toBe(404);
  });

  it('lets nobody keep the 404 of a site opened before it is published: the publish shows on the next request', async () => {
    const scope = await createTestOrg(edge.deps);
    const draft = await sitesService.createSite(edge.deps, scope, testActor, {
      slug: `early-${Date.now().toString(36)}`,
      name: 'Early Bird',
    });
    const host = `${draft.slug}.mewayz.localhost`;
    for (let i = 0; i < 3; i++) {
      const early = await edge.fetch(`http://${host}/`);
      expect(early.status).toBe(404);
      // No browser or shared cache may keep "no site here" past the publish.
      expect(early.headers.get('cache-control')).toBe('no-store');
      await early.text();
    }
    // The edge itself remembered the host as missing (Redis marker, cached pointer, isolate read).
    expect(await edge.deps.redis.get(`sitever:${host}`)).toBe('missing');
    await sitesService.publishSite(edge.deps, scope, testActor, draft.id);
    const live = await edge.fetch(`http://${host}/`);
    expect(live.status).toBe(200);
    expect(await live.text()).toContain('Early Bird');
    const unknown = await edge.fetch(`http://${host}/no-such-page`);
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('cache-control')).toBe('no-store');
  });

  it('sends the x-mewayz-* diagnostics when EDGE_DEBUG_HEADERS is on (workerd-serve.test.ts: off by default)', async () => {
    const scope = await createTestOrg(edge.deps);
    const { host } = await createPublishedSite(edge.deps, scope);
    const debug = await edge.fetch(`http://${host}/`);
    await debug.text();
    expect(debug.headers.get('x-mewayz-cache')).toMatch(/^(HIT|MISS)$/);
    expect(debug.headers.get('x-mewayz-source')).toMatch(/^(memory|redis|db)$/);
  });

  it('gates a sensitive site behind an age confirmation that works without JavaScript', async () => {
    const scope = await createTestOrg(edge.deps);
    const { host } = await createPublishedSite(edge.deps, scope, { settings: { sensitive: true } });
    const gate = await (await edge.fetch(`http://${host}/`)).text();
    expect(gate).toContain('action="/age-confirm"');
    expect(gate).not.toContain('Night Drive');
    const confirm = await edge.fetch(`http://${host}/age-confirm`, { method: 'POST' });
    expect(confirm.status).toBe(303);
    const cookie = confirm.headers.get('set-cookie') ?? '';
    expect(cookie).toContain('mwz_age=1');
    expect(cookie).toContain('HttpOnly');
    const page = await (await edge.fetch(`http://${host}/`, { headers: { cookie: 'mwz_age=1' } })).text();
    expect(page).toContain('Night Drive');
  });

  it('loads an embed player only when the visitor asks for it', async () => {
    const scope = await createTestOrg(edge.deps);
    const { host, blockIds } = await createPublishedSite(edge.deps, scope, {
      blocks: [
        {
          type: 'embed',
          data: { provider: 'youtube', url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ' },
          active: true,
          featured: false,
          sensitive: false,
          startsAt: null,
          endsAt: null,
        },
      ],
    });
    const card = await (await edge.fetch(`http://${host}/`)).text();
    expect(card).not.toContain('<iframe');
    expect(card).toContain(`?play=${blockIds[0]}`);
    const played = await edge.fetch(`http://${host}/?play=${blockIds[0]}`);
    expect(await played.text()).toContain('youtube-nocookie.com/embed/dQw4w9WgXcQ');
    expect(played.headers.get('content-security-policy')).toContain('frame-src');
  });
});

describe('creator media', () => {
  it('serves uploaded avatars from R2 with immutable caching, and nothing outside the media keys', async () => {
    const scope = await createTestOrg(edge.deps);
    const { host, site } = await createPublishedSite(edge.deps, scope);
    const bucket = await edge.mf.getR2Bucket('MEDIA');
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const key = `avatars/${scope.orgId}/${site.id}/abc123.png`;
    await bucket.put(key, png);
    const res = await edge.fetch(`http://${host}/media/${key}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(res.headers.get('cache-control')).toContain('immutable');
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(png);
    expect((await edge.fetch(`http://${host}/media/avatars/../secret.png`)).status).toBe(404);
    expect((await edge.fetch(`http://${host}/media/other/key.txt`)).status).toBe(404);
  });

  it('answers the resized-copy URLs of srcset with the original locally, and only for the options pages write', async () => {
    const scope = await createTestOrg(edge.deps);
    const { host, site } = await createPublishedSite(edge.deps, scope);
    const bucket = await edge.mf.getR2Bucket('MEDIA');
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0b]);
    const key = `images/${scope.orgId}/${site.id}/wide1.png`;
    await bucket.put(key, png);
    const res = await edge.fetch(
      `http://${host}/cdn-cgi/image/width=640,fit=scale-down,format=auto/media/${key}`,
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(png);
    for (const path of [
      `width=640,fit=cover,format=auto/media/${key}`, // options we never write
      `width=99999,fit=scale-down,format=auto/media/${key}`,
      'width=640,fit=scale-down,format=auto/media/avatars/../secret.png',
      `width=640,fit=scale-down,format=auto/https://evil.example/x.png`,
      'width=640,fit=scale-down,format=auto',
    ])
      expect((await edge.fetch(`http://${host}/cdn-cgi/image/${path}`)).status).toBe(404);
  });

  it('serves the demo artwork from the site itself, sandboxed', async () => {
    const scope = await createTestOrg(edge.deps);
    const { host } = await createPublishedSite(edge.deps, scope);
    const res = await edge.fetch(`http://${host}/media/demo/avatar.svg`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/svg+xml');
    expect(res.headers.get('content-security-policy')).toContain('sandbox');
    expect(await res.text()).toContain('<svg');
    expect((await edge.fetch(`http://${host}/media/demo/nope.svg`)).status).toBe(404);
  });
});

describe('email signup block', () => {
  const signup = emailSignupBlock;
  const form = (fields: Record<string, string>) => ({
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
  });

  it('stores the subscriber in the site’s organization and thanks them, without JavaScript', async () => {
    const scope = await createTestOrg(edge.deps);
    const { host, blockIds } = await createPublishedSite(edge.deps, scope, { blocks: [signup] });
    const res = await edge.fetch(
      `http://${host}/subscribe`,
      form({ block: blockIds[0]!, email: 'Fan@Example.com', website: '' }),
    );
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/?subscribed=${blockIds[0]}#b-${blockIds[0]}`);
    const rows = await scope.list(contacts);
    expect(rows.map((r) => [r.email, r.source])).toEqual([['fan@example.com', 'signup_form']]);
    const again = await edge.fetch(
      `http://${host}/subscribe`,
      form({ block: blockIds[0]!, email: 'fan@example.com' }),
    );
    expect(again.status).toBe(303);
    expect(await scope.count(contacts)).toBe(1);
    const thanks = await (
      await edge.fetch(`http://${host}${res.headers.get('location')!.split('#')[0]}`)
    ).text();
    expect(thanks).toContain('Welcome aboard!');
  });

  it('stores nothing for bots filling the honeypot, bad emails or wrong blocks', async () => {
    const scope = await createTestOrg(edge.deps);
    const { host, blockIds } = await createPublishedSite(edge.deps, scope, { blocks: [signup] });
    const bot = await edge.fetch(
      `http://${host}/subscribe`,
      form({ block: blockIds[0]!, email: 'bot@example.com', website: 'http://spam' }),
    );
    expect(bot.status).toBe(303);
    expect(
      (await edge.fetch(`http://${host}/subscribe`, form({ block: blockIds[0]!, email: 'not-an-email' })))
        .status,
    ).toBe(422);
    expect(
      (await edge.fetch(`http://${host}/subscribe`, form({ block: 'blk_other', email: 'a@example.com' })))
        .status,
    ).toBe(422);
    const json = await edge.fetch(`http://${host}/subscribe`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ block: blockIds[0], email: 'a@example.com' }),
    });
    expect(json.status).toBe(415);
    expect(await scope.count(contacts)).toBe(0);
  });

  it('with double opt-in, asks for the emailed confirmation and subscribes on its button, not on a GET', async () => {
    const scope = await createTestOrg(edge.deps);
    await campaignsService.updateSenderSettings(edge.deps, scope, testActor, {
      postalAddress: '1 Main St',
      doubleOptIn: true,
    });
    const { host, blockIds } = await createPublishedSite(edge.deps, scope, { blocks: [signup] });
    const res = await edge.fetch(
      `http://${host}/subscribe`,
      form({ block: blockIds[0]!, email: 'Dee@Example.com' }),
    );
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/?subscribed=${blockIds[0]}&confirm=1#b-${blockIds[0]}`);
    const waiting = await (
      await edge.fetch(`http://${host}${res.headers.get('location')!.split('#')[0]}`)
    ).text();
    expect(waiting).toContain('Open it to confirm your subscription');
    expect(waiting).not.toContain('Welcome aboard!');
    const [row] = await scope.list(contacts);
    expect(row?.consentStatus).toBe('pending');

    const mails = await dbOf(edge.deps)
      .select()
      .from(emailOutbox)
      .where(eq(emailOutbox.toAddress, 'dee@example.com'));
    expect(mails.map((m) => m.subject)).toEqual(['Confirm your subscription to Alice Rivera']);
    const link = new URL(/http:\/\/\S+\/subscribe\/confirm\/\S+/.exec(mails[0]!.textBody!)![0]);
    expect(link.host).toBe(host);
    // Opening the link (as a mail scanner does) shows a button and changes nothing.
    const ask = await edge.fetch(link.href);
    expect(ask.status).toBe(200);
    expect(ask.headers.get('cache-control')).toContain('no-store');
    const askHtml = await ask.text();
    expect(askHtml).toContain('<form method="post"');
    expect(askHtml).not.toContain('<script');
    expect((await scope.list(contacts))[0]?.consentStatus).toBe('pending');
    const done = await edge.fetch(link.href, { method: 'POST' });
    expect(done.status).toBe(200);
    expect(await done.text()).toContain('You are subscribed');
    const [confirmed] = await scope.list(contacts);
    expect([confirmed?.consentStatus, confirmed?.consentMethod]).toEqual(['subscribed', 'double_opt_in']);
    // The token works on its own site only, and a forged one nowhere.
    const other = await createPublishedSite(edge.deps, scope, { blocks: [signup] });
    expect((await edge.fetch(`http://${other.host}${link.pathname}`, { method: 'POST' })).status).toBe(404);
    expect((await edge.fetch(`http://${host}${link.pathname}x`, { method: 'POST' })).status).toBe(404);
    expect((await edge.fetch(`http://${host}/subscribe/confirm/nonsense`)).status).toBe(404);
  });
});

describe('compression', () => {
  it('sends pre-gzipped pages to clients that accept gzip, plain bytes to others', async () => {
    const scope = await createTestOrg(edge.deps);
    const { host } = await createPublishedSite(edge.deps, scope);
    const plain = await edge.fetch(`http://${host}/`, { headers: { 'accept-encoding': 'identity' } });
    const plainHtml = await plain.text();
    expect(plain.headers.get('content-encoding')).toBeNull();
    // A raw HTTP request, so no client library decompresses behind our back.
    const base = await edge.mf.ready;
    const raw = await new Promise<{ headers: IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
      const req = request(base, { headers: { host, 'accept-encoding': 'gzip, br' } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (d: Buffer) => chunks.push(d));
        res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
      });
      req.on('error', reject);
      req.end();
    });
    expect(raw.headers['content-encoding']).toBe('gzip');
    expect(raw.headers.vary).toContain('accept-encoding');
    expect(raw.body.length).toBeLessThan(plainHtml.length / 2);
    expect(gunzipSync(raw.body).toString('utf8')).toBe(plainHtml);
  });
});
