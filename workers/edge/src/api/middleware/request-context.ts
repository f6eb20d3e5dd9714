import { newId, withRequestLog } from '@mewayz/core';
import { createMiddleware } from 'hono/factory';
import { dispatchOf } from '../../platform/dispatch.ts';
import type { ApiEnv } from '../api-env.ts';
import { apiDeps } from '../platform.ts';

/**
 * First middleware of every API request: a request id (`req_…`, echoed in `X-Request-Id` and in the
 * envelope), the isolate's dependencies, and one structured log line when the answer is ready —
 * request id, tenant, token, route, status and duration.
 */
export const requestContext = createMiddleware<ApiEnv>(async (c, next) => {
  // The id the Worker's entry gave the request (it also answers it in X-Request-Id).
  const requestId = dispatchOf(c.req.raw)?.requestId ?? newId('request');
  c.set('requestId', requestId);
  c.set('startedAt', Date.now());
  // The request's own deps: services it calls log with its request id.
  const api = withRequestLog(apiDeps(c.env), { request_id: requestId });
  c.set('api', api);
  await next();
  c.header('X-Request-Id', requestId);
  c.header('Cache-Control', 'no-store');
  const auth = c.get('auth');
  api.log[c.res.status >= 500 ? 'error' : 'info']('api request', {
    method: c.req.method,
    route: c.get('routeName') ?? c.req.routePath,
    path: new URL(c.req.url).pathname.slice(0, 200),
    status: c.res.status,
    duration_ms: Date.now() - c.get('startedAt'),
    org_id: auth?.principal.organizationId ?? null,
    token_id: auth?.principal.tokenId ?? null,
  });
});
