import type { SiteSnapshot } from '@mewayz/contracts';
import { loadSnapshotForHost, publicOrigin, scopeOfSnapshot, subscribeContact } from '@mewayz/core';
import { renderLinkInterstitial, renderRobotsTxt, renderSitemapXml, renderSitePage } from '@mewayz/render';
import { type Context, Hono } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { z } from 'zod';
import { redirectResponse } from '../links/redirect.ts';
import type { EdgeHono } from '../platform/hono-env.ts';
import { sendEventLater } from '../tracking/capture-event.ts';
import { htmlResponse, notFoundResponse } from './html-response.ts';
import {
  browserCacheControl,
  type CacheablePath,
  edgeTtlSeconds,
  notModified,
  pageCacheKey,
} from './page-cache.ts';

const ageCookie = 'mwz_age';

async function shortHash(text: string): Promise<string> {
  const d = await crypto.subtle.digest('SHA-1', new TextEncoder().encode(text));
  return [...new Uint8Array(d, 0, 8)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

async function snapshotOr404(c: Context<EdgeHono>): Promise<SiteSnapshot | null> {
  const { snapshot } = await loadSnapshotForHost(c.var.deps, c.var.host);
  return snapshot;
}

/** Serve from the edge cache, else render, then cache; the browser revalidates by ETag. */
async function cachedPage(
  c: Context<EdgeHono>,
  path: CacheablePath | null,
  render: (snapshot: SiteSnapshot) => Promise<{ body: string; contentType: string; csp?: string; nextChangeAt: Date | null }>,
  onServed?: (snapshot: { organizationId: string; siteId: string } | null) => void,
): Promise<Response> {
  const { deps, host } = c.var;
  const key = path ? pageCacheKey(deps.config, host, path) : null;
  const cache = caches.default;
  if (key) {
    const hit = await cache.match(key);
    if (hit) {
      onServed?.({ organizationId: hit.headers.get('x-mewayz-org') ?? '', siteId: hit.headers.get('x-mewayz-site') ?? '' });
      const etag = hit.headers.get('etag') ?? '';
      const headers = new Headers(hit.headers);
      headers.set('cache-control', browserCacheControl);
      headers.set('x-mewayz-cache', 'HIT');
      headers.delete('x-mewayz-org');
      headers.delete('x-mewayz-site');
      if (etag && notModified(c.req.raw, etag)) return new Response(null, { status: 304, headers });
      return new Response(hit.body, { status: hit.status, headers });
    }
  }
  const { snapshot, source } = await loadSnapshotForHost(deps, host);
  if (!snapshot) return notFoundResponse();
  onServed?.({ organizationId: snapshot.organizationId, siteId: snapshot.siteId });
  const now = deps.now();
  const out = await render(snapshot);
  const etag = `"${snapshot.version}-${await shortHash(out.body)}"`;
  const headers: Record<string, string> = {
    'content-type': out.contentType,
    etag,
    'x-mewayz-cache': key ? 'MISS' : 'BYPASS',
    'x-mewayz-source': source,
  };
  const response = out.csp
    ? htmlResponse(out.body, out.csp, 200, headers)
    : new Response(out.body, { headers: { ...headers, 'x-content-type-options': 'nosniff' } });
  const ttl = edgeTtlSeconds(now, out.nextChangeAt);
  if (key && ttl > 0) {
    const stored = response.clone();
    stored.headers.set('cache-control', `public, s-maxage=${ttl}, max-age=${ttl}`);
    stored.headers.set('x-mewayz-org', snapshot.organizationId);
    stored.headers.set('x-mewayz-site', snapshot.siteId);
    stored.headers.set('x-mewayz-cache', 'HIT');
    c.executionCtx.waitUntil(cache.put(key, stored));
  }
  response.headers.set('cache-control', key ? browserCacheControl : 'private, no-store');
  if (notModified(c.req.raw, etag)) return new Response(null, { status: 304, headers: response.headers });
  return response;
}

const subscribeForm = z.object({
  block: z.string().min(1).max(40),
  email: z.email().max(254),
  website: z.string().max(200).optional(),
});

/** Routes of a tenant's site host (`<slug>.<root>` or a verified custom domain). */
export const siteApp = new Hono<EdgeHono>()
  .get('/', async (c) => {
    const url = new URL(c.req.url);
    const play = url.searchParams.get('play');
    const subscribed = url.searchParams.get('subscribed');
    const ageConfirmed = getCookie(c, ageCookie) === '1';
    const path: CacheablePath | null = play || subscribed ? null : ageConfirmed ? '/?age-confirmed' : '/';
    const { deps, host } = c.var;
    return cachedPage(
      c,
      path,
      async (snapshot) => {
        const origin = publicOrigin(deps.config, host);
        const canonicalHost = snapshot.customDomains[0] ?? `${snapshot.slug}.${deps.config.rootDomain}`;
        const page = await renderSitePage(snapshot, {
          now: deps.now(),
          origin,
          canonicalOrigin: publicOrigin(deps.config, canonicalHost),
          playEmbedId: play,
          subscribedBlockId: subscribed,
          ageConfirmed,
        });
        return { body: page.html, contentType: 'text/html; charset=utf-8', csp: page.csp, nextChangeAt: page.nextChangeAt };
      },
      (site) => {
        if (!site?.organizationId) return;
        sendEventLater(
          c.executionCtx,
          c.env.EVENTS,
          c.req.raw,
          { kind: 'view', organizationId: site.organizationId, siteId: site.siteId, linkId: '', host },
          deps.vars.VISITOR_SALT,
          deps.now(),
        );
      },
    );
  })
  .get('/robots.txt', (c) =>
    cachedPage(c, '/robots.txt', async (snapshot) => ({
      body: renderRobotsTxt(snapshot, canonicalOriginOf(c, snapshot)),
      contentType: 'text/plain; charset=utf-8',
      nextChangeAt: null,
    })),
  )
  .get('/sitemap.xml', (c) =>
    cachedPage(c, '/sitemap.xml', async (snapshot) => ({
      body: renderSitemapXml(snapshot, canonicalOriginOf(c, snapshot), new Date(snapshot.publishedAt)),
      contentType: 'application/xml; charset=utf-8',
      nextChangeAt: null,
    })),
  )
  .get('/go/:blockId', async (c) => {
    const snapshot = await snapshotOr404(c);
    if (!snapshot) return notFoundResponse();
    const { deps, host } = c.var;
    const block = snapshot.blocks.find((b) => b.id === c.req.param('blockId'));
    const now = deps.now();
    const visible =
      block &&
      (!block.startsAt || new Date(block.startsAt) <= now) &&
      (!block.endsAt || now < new Date(block.endsAt));
    const destination = !visible ? null : block.type === 'link' ? block.data.url : block.type === 'image' ? block.data.href : null;
    if (!block || !destination) return notFoundResponse();
    const url = new URL(c.req.url);
    if ((block.sensitive || snapshot.settings.sensitive) && url.searchParams.get('confirm') !== '1') {
      const page = renderLinkInterstitial({
        title: block.type === 'link' ? block.data.title : 'This link',
        continueHref: `/go/${block.id}?${new URLSearchParams([...url.searchParams, ['confirm', '1']])}`,
        backHref: '/',
      });
      return htmlResponse(page.html, page.csp, 200, { 'cache-control': 'private, no-store' });
    }
    sendEventLater(
      c.executionCtx,
      c.env.EVENTS,
      c.req.raw,
      { kind: 'click', organizationId: snapshot.organizationId, siteId: snapshot.siteId, linkId: block.id, host },
      deps.vars.VISITOR_SALT,
      now,
    );
    return redirectResponse(destination, snapshot.settings.passQuery ? url.searchParams : null);
  })
  .post('/subscribe', async (c) => {
    const snapshot = await snapshotOr404(c);
    if (!snapshot) return notFoundResponse();
    const len = Number(c.req.header('content-length') ?? '0');
    if (len > 4096) return c.text('Request too large', 413);
    const type = c.req.header('content-type') ?? '';
    if (!type.startsWith('application/x-www-form-urlencoded') && !type.startsWith('multipart/form-data')) {
      return c.text('Unsupported form encoding', 415);
    }
    const form = subscribeForm.safeParse(Object.fromEntries(Object.entries(await c.req.parseBody()).map(([k, v]) => [k, String(v)])));
    const block = form.success ? snapshot.blocks.find((b) => b.id === form.data.block && b.type === 'email_signup') : undefined;
    if (!form.success || !block) {
      const page = renderLinkInterstitial({ title: 'That email address does not look right', continueHref: '/', backHref: '/' });
      return htmlResponse(page.html, page.csp, 422, { 'cache-control': 'private, no-store' });
    }
    // A filled honeypot is a bot: thank it like a person, store nothing.
    if (!form.data.website) {
      await subscribeContact(scopeOfSnapshot(c.var.deps, snapshot), { email: form.data.email, siteId: snapshot.siteId });
    }
    return c.redirect(`/?subscribed=${encodeURIComponent(block.id)}#b-${block.id}`, 303);
  })
  .post('/age-confirm', (c) => {
    setCookie(c, ageCookie, '1', {
      path: '/',
      maxAge: 60 * 60 * 24 * 30,
      httpOnly: true,
      sameSite: 'Lax',
      secure: c.var.deps.config.publicScheme === 'https',
    });
    return c.redirect('/', 303);
  })
  .all('*', () => notFoundResponse());

function canonicalOriginOf(c: Context<EdgeHono>, snapshot: SiteSnapshot): string {
  const { deps } = c.var;
  return publicOrigin(deps.config, snapshot.customDomains[0] ?? `${snapshot.slug}.${deps.config.rootDomain}`);
}
