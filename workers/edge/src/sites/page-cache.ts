import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { publicOrigin } from '@mewayz/core';
import type { EdgeRequest } from '../platform/hono-env.ts';
import { LruMap } from '../platform/lru-map.ts';
import { wantsGzip } from './accept-encoding.ts';
import { securityHeaders } from './security-headers.ts';
import type { ResolvedSite } from './site-resolver.ts';

/** A rendered answer, ready to send again. */
export interface RenderedPage {
  body: string;
  contentType: string;
  /** Content-Security-Policy for HTML answers. */
  csp: string | null;
  etag: string;
  /** When a scheduled block appears or disappears, the page must be rendered again (ms epoch). */
  expiresAt: number | null;
  /** The body as UTF-8, encoded once when the page is made. */
  bytes: Uint8Array;
  /**
   * The body as an immutable Blob, what responses are made from: the runtime can send a Blob's bytes
   * without copying them into each response, as it must for an ArrayBuffer the script could still
   * change (measured: ~15 µs less per cached page view).
   */
  identity: Blob;
  /** The body gzipped, made by the first visit that accepts gzip (synchronously) and kept. */
  gzip: Blob | null;
  /** Response headers common to every answer of this page. */
  headers: Record<string, string>;
  /** Ready Headers objects by encoding and diagnostics (a handful of combinations at most). */
  headerSets: Map<string, Headers>;
}

export interface PageRender {
  body: string;
  contentType: string;
  csp?: string;
  nextChangeAt: Date | null;
}

/**
 * Rendered pages by `<pointer>|<host>|<variant>`. The pointer names an immutable published version,
 * so an entry is only ever outdated by the clock (scheduled blocks), which `expiresAt` handles.
 */
const pages = new LruMap<string, RenderedPage>(512);
const maxEdgeTtlSeconds = 86_400;

/** Browsers always revalidate (ETag/304), so a publish is visible to them on the next load too. */
export const browserCacheControl = 'public, max-age=0, must-revalidate';

function shortHash(bytes: Uint8Array): string {
  return createHash('sha1').update(bytes).digest('hex').slice(0, 16);
}

function notModified(req: Request, etag: string): boolean {
  const inm = req.headers.get('if-none-match');
  return inm?.split(',').some((t) => t.trim() === etag || t.trim() === `W/${etag}`) ?? false;
}

/** The last Accept-Encoding value seen and its answer: clients of one kind send the same string. */
let lastAcceptEncoding = { value: '', gzip: false };

function acceptsGzip(req: Request): boolean {
  const value = req.headers.get('accept-encoding') ?? '';
  if (value !== lastAcceptEncoding.value) lastAcceptEncoding = { value, gzip: wantsGzip(value) };
  return lastAcceptEncoding.gzip;
}

type PageFields = Omit<RenderedPage, 'headers' | 'headerSets' | 'bytes' | 'identity' | 'gzip'>;

/** Headers of a page that do not change between requests, built once per rendered page. */
function pageHeaders(page: PageFields): Record<string, string> {
  return {
    'content-type': page.contentType,
    vary: 'accept-encoding',
    etag: page.etag,
    'cache-control': browserCacheControl,
    ...(page.csp ? securityHeaders(page.csp) : { 'x-content-type-options': 'nosniff' }),
  };
}

/**
 * The page's headers for one combination of encoding and diagnostics, built once and reused: a
 * Response copies a Headers object faster than it converts a plain object of a dozen entries.
 */
function headersFor(page: RenderedPage, gzipped: boolean, debug: DebugFacts | null): Headers {
  const encoding = gzipped ? 'gz' : 'id';
  const key = debug
    ? `${encoding}|${debug.layer}|${debug.site.source}|${debug.site.pointerSource ?? ''}`
    : encoding;
  let headers = page.headerSets.get(key);
  if (!headers) {
    headers = new Headers({
      ...page.headers,
      ...(gzipped ? { 'content-encoding': 'gzip' } : {}),
      ...(debug ? debugHeaders(debug) : {}),
    });
    page.headerSets.set(key, headers);
  }
  return headers;
}

interface DebugFacts {
  layer: string;
  site: ResolvedSite;
}

/** Which cache layer answered and where the site came from: only with `EDGE_DEBUG_HEADERS=on`. */
function debugHeaders({ layer, site }: DebugFacts): Record<string, string> {
  return {
    'x-mewayz-cache': layer,
    'x-mewayz-source': site.source,
    ...(site.pointerSource ? { 'x-mewayz-pointer': site.pointerSource } : {}),
  };
}

