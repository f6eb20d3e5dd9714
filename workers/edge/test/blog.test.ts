import { blogService, domainsService, fakeResolver, setFakeTxtRecords, sitesService } from '@mewayz/core';
import { dbOf } from '@mewayz/core/admin';
import { analyticsEvents } from '@mewayz/db/schema';
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
import { childOf, childrenOf, parseXml } from './strict-xml.ts';

let edge: EdgeHarness;
beforeAll(async () => {
  edge = await startEdge({ edgeVars: { EDGE_DEBUG_HEADERS: 'on' } });
});
afterAll(() => edge?.dispose());

const hostileTitle = 'Tags & <script>alert("t")</script> ]]> “quotes”';
const hostileBody =
  '<script>alert(1)</script>\n\n<img src=x onerror=alert(2)>\n\n[click](javascript:alert(3)) and [ok](https://example.com/ok) ]]>';

/**
 * A published site with a blog: eleven published posts (two index pages), one of them hostile and
 * tagged, one kept out of search, plus a draft and a post scheduled for tomorrow.
 */
async function siteWithBlog() {
  const tenant = await createTenant(edge.deps);
  const { site, host } = await createPublishedSite(edge.deps, tenant.scope);
  const write = (input: Parameters<typeof blogService.createPost>[4]) =>
    blogService.createPost(edge.deps, tenant.scope, testActor, site.id, input);
  const publish = (id: string, publishedAt?: string) =>
    blogService.publishPost(edge.deps, tenant.scope, testActor, id, publishedAt ? { publishedAt } : {});
  const day = (n: number) => new Date(Date.UTC(2026, 0, 1 + n, 9)).toISOString();
  for (let i = 1; i <= 9; i++)
    await publish((await write({ title: `Old post ${i}`, body: 'Words.' })).id, day(i));
  const hostile = await write({
    title: hostileTitle,
    slug: 'hostile',
    body: hostileBody,
    excerpt: 'An <b>excerpt</b> & more',
    tags: ['kiln', 'glazes'],
    coverKey: 'demo/course-glaze.svg',
    coverAlt: 'Glazed bowls',
  });
  await publish(hostile.id, day(20));
  const hidden = await write({ title: 'Hidden from search', seo: { noindex: true } });
  await publish(hidden.id, day(15));
  const draft = await write({ title: 'Only a draft', slug: 'draft-post', tags: ['kiln'] });
  const future = await write({ title: 'Tomorrow', slug: 'tomorrow', tags: ['kiln'] });
  await publish(future.id, new Date(Date.now() + 86_400_000).toISOString());
  return { tenant, site, host, hostile, hidden, draft, future, publish, write };
}

let blog: Awaited<ReturnType<typeof siteWithBlog>>;
beforeAll(async () => {
  blog = await siteWithBlog();
});

const untilHit = (url: string) => untilCacheHit(edge, url);

