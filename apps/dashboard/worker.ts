import { newId } from '@mewayz/core';
import { createRequestHandler, type ServerBuild } from '@remix-run/cloudflare';
import { type DashboardEnv, dashboardDeps, requestIdHeader } from './app/lib/env.server.ts';

/**
 * The dashboard Worker around a Remix server build: SSR for every request the assets binding did not
 * answer. Every request gets an id (`X-Request-Id`, in its log line and in the loaders' logger) and one
 * structured log line. Kept apart from `server.ts` (which imports `./build/server`) so the end-to-end
 * tests can wrap a build of their own without touching the one `npm start` serves.
 */
export function dashboardWorker(build: ServerBuild): ExportedHandler<DashboardEnv> {
  const handleRemixRequest = createRequestHandler(build);
  return {
    async fetch(request, env, ctx) {
      // Parsing the vars first makes a misconfigured Worker refuse every request with the reason in its log.
      const deps = dashboardDeps(env);
      const requestId = newId('request');
      const started = Date.now();
      const log = deps.log.child({ request_id: requestId });
      // Loaders see the id in a header the Worker always overwrites (a client cannot choose it);
      // Remix hands loaders a copy of the request, so the header is what survives.
      const headersIn = new Headers(request.headers);
      headersIn.set(requestIdHeader, requestId);
      const inner = new Request(request, { headers: headersIn });
      let response: Response;
      try {
        response = await handleRemixRequest(inner, {
          cloudflare: { env, ctx, cf: request.cf },
          requestId,
        } as never);
      } catch (err) {
        log.error('unhandled error', {
          method: request.method,
          path: new URL(request.url).pathname,
          error: err,
        });
        response = new Response('Something went wrong on our side.', { status: 500 });
      }
      // Remix's responses may have immutable headers (redirects built with Response.redirect).
      const headers = new Headers(response.headers);
      headers.set('X-Request-Id', requestId);
      log[response.status >= 500 ? 'error' : 'info']('dashboard request', {
        method: request.method,
        path: new URL(request.url).pathname.slice(0, 200),
        status: response.status,
        duration_ms: Date.now() - started,
      });
      return new Response(response.body, {
        status: response.status,
        statusText: response.statusText,
        headers,
      });
    },
  };
}
