import { notFoundPageOf, playableIdsOf, renderContentPage, sitePageOf } from '@mewayz/render';
import type { EdgeRequest } from '../platform/hono-env.ts';
import { notFoundCacheControl, notFoundResponse } from './html-response.ts';
import { type LiveSite, serveSitePage, siteOf } from './live-site.ts';

/**
 * `GET /<slug>`: a published page of the site, counted and cached like the home page. Only a slug of
 * the published snapshot, and only ids of that page's own sections in `?play=` / `?sent=`, become part
 * of a cache key, so junk paths and query strings cannot multiply entries.
 */
export async function contentPage(r: EdgeRequest, slug: string): Promise<Response> {
  const site = await siteOf(r);
  if (!site) return notFoundResponse();
  const { snapshot } = site;
  const page = sitePageOf(snapshot, slug);
  if (!page) return siteNotFound(r, site);
  const { searchParams, search } = r.url;
  const play = search
    ? (playableIdsOf(snapshot, page).find((id) => id === searchParams.get('play')) ?? null)
    : null;
  const sent = search
    ? (page.sections.find((s) => s.kind === 'contact_form' && s.id === searchParams.get('sent'))?.id ?? null)
    : null;
  return serveSitePage(r, site, `page|${page.slug}|${play ?? ''}|${sent ?? ''}`, (opts) =>
    renderContentPage(snapshot, opts, page, { playId: play, sentId: sent }),
  );
}

/**
 * A path the site does not have: its own "not found" page when it published one (rendered once per
 * version like any page, not counted as a view), else the platform's. Either way a 404 nobody keeps.
 */
export async function siteNotFound(r: EdgeRequest, site: LiveSite): Promise<Response> {
  const page = notFoundPageOf(site.snapshot);
  if (!page) return notFoundResponse();
  const res = await serveSitePage(
    r,
    site,
    'not_found',
    (opts) => renderContentPage(site.snapshot, opts, page),
    {
      countView: false,
    },
  );
  // A client that sends a validator for a page it was never given one for gets the plain page.
  if (res.status !== 200) return notFoundResponse();
  const headers = new Headers(res.headers);
  headers.set('cache-control', notFoundCacheControl);
  headers.delete('etag');
  return new Response(res.body, { status: 404, headers, encodeBody: 'manual' });
}
