import {
  bookingsService,
  campaignsService,
  crmService,
  isId,
  PayloadTooLarge,
  queueDispatch,
  sequencesService,
  socialService,
  timingSafeEqual,
} from '@mewayz/core';
import { renderLandingPage } from '@mewayz/render';
import type { Context } from 'hono';
import { Hono } from 'hono';
import { apiApp } from './api/app.ts';
import { stripeWebhook } from './commerce-webhook.ts';
import {
  clickRedirect,
  elasticEmailWebhook,
  emailProviderWebhook,
  openPixel,
  unsubscribeForm,
  unsubscribeNow,
} from './email/tracking-routes.ts';
import { shortLinkRoute } from './links/short-link-route.ts';
import { type EdgeHono, edgeRequestOf } from './platform/hono-env.ts';
import { readLimitedBody } from './platform/read-limited-body.ts';
import { htmlResponse, notFoundResponse } from './sites/html-response.ts';

/** A purge names at most 100 hosts of at most 253 characters (500 delivery ids are less): 32 KiB is plenty. */
const maxInternalBodyBytes = 32 * 1024;

/**
 * The body of a call to an internal hook (from another Worker of the platform), or the answer that
 * refuses it: 403 without the shared secret, 413 past the size limit. A body that is not JSON is empty.
 */
async function internalBody(c: Context<EdgeHono>): Promise<Record<string, unknown> | Response> {
  const secret = c.req.header('x-internal-secret') ?? '';
  if (!timingSafeEqual(secret, edgeRequestOf(c).deps.vars.INTERNAL_SECRET))
    return c.json({ error: 'forbidden' }, 403);
  try {
    const body = JSON.parse(new TextDecoder().decode(await readLimitedBody(c.req.raw, maxInternalBodyBytes)));
    return body && typeof body === 'object' ? body : {};
  } catch (err) {
    if (err instanceof PayloadTooLarge) return c.json({ error: 'payload_too_large' }, 413);
    return {};
  }
}

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
    const body = await internalBody(c);
    if (body instanceof Response) return body;
    const hosts = Array.isArray(body.hosts)
      ? body.hosts.filter((h): h is string => typeof h === 'string').slice(0, 100)
      : [];
    await edgeRequestOf(c).deps.purger.purgeHosts(hosts);
    return c.json({ purged: hosts.length });
  })
  .post('/__internal/webhooks', async (c) => {
    // The dashboard's after-commit hand-off of webhook deliveries: its own process has no producer
    // that reaches the consumer locally (decision 0005). Ids only; the rows say everything else.
    const body = await internalBody(c);
    if (body instanceof Response) return body;
    const ids = Array.isArray(body.deliveryIds)
      ? body.deliveryIds
          .filter((id): id is string => typeof id === 'string' && isId('webhookDelivery', id))
          .slice(0, 500)
      : [];
    if (ids.length) await queueDispatch(edgeRequestOf(c).env.WEBHOOKS)(ids);
    return c.json({ enqueued: ids.length });
  })
  .post('/__internal/contact-imports', async (c) => {
    // The dashboard's hand-off of a started import, for the same reason as webhooks above. The
    // message only names the import; its row's cursor decides what a delivery does.
    const body = await internalBody(c);
    if (body instanceof Response) return body;
    const message = { organizationId: body.organizationId, importId: body.importId };
    if (
      !isId('organization', String(message.organizationId)) ||
      !isId('contactImport', String(message.importId))
    )
      return c.json({ enqueued: 0 }, 400);
    await edgeRequestOf(c).env.CONTACT_IMPORTS.send(message as { organizationId: string; importId: string });
    return c.json({ enqueued: 1 });
  })
  .post('/__internal/campaigns/tick', async (c) => {
    // What the jobs cron does each minute, on demand: `npm start` has no cron (wrangler dev fires
    // none), so it calls this every few seconds, and the dashboard after "send now".
    const body = await internalBody(c);
    if (body instanceof Response) return body;
    const { deps, env } = edgeRequestOf(c);
    const now = new Date();
    // `{ organizationId }` ticks one workspace: tests sharing a database stay out of each other's mail.
    const only = isId('organization', String(body.organizationId ?? ''))
      ? { organizationId: String(body.organizationId) }
      : undefined;
    const result = await campaignsService.runCampaignCron(
      deps,
      now,
      async (messages) => {
        for (let i = 0; i < messages.length; i += 100)
          await env.CAMPAIGN_SENDS.sendBatch(messages.slice(i, i + 100).map((m) => ({ body: m })));
      },
      only,
    );
    // The jobs cron sends due sequence steps in the same minute; so does its local stand-in.
    const sequences = await sequencesService.runSequenceCron(deps, now, undefined, only);
    // And queues due social posts; their engagement is synced here too (each post at most every 15 min).
    const social = await socialService.runSocialCron(deps, now, env.SOCIAL_PUBLISH, only);
    const socialStats = await socialService.syncSocialStats(deps, now, only);
    // And the 5-minute cron's sweep of imports whose queue message was lost.
    const imports = await crmService.sweepStalledImports(
      deps,
      now,
      async (m) => void (await env.CONTACT_IMPORTS.send(m)),
      only,
    );
    return c.json({ ...result, sequences, social, socialStats, imports });
  })
  .post('/webhooks/stripe', stripeWebhook)
  .get('/calendar/:file', async (c) => {
    // A creator's secret booking feed for calendar subscriptions; rotating the secret revokes the URL.
    const file = c.req.param('file');
    if (!/^[A-Za-z0-9_-]{20,64}\.ics$/.test(file)) return notFoundResponse();
    const ics = await bookingsService.calendarFeed(edgeRequestOf(c).deps, file.slice(0, -4));
    if (ics === null) return notFoundResponse();
    return new Response(ics, {
      headers: {
        'content-type': 'text/calendar; charset=utf-8',
        // Calendar apps poll it; it is one creator's and names their buyers: never in a shared cache.
        'cache-control': 'private, max-age=300',
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'no-referrer',
      },
    });
  })
  // Campaign emails: open pixel, tracked links, one-click unsubscribe, provider events (decision 0012).
  .get('/e/o/:token', openPixel)
  .get('/e/c/:token', clickRedirect)
  .get('/e/u/:token', unsubscribeForm)
  .post('/e/u/:token', unsubscribeNow)
  .post('/webhooks/email', emailProviderWebhook)
  .on(['GET', 'POST'], '/webhooks/email/elastic/:token', elasticEmailWebhook)
  .get('/:code', (c) => {
    const { deps, host } = edgeRequestOf(c);
    return deps.config.shortDomain === host ? shortLinkRoute(c) : notFoundResponse();
  })
  .all('*', () => notFoundResponse());

/** A dedicated short-link domain answers only `/<code>`. */
export const shortDomainApp = new Hono<EdgeHono>()
  .get('/:code', shortLinkRoute)
  .all('*', () => notFoundResponse());
