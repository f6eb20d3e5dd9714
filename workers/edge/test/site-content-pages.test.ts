import { email, sitesService } from '@mewayz/core';
import { dbOf } from '@mewayz/core/admin';
import { analyticsEvents, contactMessages } from '@mewayz/db/schema';
import { demoPages } from '@mewayz/render';
import {
  createPublishedSite,
  createTenant,
  type EdgeHarness,
  eventually,
  startEdge,
  testActor,
  untilCacheHit,
} from '@mewayz/testing';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let edge: EdgeHarness;
beforeAll(async () => {
  edge = await startEdge({ edgeVars: { EDGE_DEBUG_HEADERS: 'on' } });
});
afterAll(() => edge?.dispose());

/** A tenant (with an owner to email) and a published site with the demo pages: About, FAQ, a 404 page. */
async function siteWithPages() {
  const tenant = await createTenant(edge.deps);
  const { site, host } = await createPublishedSite(edge.deps, tenant.scope);
  const pages: Record<string, { id: string; sections: string[] }> = {};
  for (const demo of demoPages()) {
    const page = await sitesService.createPage(edge.deps, tenant.scope, testActor, site.id, demo.page);
    const sections: string[] = [];
    for (const s of demo.sections)
      sections.push((await sitesService.createSection(edge.deps, tenant.scope, testActor, page.id, s)).id);
    pages[demo.page.slug] = { id: page.id, sections };
  }
  await sitesService.publishSite(edge.deps, tenant.scope, testActor, site.id);
  return { tenant, site, host, pages };
}

const form = (fields: Record<string, string>, headers: Record<string, string> = {}): RequestInit => ({
  method: 'POST',
  redirect: 'manual',
  headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
  body: new URLSearchParams(fields).toString(),
});

const untilHit = (url: string) => untilCacheHit(edge, url);

