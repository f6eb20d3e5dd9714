import type { SnapshotBlock } from '@mewayz/contracts';
import {
  blockLinkTargets,
  goHref,
  hasStore,
  nextPostAt,
  renderLinkInterstitial,
  renderProductPage,
  renderRobotsTxt,
  renderSitemapXml,
  renderSitePage,
  renderStorePage,
  storeCategory,
  storeProduct,
} from '@mewayz/render';
import { Hono } from 'hono';
import { setCookie } from 'hono/cookie';
import { redirectResponse } from '../links/redirect.ts';
import { type EdgeHono, type EdgeRequest, edgeRequestOf } from '../platform/hono-env.ts';
import { trackHit } from '../tracking/capture-event.ts';
import { blogRoutes } from './blog-routes.ts';
import { bookingRoutes } from './booking-routes.ts';
import { checkoutRoutes } from './checkout-routes.ts';
import { contactPost } from './contact-route.ts';
import { contentPage, siteNotFound } from './content-routes.ts';
import { courseRoutes } from './course-routes.ts';
import { htmlResponse, notFoundResponse } from './html-response.ts';
import { ageCookie, canonicalOriginOf, serveSitePage, siteOf } from './live-site.ts';
import { mediaRoute, resizedMediaRoute } from './media-route.ts';
import { servePage } from './page-cache.ts';
import { signupRoutes } from './signup-routes.ts';

/** `GET /` of a site: the page (from memory, the edge cache or a render) and a view event. */
export async function sitePage(r: EdgeRequest): Promise<Response> {
  const site = await siteOf(r);
  if (!site) return notFoundResponse();
  const { url } = r;
  const { snapshot } = site;
  // Only ids of this snapshot's own blocks make a variant, so query strings cannot multiply cache entries.
  const play = url.search
    ? (snapshot.blocks.find((b) => b.type === 'embed' && b.id === url.searchParams.get('play'))?.id ?? null)
    : null;
  const subscribed = url.search
    ? (snapshot.blocks.find((b) => b.type === 'email_signup' && b.id === url.searchParams.get('subscribed'))
        ?.id ?? null)
    : null;
  const toConfirm = subscribed !== null && url.searchParams.get('confirm') === '1';
  return serveSitePage(
    r,
    site,
    `page|${play ?? ''}|${subscribed ?? ''}${toConfirm ? '|confirm' : ''}`,
    (opts) =>
      renderSitePage(snapshot, {
        ...opts,
        playEmbedId: play,
        subscribedBlockId: subscribed,
        subscribeToConfirm: toConfirm,
      }),
  );
}

/**
 * `GET /store` and `GET /store/<category>`: the store of a site that has products. Only a slug of the
 * published catalog becomes part of a cache key (and the catalog's index holds only slugs that match
 * `storefrontSlugPattern`), so junk paths cannot multiply entries; query strings are ignored.
 */
export async function storePage(r: EdgeRequest, categorySlug?: string): Promise<Response> {
  const site = await siteOf(r);
  if (!site) return notFoundResponse();
  if (!hasStore(site.snapshot)) return siteNotFound(r, site);
  const { snapshot } = site;
  let category: string | null = null;
  if (categorySlug !== undefined) {
    if (!storeCategory(snapshot, categorySlug)) return siteNotFound(r, site);
    category = categorySlug;
  }
  return serveSitePage(r, site, `store|${category ?? ''}`, (opts) =>
    renderStorePage(snapshot, opts, category),
  );
}

/**
 * `GET /p/<slug>`: a product's page, when the slug is one of the published catalog's products (a map
 * lookup: cheaper than matching a pattern first, and just as strict about what becomes a cache key).
 */
export async function productPage(r: EdgeRequest, slug: string): Promise<Response> {
  const site = await siteOf(r);
  if (!site) return notFoundResponse();
  const product = storeProduct(site.snapshot, slug);
  if (!product) return siteNotFound(r, site);
  const { snapshot } = site;
  return serveSitePage(r, site, `product|${slug}`, (opts) => renderProductPage(snapshot, opts, slug), {
    viewOf: product.id,
  });
}

/**
 * Where each block's links go, by block object: a snapshot (and so its blocks) is kept per pointer
 * in the isolate, so a block's links (its markdown parsed, its contact numbers checked) are worked
 * out once per published version, not per click.
 */
const linkTargets = new WeakMap<SnapshotBlock, string[]>();

function linkTargetsOf(block: SnapshotBlock): string[] {
  let targets = linkTargets.get(block);
  if (!targets) {
    targets = blockLinkTargets(block);
    linkTargets.set(block, targets);
  }
  return targets;
}

const itemPattern = /^(0|[1-9][0-9]{0,3})$/;

