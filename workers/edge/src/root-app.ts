import { isId, PayloadTooLarge, queueDispatch } from '@mewayz/core';
import { renderLandingPage } from '@mewayz/render';
import { Hono } from 'hono';
import { apiApp } from './api/app.ts';
import { shortLinkRoute } from './links/short-link-route.ts';
import { type EdgeHono, edgeRequestOf } from './platform/hono-env.ts';
import { readLimitedBody } from './platform/read-limited-body.ts';
import { htmlResponse, notFoundResponse } from './sites/html-response.ts';

function timingSafeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

/** A purge names at most 100 hosts of at most 253 characters: 32 KiB is plenty. */
const maxPurgeBodyBytes = 32 * 1024;

/** The root domain: landing page, the REST API, internal hooks and (when it is the short domain) short links. */
export const rootApp = new Hono<EdgeHono>()
  .route('/api/v1', apiApp)
  .get('/', (c) => {
    const { deps, url } = edgeRequestOf(c);
    const page = renderLandingPage({
      apiOrigin: url.origin,
      dashboardUrl: deps.appUrl,
    });
    return htmlResponse(page.html, page.csp, 200, { 'cache-control': 'public, max-age=300' });
  })
  .post('/__internal/purge', async (c) => {
    // The dashboard runs in another Worker; locally it asks this one to drop cached pages after publish.
    const secret = c.req.header('x-internal-secret') ?? '';
    const { deps } = edgeRequestOf(c);
    if (!timingSafeEqual(secret, deps.vars.INTERNAL_SECRET)) return c.json({ error: 'forbidden' }, 403);
    let body: { hosts?: unknown } | null = null;
    try {
      body = JSON.parse(new TextDecoder().decode(await readLimitedBody(c.req.raw, maxPurgeBodyBytes)));
    } catch (err) {
      if (err instanceof PayloadTooLarge) return c.json({ error: 'payload_too_large' }, 413);
    }
    const hosts = Array.isArray(body?.hosts)
      ? body.hosts.filter((h): h is string => typeof h === 'string').slice(0, 100)
      : [];
    await deps.purger.purgeHosts(hosts);
    return c.json({ purged: hosts.length });
  })
  .post('/__internal/webhooks', async (c) => {
    // The dashboard's after-commit hand-off of webhook deliveries: its own process has no producer
    // that reaches the consumer locally (decision 0005). Ids only; the rows say everything else.
    const secret = c.req.header('x-internal-secret') ?? '';
    const { deps, env } = edgeRequestOf(c);
    if (!timingSafeEqual(secret, deps.vars.INTERNAL_SECRET)) return c.json({ error: 'forbidden' }, 403);
    let body: { deliveryIds?: unknown } | null = null;
    try {
      body = JSON.parse(new TextDecoder().decode(await readLimitedBody(c.req.raw, maxPurgeBodyBytes)));
    } catch (err) {
      if (err instanceof PayloadTooLarge) return c.json({ error: 'payload_too_large' }, 413);
    }
    const ids = Array.isArray(body?.deliveryIds)
      ? body.deliveryIds
          .filter((id): id is string => typeof id === 'string' && isId('webhookDelivery', id))
          .slice(0, 500)
      : [];
    if (ids.length) await queueDispatch(env.WEBHOOKS)(ids);
    return c.json({ enqueued: ids.length });
  })
  .get('/:code', (c) => {
    const { deps, host } = edgeRequestOf(c);
    return deps.config.shortDomain === host ? shortLinkRoute(c) : notFoundResponse();
  })
  .all('*', () => notFoundResponse());

/** A dedicated short-link domain answers only `/<code>`. */
export const shortDomainApp = new Hono<EdgeHono>()
  .get('/:code', shortLinkRoute)
  .all('*', () => notFoundResponse());
