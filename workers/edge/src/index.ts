import { classifyHost, normalizeHostname } from '@mewayz/core';
import { Hono } from 'hono';
import type { EdgeEnv } from './env.ts';
import { edgeDeps } from './platform/deps.ts';
import type { EdgeHono } from './platform/hono-env.ts';
import { rootApp, shortDomainApp } from './root-app.ts';
import { notFoundResponse } from './sites/html-response.ts';
import { siteApp } from './sites/site-app.ts';

/** Wrap an app so every route sees the normalised host and the isolate's dependencies. */
function withContext(inner: Hono<EdgeHono>) {
  return new Hono<EdgeHono>()
    .use(async (c, next) => {
      // Safe: fetch() below only dispatches requests whose host normalises.
      c.set('host', normalizeHostname(new URL(c.req.url).hostname)!);
      c.set('deps', edgeDeps(c.env));
      await next();
    })
    .route('/', inner);
}

const apps = { root: withContext(rootApp), short: withContext(shortDomainApp), site: withContext(siteApp) };

/**
 * The edge Worker: one entry that picks the app by host. The host comes from the request URL
 * (which `wrangler dev` and Cloudflare build from the Host header), normalised before any lookup.
 */
export default {
  fetch(request, env, ctx) {
    const host = normalizeHostname(new URL(request.url).hostname);
    if (!host) return notFoundResponse();
    const { config } = edgeDeps(env);
    // The purge hook answers on any host: callers inside the platform (a service binding, a Worker
    // that cannot set Host) reach it with the shared secret, whatever hostname their URL names.
    const internal = new URL(request.url).pathname === '/__internal/purge';
    const app =
      internal || classifyHost(host, config.rootDomain).kind === 'root'
        ? apps.root
        : host === config.shortDomain
          ? apps.short
          : apps.site;
    return app.fetch(request, env, ctx);
  },
} satisfies ExportedHandler<EdgeEnv>;