describe('the blog at the edge', () => {
  it('serves the index newest first, paged, with covers, dates, reading times and tags, cached like pages', async () => {
    const { host } = blog;
    const res = await edge.fetch(`http://${host}/blog`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate');
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await res.text();
    expect(html).not.toMatch(/<script/i);
    const titles = [...html.matchAll(/<h2><a href="\/blog\/([^"]+)">/g)].map((m) => m[1]);
    expect(titles).toHaveLength(10);
    expect(titles[0]).toBe('hostile');
    expect(titles[1]).toBe('hidden-from-search');
    expect(titles.slice(2)).toEqual([
      'old-post-9',
      'old-post-8',
      'old-post-7',
      'old-post-6',
      'old-post-5',
      'old-post-4',
      'old-post-3',
      'old-post-2',
    ]);
    expect(html).not.toContain('draft-post');
    expect(html).not.toContain('/blog/tomorrow');
    expect(html).toContain(
      '<img src="http://' + host + '/media/demo/course-glaze.svg" width="112" height="84" alt="Glazed bowls"',
    );
    expect(html).toContain('<time datetime="2026-01-21T09:00:00.000Z">January 21, 2026</time>');
    expect(html).toContain('1 min read');
    expect(html).toContain('href="/blog/tag/kiln"');
    expect(html).toContain(
      `<link rel="alternate" type="application/rss+xml" title="RSS" href="http://${host}/blog/rss.xml"/>`,
    );
    expect(html).toContain(
      `<link rel="alternate" type="application/atom+xml" title="Atom" href="http://${host}/blog/atom.xml"/>`,
    );
    expect(html).toContain('href="/blog?page=2"');
    expect((await untilHit(`http://${host}/blog`)).headers.get('x-mewayz-cache')).toBe('HIT');

    const second = await edge.fetch(`http://${host}/blog?page=2`);
    expect(second.status).toBe(200);
    expect([...(await second.text()).matchAll(/<h2><a href="\/blog\/([^"]+)">/g)].map((m) => m[1])).toEqual([
      'old-post-1',
    ]);
    for (const bad of ['?page=3', '?page=0', '?page=abc', '?page=1e3']) {
      const r = await edge.fetch(`http://${host}/blog${bad}`);
      expect(r.status, bad).toBe(404);
      expect(r.headers.get('cache-control')).toBe('no-store');
      await r.text();
    }
  });

  it('serves a post as an article with Open Graph article tags, a sized cover, a canonical URL and safe Markdown', async () => {
    const { host, site } = blog;
    const res = await edge.fetch(`http://${host}/blog/hostile`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate');
    const html = await res.text();
    expect(html).toContain('<article>');
    expect(html).toContain('<meta property="og:type" content="article"/>');
    expect(html).toContain('<meta property="article:published_time" content="2026-01-21T09:00:00.000Z"/>');
    expect(html).toContain('<meta property="article:tag" content="kiln"/>');
    expect(html).toContain(`<link rel="canonical" href="http://${host}/blog/hostile"/>`);
    expect(html).toContain(
      `<meta property="og:image" content="http://${host}/media/demo/course-glaze.svg"/>`,
    );
    expect(html).toMatch(
      /<img class="cv" src="[^"]+course-glaze\.svg" width="1200" height="630" alt="Glazed bowls"/,
    );
    // Hostile title and Markdown come out as text: no element, handler or script URL of theirs.
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img src=x/i);
    expect(html).not.toContain('href="javascript:');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('href="https://example.com/ok"');
    expect(html).toContain('<h1>Tags &amp; &lt;script&gt;alert(&quot;t&quot;)&lt;/script&gt;');
    expect(html).toContain('application/rss+xml');
    // Kept out of search: robots noindex on the page, and it is not in the sitemap.
    const hidden = await (await edge.fetch(`http://${host}/blog/hidden-from-search`)).text();
    expect(hidden).toContain('<meta name="robots" content="noindex"/>');
    const sitemap = await (await edge.fetch(`http://${host}/sitemap.xml`)).text();
    const locs = childrenOf(parseXml(sitemap), 'url').map((u) => childOf(u, 'loc')!.text);
    expect(locs).toContain(`http://${host}/blog`);
    expect(locs).toContain(`http://${host}/blog/hostile`);
    expect(locs).toContain(`http://${host}/blog/old-post-1`);
    expect(locs).not.toContain(`http://${host}/blog/hidden-from-search`);
    expect(locs.some((l) => l.includes('draft-post') || l.includes('tomorrow'))).toBe(false);
    // Views are counted like pages.
    await eventually(async () => {
      const rows = await dbOf(edge.deps)
        .select()
        .from(analyticsEvents)
        .where(and(eq(analyticsEvents.siteId, site.id), eq(analyticsEvents.kind, 'view')));
      return rows.length >= 2;
    });
  });

  it('lists a tag’s posts, and answers 404 for unknown tags, drafts, future posts and hostile paths — never 5xx', async () => {
    const { host } = blog;
    const tag = await edge.fetch(`http://${host}/blog/tag/kiln`);
    expect(tag.status).toBe(200);
    const html = await tag.text();
    expect([...html.matchAll(/<h2><a href="\/blog\/([^"]+)">/g)].map((m) => m[1])).toEqual(['hostile']);
    expect(html).toContain('Posts tagged #kiln');
    for (const path of [
      '/blog/tag/nothing',
      '/blog/tag/KILN',
      '/blog/tag/%3Cscript%3E',
      '/blog/draft-post',
      '/blog/tomorrow',
      '/blog/no-such-post',
      '/blog/Hostile',
      '/blog/..%2f..%2fetc',
      '/blog/%00',
      '/blog/a/b/c',
      '/blog/tag/',
      `/blog/${'x'.repeat(5000)}`,
      '/blog/rss.xml/extra',
      '/blog/%E0%A4%A',
    ]) {
      const r = await edge.fetch(`http://${host}${path}`);
      expect(r.status, path).toBe(404);
      await r.text();
    }
  });

  it('publishes RSS 2.0 and Atom 1.0 that parse, with absolute links, escaped content and no drafts or future posts', async () => {
    const { host } = blog;
    const rssRes = await edge.fetch(`http://${host}/blog/rss.xml`);
    expect(rssRes.status).toBe(200);
    expect(rssRes.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8');
    expect(rssRes.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate');
    const rss = parseXml(await rssRes.text());
    expect(rss.name).toBe('rss');
    expect(rss.attrs.version).toBe('2.0');
    const channel = childOf(rss, 'channel')!;
    expect(childOf(channel, 'link')!.text).toBe(`http://${host}/blog`);
    const items = childrenOf(channel, 'item');
    expect(items).toHaveLength(11);
    const first = items[0]!;
    expect(childOf(first, 'title')!.text).toBe(hostileTitle);
    expect(childOf(first, 'link')!.text).toBe(`http://${host}/blog/hostile`);
    expect(childOf(first, 'guid')!.text).toBe(`http://${host}/blog/hostile`);
    expect(childOf(first, 'pubDate')!.text).toBe('Wed, 21 Jan 2026 09:00:00 GMT');
    expect(childrenOf(first, 'category').map((c) => c.text)).toEqual(['kiln', 'glazes']);
    // The description is HTML as text: the safe renderer's output, with the hostile parts inert.
    const description = childOf(first, 'description')!.text;
    expect(description).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(description).not.toMatch(/<script|<img|href="javascript:/i);
    for (const item of items)
      expect(childOf(item, 'link')!.text).toMatch(
        new RegExp(`^http://${host.replace(/\./g, '\\.')}/blog/[a-z0-9-]+$`),
      );
    expect(items.some((i) => /draft-post|tomorrow/.test(childOf(i, 'link')!.text))).toBe(false);

    const atomRes = await edge.fetch(`http://${host}/blog/atom.xml`);
    expect(atomRes.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    const atom = parseXml(await atomRes.text());
    expect(atom.name).toBe('feed');
    expect(atom.attrs.xmlns).toBe('http://www.w3.org/2005/Atom');
    expect(childOf(atom, 'id')!.text).toBe(`http://${host}/blog`);
    expect(childOf(atom, 'updated')!.text).toMatch(/^\d{4}-\d\d-\d\dT/);
    const entries = childrenOf(atom, 'entry');
    expect(entries).toHaveLength(11);
    const entry = entries[0]!;
    expect(childOf(entry, 'title')!.text).toBe(hostileTitle);
    expect(childOf(entry, 'link')!.attrs.href).toBe(`http://${host}/blog/hostile`);
    expect(childOf(entry, 'summary')!.text).toBe('An <b>excerpt</b> & more');
    expect(childOf(entry, 'content')!.attrs.type).toBe('html');
    expect(childOf(entry, 'content')!.text).not.toMatch(/<script|<img|href="javascript:/i);
    expect(entries.some((e) => /draft-post|tomorrow/.test(childOf(e, 'id')!.text))).toBe(false);
  });

  it('shows a scheduled post once its time has passed, without another publish', async () => {
    const { host, write, publish } = blog;
    await untilHit(`http://${host}/blog/rss.xml`);
    const soon = await write({ title: 'Any second now', slug: 'any-second-now' });
    const at = new Date(Date.now() + 3000);
    await publish(soon.id, at.toISOString());
    expect((await edge.fetch(`http://${host}/blog/any-second-now`)).status).toBe(404);
    expect(await (await edge.fetch(`http://${host}/blog`)).text()).not.toContain('any-second-now');
    // Cache both pages again before the moment; they must still change when it comes.
    await untilHit(`http://${host}/blog`);
    await untilHit(`http://${host}/blog/rss.xml`);
    await new Promise((r) => setTimeout(r, Math.max(0, at.getTime() - Date.now()) + 100));
    expect(await (await edge.fetch(`http://${host}/blog`)).text()).toContain('/blog/any-second-now');
    expect(await (await edge.fetch(`http://${host}/blog/rss.xml`)).text()).toContain('/blog/any-second-now');
    expect((await edge.fetch(`http://${host}/blog/any-second-now`)).status).toBe(200);
    // Unpublished: gone on the next request.
    await blogService.unpublishPost(edge.deps, blog.tenant.scope, testActor, soon.id);
    expect((await edge.fetch(`http://${host}/blog/any-second-now`)).status).toBe(404);
  });

  it('puts feed and page links on the custom domain once it is verified, and the blog in the menu', async () => {
    const tenant = await createTenant(edge.deps);
    const { site, host } = await createPublishedSite(edge.deps, tenant.scope);
    expect((await edge.fetch(`http://${host}/blog`)).status).toBe(404);
    expect((await edge.fetch(`http://${host}/blog/rss.xml`)).status).toBe(404);
    const post = await blogService.createPost(edge.deps, tenant.scope, testActor, site.id, {
      title: 'On my domain',
    });
    await blogService.publishPost(edge.deps, tenant.scope, testActor, post.id);
    const custom = `blog-${Date.now().toString(36)}.example.org`;
    const domain = await domainsService.addDomain(edge.deps, tenant.scope, testActor, {
      siteId: site.id,
      hostname: custom,
    });
    await setFakeTxtRecords(edge.deps.redis, domain.dnsRecords[0]!.name, [domain.dnsRecords[0]!.value]);
    await domainsService.verifyDomain(
      edge.deps,
      tenant.scope,
      testActor,
      domain.id,
      fakeResolver(edge.deps.redis),
    );
    const rss = parseXml(await (await edge.fetch(`http://${host}/blog/rss.xml`)).text());
    expect(childOf(childrenOf(childOf(rss, 'channel')!, 'item')[0]!, 'link')!.text).toBe(
      `http://${custom}/blog/on-my-domain`,
    );
    const page = await (await edge.fetch(`http://${custom}/blog/on-my-domain`)).text();
    expect(page).toContain(`<link rel="canonical" href="http://${custom}/blog/on-my-domain"/>`);
    // The menu link appears once the site's settings ask for it (with the next publish).
    expect(await (await edge.fetch(`http://${host}/`)).text()).not.toContain('href="/blog"');
    await sitesService.updateSite(edge.deps, tenant.scope, testActor, site.id, {
      settings: { sensitive: false, passQuery: true, blogNav: 'header' },
    });
    await sitesService.publishSite(edge.deps, tenant.scope, testActor, site.id);
    expect(await (await edge.fetch(`http://${host}/`)).text()).toContain('<a href="/blog">Blog</a>');
  });
});
