import type { SiteSnapshot } from '@mewayz/contracts';
import { publicOrigin } from '@mewayz/core';
import type { RenderedSitePage, SitePageOptions } from '@mewayz/render';
import { parse as parseCookie } from 'hono/utils/cookie';
import type { EdgeRequest } from '../platform/hono-env.ts';
import { trackHit } from '../tracking/capture-event.ts';
import { servePage } from './page-cache.ts';
import { type ResolvedSite, resolveSite } from './site-resolver.ts';

export const ageCookie = 'mwz_age';

export type LiveSite = ResolvedSite & { snapshot: SiteSnapshot; pointer: string };

/** The site of this host, or null (→ 404). */
export async function siteOf(r: EdgeRequest): Promise<LiveSite | null> {
  const site = await resolveSite(r);
  return site.snapshot && site.pointer ? (site as LiveSite) : null;
}

/** Whether the visitor of a sensitive site has passed its age gate (always false elsewhere: it changes nothing). */
function ageConfirmedOf(r: EdgeRequest, snapshot: SiteSnapshot): boolean {
  return (
    snapshot.settings.sensitive &&
    parseCookie(r.raw.headers.get('cookie') ?? '', ageCookie)[ageCookie] === '1'
  );
}

/**
 * A page of a live site (the bio page, a section page, the store, a product) counted as a view
 * (unless `countView` is false: the site's 404 page) and served from the
 * page cache under `variant` (which must name everything the page varies with; the age gate is added
 * here). `render` answers null for a page the site does not have (404).
 */
export function serveSitePage(
  r: EdgeRequest,
  site: LiveSite,
  variant: string,
  render: (opts: SitePageOptions) => Promise<RenderedSitePage | null>,
  {
    countView = true,
    viewOf = '',
  }: {
    countView?: boolean;
    /** What the view is of, besides the site: a product page's views feed that product's sales funnel. */
    viewOf?: string;
  } = {},
): Promise<Response> {
  const { deps, host } = r;
  const { snapshot } = site;
  const ageConfirmed = ageConfirmedOf(r, snapshot);
  if (countView) {
    trackHit(r, {
      kind: 'view',
      organizationId: snapshot.organizationId,
      siteId: snapshot.siteId,
      linkId: viewOf,
    });
  }
  return servePage(r, site, `${variant}|${ageConfirmed ? 'age' : ''}`, async () => {
    const page = await render({
      now: deps.now(),
      origin: publicOrigin(deps.config, host),
      canonicalOrigin: canonicalOriginOf(r, snapshot),
      ageConfirmed,
      checkoutOrigin: checkoutOriginOf(deps.vars),
    });
    // The routes look the page up before serving it; a snapshot without it is a bug, not a 404 to cache.
    if (!page) throw new Error(`render: no page for ${variant}`);
    return {
      body: page.html,
      contentType: 'text/html; charset=utf-8',
      csp: page.csp,
      nextChangeAt: page.nextChangeAt,
    };
  });
}

/**
 * Where buy forms end up: Stripe's hosted checkout, or the stand-in `STRIPE_API_URL` names locally;
 * none when this deployment takes no payments.
 */
export function checkoutOriginOf(vars: EdgeRequest['deps']['vars']): string | null {
  if (!vars.STRIPE_SECRET_KEY) return null;
  return vars.STRIPE_API_URL ? new URL(vars.STRIPE_API_URL).origin : 'https://checkout.stripe.com';
}

export function canonicalOriginOf(r: EdgeRequest, snapshot: SiteSnapshot): string {
  const { deps } = r;
  return publicOrigin(deps.config, snapshot.customDomains[0] ?? `${snapshot.slug}.${deps.config.rootDomain}`);
}
