import {
  blogPostOf,
  hasBlog,
  indexPageCount,
  isBlogTag,
  nextPostAt,
  renderAtomFeed,
  renderBlogIndex,
  renderBlogPost,
  renderRssFeed,
  visiblePosts,
} from '@mewayz/render';
import { Hono } from 'hono';
import { type EdgeHono, type EdgeRequest, edgeRequestOf } from '../platform/hono-env.ts';
import { siteNotFound } from './content-routes.ts';
import { notFoundResponse } from './html-response.ts';
import { canonicalOriginOf, type LiveSite, serveSitePage, siteOf } from './live-site.ts';
import { servePage } from './page-cache.ts';

/**
 * The blog of a site host, from the published snapshot and through the same page cache as every page:
 * only slugs and tags of posts visible now, and index page numbers that exist, become part of a cache
 * key, so junk paths and query strings cannot multiply entries. Scheduled posts ride in the snapshot;
 * every page that lists posts expires when the next one appears (`nextPostAt`), so no cron is needed.
 */

/** `?page=` of an index: absent is 1; anything but an existing page number is a 404 (null). */
function pageNumberOf(r: EdgeRequest, postCount: number): number | null {
  const raw = r.url.search ? r.url.searchParams.get('page') : null;
  if (raw === null) return 1;
  if (!/^[1-9][0-9]{0,3}$/.test(raw)) return null;
  const n = Number(raw);
  return n <= indexPageCount(postCount) ? n : null;
}

async function blogIndex(r: EdgeRequest, tag: string | null): Promise<Response> {
  const site = await siteOf(r);
  if (!site) return notFoundResponse();
  const now = r.deps.now();
  if (!hasBlog(site.snapshot, now)) return siteNotFound(r, site);
  if (tag !== null && !isBlogTag(site.snapshot, tag, now)) return siteNotFound(r, site);
  const count = visiblePosts(site.snapshot, now).filter((p) => tag === null || p.tags.includes(tag)).length;
  const page = pageNumberOf(r, count);
  if (page === null) return siteNotFound(r, site);
  return serveSitePage(r, site, `blog|${tag ?? ''}|${page}`, (opts) =>
    renderBlogIndex(site.snapshot, opts, { tag, page }),
  );
}

async function blogPost(r: EdgeRequest, slug: string): Promise<Response> {
  const site = await siteOf(r);
  if (!site) return notFoundResponse();
  const post = blogPostOf(site.snapshot, slug, r.deps.now());
  if (!post) return siteNotFound(r, site);
  return serveSitePage(r, site, `post|${post.slug}`, (opts) => renderBlogPost(site.snapshot, opts, post));
}

const feedTypes = {
  rss: { contentType: 'application/rss+xml; charset=utf-8', render: renderRssFeed },
  atom: { contentType: 'application/atom+xml; charset=utf-8', render: renderAtomFeed },
};

/** A feed, cached like the sitemap (not counted as a view: readers poll it). */
async function blogFeed(r: EdgeRequest, kind: keyof typeof feedTypes): Promise<Response> {
  const site: LiveSite | null = await siteOf(r);
  if (!site) return notFoundResponse();
  const now = r.deps.now();
  if (!hasBlog(site.snapshot, now)) return siteNotFound(r, site);
  const { contentType, render } = feedTypes[kind];
  return servePage(r, site, kind, async () => ({
    body: render(site.snapshot, canonicalOriginOf(r, site.snapshot), now),
    contentType,
    nextChangeAt: nextPostAt(site.snapshot, now),
  }));
}

export const blogRoutes = new Hono<EdgeHono>()
  .get('/blog', (c) => blogIndex(edgeRequestOf(c), null))
  .get('/blog/rss.xml', (c) => blogFeed(edgeRequestOf(c), 'rss'))
  .get('/blog/atom.xml', (c) => blogFeed(edgeRequestOf(c), 'atom'))
  .get('/blog/tag/:tag', (c) => blogIndex(edgeRequestOf(c), c.req.param('tag')))
  .get('/blog/:slug', (c) => blogPost(edgeRequestOf(c), c.req.param('slug')));