describe('section pages at the edge', () => {
  it('serves a published page at its slug with zero scripts, caches it, and counts the view', async () => {
    const { site, host } = await siteWithPages();
    const first = await edge.fetch(`http://${host}/about`);
    expect(first.status).toBe(200);
    expect(first.headers.get('x-mewayz-cache')).toBe('MISS');
    const html = await first.text();
    expect(html).toContain('Hi, I’m Alice');
    expect(html).toContain('<nav class="nv" aria-label="Site">');
    expect(html).toContain('href="/faq"');
    expect(html).not.toMatch(/<script/i);
    expect(first.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect((await untilHit(`http://${host}/about`)).headers.get('x-mewayz-cache')).toBe('HIT');
    // Query strings that name nothing of the page are the same cache entry.
    const junk = await edge.fetch(`http://${host}/about?play=sec_nope&sent=x&utm_source=y`);
    expect(junk.headers.get('x-mewayz-cache')).toBe('HIT');
    await junk.text();
    await eventually(async () => {
      const rows = await dbOf(edge.deps)
        .select()
        .from(analyticsEvents)
        .where(and(eq(analyticsEvents.siteId, site.id), eq(analyticsEvents.kind, 'view')));
      return rows.length >= 3;
    });
    // The home page gains the menus; the existing routes are unchanged.
    const home = await edge.fetch(`http://${host}/`);
    expect(await home.text()).toContain('href="/about"');
    const sitemap = await (await edge.fetch(`http://${host}/sitemap.xml`)).text();
    expect(sitemap).toContain(`/about</loc>`);
    expect(sitemap).toContain(`/faq</loc>`);
    expect(sitemap).not.toContain('/not-found');
    expect((await edge.fetch(`http://${host}/robots.txt`)).status).toBe(200);
  });

  it('answers unknown paths with the site’s own 404 page, never kept, and drafts are not served', async () => {
    const { tenant, site, host } = await siteWithPages();
    for (const path of ['/no-such-page', '/a/b/c', '/not-found', '/store', '/p/nothing', '/ABOUT']) {
      const res = await edge.fetch(`http://${host}${path}`, { headers: { 'accept-encoding': 'gzip' } });
      expect(res.status, path).toBe(404);
      expect(res.headers.get('cache-control')).toBe('no-store');
      expect(res.headers.get('etag')).toBeNull();
      const html = await res.text();
      expect(html, path).toContain('This page wandered off');
      expect(html).toContain('content="noindex"');
    }
    await sitesService.createPage(edge.deps, tenant.scope, testActor, site.id, {
      slug: 'later',
      title: 'Later',
      nav: 'header',
      seo: { noindex: false },
      published: false,
      role: 'page',
    });
    await sitesService.publishSite(edge.deps, tenant.scope, testActor, site.id);
    expect((await edge.fetch(`http://${host}/later`)).status).toBe(404);
    // A site without a 404 page of its own answers the platform's.
    const plain = await createPublishedSite(edge.deps, tenant.scope);
    const res = await edge.fetch(`http://${plain.host}/nothing-here`);
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('There is nothing here');
  });

  it('shows a publish and a rollback on the very next request', async () => {
    const { tenant, site, host, pages } = await siteWithPages();
    const about = pages.about!;
    expect(await (await edge.fetch(`http://${host}/about`)).text()).toContain('Hi, I’m Alice');
    await untilHit(`http://${host}/about`);
    await sitesService.updateSection(edge.deps, tenant.scope, testActor, about.id, about.sections[0]!, {
      data: { heading: 'A brand new heading' },
    });
    await sitesService.publishSite(edge.deps, tenant.scope, testActor, site.id);
    expect(await (await edge.fetch(`http://${host}/about`)).text()).toContain('A brand new heading');
    const [, previous] = await sitesService.listVersions(tenant.scope, site.id);
    await sitesService.rollbackSite(edge.deps, tenant.scope, testActor, site.id, previous!.version);
    const back = await edge.fetch(`http://${host}/about`);
    const html = await back.text();
    expect(html).toContain('Hi, I’m Alice');
    expect(html).not.toContain('A brand new heading');
  });

  it('stores a contact message and emails it to the creator; the honeypot stores nothing', async () => {
    const { tenant, site, host, pages } = await siteWithPages();
    const sectionId = pages.about!.sections[4]!;
    const res = await edge.fetch(
      `http://${host}/contact`,
      form({
        section: sectionId,
        name: 'Bob',
        email: 'Bob@Example.com',
        message: 'Loved the album!',
        website: '',
      }),
    );
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/about?sent=${sectionId}#s-${sectionId}`);
    const rows = await tenant.scope.list(contactMessages, eq(contactMessages.siteId, site.id));
    expect(rows.map((r) => [r.name, r.email, r.message])).toEqual([
      ['Bob', 'bob@example.com', 'Loved the album!'],
    ]);
    await eventually(async () =>
      (await email.listOutbox(dbOf(edge.deps), { to: tenant.user.email })).some((m) =>
        m.text.includes('Loved the album!'),
      ),
    );
    const thanks = await (await edge.fetch(`http://${host}/about?sent=${sectionId}`)).text();
    expect(thanks).toContain('Thanks! Your message was sent.');
    expect(thanks).not.toContain('action="/contact"');

    const bot = await edge.fetch(
      `http://${host}/contact`,
      form({
        section: sectionId,
        name: 'Bot',
        email: 'bot@example.com',
        message: 'spam',
        website: 'x.example',
      }),
    );
    expect(bot.status).toBe(303);
    expect(await tenant.scope.count(contactMessages, eq(contactMessages.siteId, site.id))).toBe(1);
  });

  it('limits contact floods per client address with 429 and Retry-After', async () => {
    const { tenant, site, host, pages } = await siteWithPages();
    const sectionId = pages.about!.sections[4]!;
    const send = (ip: string) =>
      edge.fetch(
        `http://${host}/contact`,
        form(
          { section: sectionId, name: 'Eve', email: 'eve@example.com', message: 'hi' },
          { 'cf-connecting-ip': ip },
        ),
      );
    for (let i = 0; i < 5; i++) expect((await send('203.0.113.9')).status).toBe(303);
    const limited = await send('203.0.113.9');
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await limited.text()).toContain('Too many messages');
    expect((await send('203.0.113.10')).status).toBe(303);
    expect(await tenant.scope.count(contactMessages, eq(contactMessages.siteId, site.id))).toBe(6);
  });

  it('answers hostile contact forms with 4xx and stores nothing', async () => {
    const { tenant, site, host, pages } = await siteWithPages();
    const sectionId = pages.about!.sections[4]!;
    const heroId = pages.about!.sections[0]!;
    const ok = { section: sectionId, name: 'Mallory', email: 'm@example.com', message: 'hi' };
    const cases: [string, RequestInit, number][] = [
      ['missing fields', form({ section: sectionId }), 422],
      ['bad email', form({ ...ok, email: 'not-an-email' }), 422],
      ['not a contact form section', form({ ...ok, section: heroId }), 422],
      ['malformed section id', form({ ...ok, section: "sec_'; DROP TABLE x;--" }), 422],
      ['a section of another site', form({ ...ok, section: 'sec_01jd3v6w0m8x9y2z3a4b5c6d7e' }), 422],
      ['control characters in the name', form({ ...ok, name: 'a\u0000b' }), 422],
      ['a message too long', form({ ...ok, message: 'x'.repeat(4001) }), 422],
      ['a body too large', form({ ...ok, message: 'x'.repeat(30_000) }), 413],
      [
        'JSON',
        { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(ok) },
        415,
      ],
      ['no content type', { method: 'POST', body: 'section=x' }, 415],
      [
        'multipart without a boundary',
        { method: 'POST', headers: { 'content-type': 'multipart/form-data' }, body: 'x' },
        400,
      ],
    ];
    for (const [name, init, status] of cases) {
      const res = await edge.fetch(`http://${host}/contact`, { redirect: 'manual', ...init });
      expect(res.status, name).toBe(status);
      await res.text();
    }
    expect(await tenant.scope.count(contactMessages, eq(contactMessages.siteId, site.id))).toBe(0);
  });
});