function respond(r: EdgeRequest, page: RenderedPage, layer: string, site: ResolvedSite): Response {
  const req = r.raw;
  const gzipped = acceptsGzip(req);
  const debug = r.deps.vars.EDGE_DEBUG_HEADERS === 'on' ? { layer, site } : null;
  const headers = headersFor(page, gzipped, debug);
  if (notModified(req, page.etag)) return new Response(null, { status: 304, headers });
  // 'manual': the bytes are already gzip; the runtime must send them as they are.
  if (gzipped) return new Response(gzipOf(page), { headers, encodeBody: 'manual' });
  return new Response(page.identity, { headers });
}

const utf8 = new TextEncoder();

/**
 * Finish a page: encode it now. Its gzip form is made by the first request that asks for it, also
 * synchronously, so a page never holds a promise or stream that a later request would have to wait
 * on (workerd forbids using one request's I/O objects in another) — and a page only ever fetched by
 * clients without gzip (bots, monitors) is never compressed.
 */
function toRenderedPage(page: PageFields, bytes = utf8.encode(page.body)): RenderedPage {
  return {
    ...page,
    bytes,
    identity: new Blob([bytes]),
    gzip: null,
    headers: pageHeaders(page),
    headerSets: new Map(),
  };
}

/** Level 9: a page is compressed once per version and isolate and sent many times. */
function gzipOf(page: RenderedPage): Blob {
  page.gzip ??= new Blob([gzipSync(page.bytes, { level: 9 })]);
  return page.gzip;
}

/**
 * Serve a page of a resolved site: this isolate's memory, then the Cache API (keyed by host, the
 * published version and the variant), then a fresh render that fills both.
 */
export async function servePage(
  r: EdgeRequest,
  site: ResolvedSite & { pointer: string },
  variant: string,
  render: () => Promise<PageRender>,
): Promise<Response> {
  const { deps, host } = r;
  const memoryOn = deps.vars.EDGE_CACHE !== 'off';
  const cacheApiOn = deps.vars.EDGE_CACHE === 'on';
  const key = `${site.pointer}|${host}|${variant}`;
  const now = deps.now().getTime();
  if (memoryOn) {
    const memo = pages.get(key);
    if (memo && (memo.expiresAt === null || now < memo.expiresAt)) return respond(r, memo, 'HIT', site);
  }
  const edgeKey = `${publicOrigin(deps.config, host)}/__mewayz/page?v=${encodeURIComponent(site.pointer)}&variant=${encodeURIComponent(variant)}`;
  if (cacheApiOn) {
    const hit = await caches.default.match(edgeKey);
    const expires = hit?.headers.get('x-page-expires');
    const expiresAt = expires ? Number(expires) : null;
    // Only a page still valid is worth reading, encoding and keeping.
    if (hit && (expiresAt === null || now < expiresAt)) {
      const page = toRenderedPage({
        body: await hit.text(),
        contentType: hit.headers.get('content-type') ?? 'text/html; charset=utf-8',
        csp: hit.headers.get('x-page-csp'),
        etag: hit.headers.get('etag') ?? '""',
        expiresAt,
      });
      pages.set(key, page);
      return respond(r, page, 'HIT', site);
    }
  }
  const out = await render();
  const version = site.pointer.split(':')[1] ?? '0';
  const bytes = utf8.encode(out.body);
  const page = toRenderedPage(
    {
      body: out.body,
      contentType: out.contentType,
      csp: out.csp ?? null,
      etag: `"${version}-${shortHash(bytes)}"`,
      expiresAt: out.nextChangeAt ? out.nextChangeAt.getTime() : null,
    },
    bytes,
  );
  if (memoryOn) pages.set(key, page);
  if (cacheApiOn) {
    const ttl = Math.floor(
      Math.min(maxEdgeTtlSeconds, page.expiresAt ? (page.expiresAt - now) / 1000 : maxEdgeTtlSeconds),
    );
    if (ttl > 0) {
      const stored = new Response(page.body, {
        headers: {
          'content-type': page.contentType,
          etag: page.etag,
          'cache-control': `s-maxage=${ttl}`,
          ...(page.csp ? { 'x-page-csp': page.csp } : {}),
          ...(page.expiresAt ? { 'x-page-expires': String(page.expiresAt) } : {}),
        },
      });
      r.ctx.waitUntil(caches.default.put(edgeKey, stored));
    }
  }
  return respond(r, page, memoryOn ? 'MISS' : 'BYPASS', site);
}
