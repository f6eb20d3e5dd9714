import { classifyHost, normalizeHostname } from '@mewayz/core';
import { Hono } from 'hono';
import type { EdgeEnv } from './env.ts';
import { edgeDeps } from './platform/deps.ts';
import { dispatchOf, recordDispatch, withRequestIdHeader } from './platform/dispatch.ts';
import type { EdgeHono } from './platform/hono-env.ts';
import { LruMap } from './platform/lru-map.ts';
import { rootApp, shortDomainApp } from './root-app.ts';
import { badRequestResponse, notFoundResponse, serverErrorResponse } from './sites/html-response.ts';
import { siteApp } from './sites/site-app.ts';

/** Normalised hosts by URL hostname: a hot site's host is normalised once per isolate, not per request. */
const hosts = new LruMap<string, string | null>(1024);

function hostOf(url: URL): string | null {
  let host = hosts.get(url.hostname);
  if (host === undefined) {
    host = normalizeHostname(url.hostname);
    hosts.set(url.hostname, host);
  }
  return host;
}

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** Wrap an app so every route sees the parsed URL, the normalised host and the isolate's dependencies. */
function withContext(inner: Hono<EdgeHono>) {
  return new Hono<EdgeHono>()
    .use(async (c, next) => {
      // Safe: fetch() below only dispatches requests whose host normalises, and records them.
      const { url, host, requestId } = dispatchOf(c.req.raw)!;
      const deps = edgeDeps(c.env);
      c.set('edge', {
        raw: c.req.raw,
        url,
        host,
        requestId,
        deps,
        env: c.env,
        ctx: c.executionCtx,
        // Bound only when something logs: most page views and redirects never do.
        get log() {
          return deps.log.child({ request_id: requestId, host });
        },
      });
      await next();
      // Assigning c.res makes Hono copy every header across, so only when the answer had to be copied.
      const answered = withRequestIdHeader(c.res, requestId);
      if (answered !== c.res) c.res = answered;
    })
    .route('/', inner)
    .onError((err, c) => {
      // The API answers its own errors in its envelope; this is for pages, redirects and hooks.
      const { requestId, host, url } = dispatchOf(c.req.raw)!;
      edgeDeps(c.env).log.error('edge request failed', {
        request_id: requestId,
        host,
        path: url.pathname.slice(0, 200),
        error: err,
      });
      return serverErrorResponse(requestId);
    });
}

const apps = { root: withContext(rootApp), short: withContext(shortDomainApp), site: withContext(siteApp) };

/**
 * The edge Worker: one entry that picks the app by host. The host comes from the request URL
 * (which `wrangler dev` and Cloudflare build from the Host header), normalised before any lookup.
 */
export default {
  fetch(request, env, ctx) {
    const url = parseUrl(request.url);
    // workerd builds the URL from the Host header; one the URL standard refuses (`*.x`, `%00`, a port
    // out of range) is a malformed request, not a server error.
    if (!url) return badRequestResponse();
    const host = hostOf(url);
    if (!host) return notFoundResponse();
    recordDispatch(request, url, host);
    const { config } = edgeDeps(env);
    // The purge hook answers on any host: callers inside the platform (a service binding, a Worker
    // that cannot set Host) reach it with the shared secret, whatever hostname their URL names.
    const internal = url.pathname === '/__internal/purge' || url.pathname === '/__internal/webhooks';
    const app =
      internal || classifyHost(host, config.rootDomain).kind === 'root'
        ? apps.root
        : host === config.shortDomain
          ? apps.short
          : apps.site;
    return app.fetch(request, env, ctx);
  },
} satisfies ExportedHandler<EdgeEnv>;