/**
 * `GET /go/<block>[/<item>]` of a site: 302 at once to that link of the block (the block's only
 * one, or the item-th of several) and a click event. Only a link of the published snapshot can be a
 * destination, never a URL from the request.
 */
export async function blockRedirect(r: EdgeRequest, blockId: string, itemParam?: string): Promise<Response> {
  const snapshot = (await siteOf(r))?.snapshot;
  if (!snapshot) return notFoundResponse();
  if (itemParam !== undefined && !itemPattern.test(itemParam)) return notFoundResponse();
  const item = itemParam === undefined ? 0 : Number(itemParam);
  const { deps, url } = r;
  const block = snapshot.blocks.find((b) => b.id === blockId);
  const now = deps.now();
  const visible =
    block &&
    (!block.startsAt || new Date(block.startsAt) <= now) &&
    (!block.endsAt || now < new Date(block.endsAt));
  const destination = visible ? linkTargetsOf(block)[item] : undefined;
  if (!block || !destination) return notFoundResponse();
  if ((block.sensitive || snapshot.settings.sensitive) && url.searchParams.get('confirm') !== '1') {
    const page = renderLinkInterstitial({
      title: block.type === 'link' ? block.data.title : 'This link',
      continueHref: `${goHref(block.id, itemParam === undefined ? undefined : item)}?${new URLSearchParams([...url.searchParams, ['confirm', '1']])}`,
      backHref: '/',
    });
    return htmlResponse(page.html, page.csp, 200, { 'cache-control': 'private, no-store' });
  }
  trackHit(r, {
    kind: 'click',
    organizationId: snapshot.organizationId,
    siteId: snapshot.siteId,
    linkId: block.id,
    linkItem: itemParam === undefined ? undefined : item,
  });
  return redirectResponse(destination, snapshot.settings.passQuery && url.search ? url.searchParams : null);
}

/** Routes of a tenant's site host (`<slug>.<root>` or a verified custom domain). */
export const siteApp = new Hono<EdgeHono>()
  .get('/', (c) => sitePage(edgeRequestOf(c)))
  .get('/store', (c) => storePage(edgeRequestOf(c)))
  .get('/store/:category', (c) => storePage(edgeRequestOf(c), c.req.param('category')))
  .get('/p/:slug', (c) => productPage(edgeRequestOf(c), c.req.param('slug')))
  .get('/robots.txt', async (c) => {
    const r = edgeRequestOf(c);
    const site = await siteOf(r);
    if (!site) return notFoundResponse();
    return servePage(r, site, 'robots', async () => ({
      body: renderRobotsTxt(site.snapshot, canonicalOriginOf(r, site.snapshot)),
      contentType: 'text/plain; charset=utf-8',
      nextChangeAt: null,
    }));
  })
  .get('/sitemap.xml', async (c) => {
    const r = edgeRequestOf(c);
    const site = await siteOf(r);
    if (!site) return notFoundResponse();
    return servePage(r, site, 'sitemap', async () => ({
      body: renderSitemapXml(
        site.snapshot,
        canonicalOriginOf(r, site.snapshot),
        new Date(site.snapshot.publishedAt),
        r.deps.now(),
      ),
      contentType: 'application/xml; charset=utf-8',
      nextChangeAt: nextPostAt(site.snapshot, r.deps.now()),
    }));
  })
  .get('/media/*', mediaRoute)
  .get('/cdn-cgi/image/*', resizedMediaRoute)
  .get('/go/:blockId', (c) => blockRedirect(edgeRequestOf(c), c.req.param('blockId')))
  .get('/go/:blockId/:item', (c) =>
    blockRedirect(edgeRequestOf(c), c.req.param('blockId'), c.req.param('item')),
  )
  .post('/age-confirm', (c) => {
    setCookie(c, ageCookie, '1', {
      path: '/',
      maxAge: 60 * 60 * 24 * 30,
      httpOnly: true,
      sameSite: 'Lax',
      secure: edgeRequestOf(c).deps.config.publicScheme === 'https',
    });
    return c.redirect('/', 303);
  })
  .post('/contact', (c) => contactPost(edgeRequestOf(c)))
  .route('/', signupRoutes)
  .route('/', checkoutRoutes)
  .route('/', courseRoutes)
  .route('/', bookingRoutes)
  .route('/', blogRoutes)
  // Last: every path above is the site's own and no page slug may take it (contracts' reservedPageSlugs).
  .get('/:slug', (c) => contentPage(edgeRequestOf(c), c.req.param('slug')))
  .get('*', async (c) => {
    const r = edgeRequestOf(c);
    const site = await siteOf(r);
    return site ? siteNotFound(r, site) : notFoundResponse();
  })
  .all('*', () => notFoundResponse());
