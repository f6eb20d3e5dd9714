import { AppError, campaignsService, type TrackingClaims } from '@mewayz/core';
import type { Context } from 'hono';
import { type EdgeHono, type EdgeRequest, edgeRequestOf } from '../platform/hono-env.ts';
import { readWebhookText } from '../platform/read-limited-body.ts';
import { htmlResponse, notFoundResponse } from '../sites/html-response.ts';
import { enqueueEngagement } from '../tracking/event-batcher.ts';
import { unsubscribePage } from './consent-pages.ts';

/** A transparent 1×1 GIF. */
const pixel = Uint8Array.from(atob('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7'), (ch) =>
  ch.charCodeAt(0),
);
const pixelHeaders = new Headers({
  'content-type': 'image/gif',
  'content-length': String(pixel.byteLength),
  // Every fetch must reach us to be counted; nobody may keep it.
  'cache-control': 'private, no-store, max-age=0',
});

function secretOf(r: EdgeRequest): string {
  return r.deps.campaigns.trackingSecret;
}

/**
 * Record after the answer, through the events queue like `/go/` clicks: the reader never waits, and the
 * jobs Worker does the database work in batches. A failure is logged, never the reader's problem.
 */
function recordLater(r: EdgeRequest, claims: TrackingClaims) {
  try {
    const engagement = campaignsService.engagementOf(claims, {
      userAgent: r.raw.headers.get('user-agent') ?? '',
      ip: r.raw.headers.get('cf-connecting-ip') ?? '',
      at: r.deps.now(),
    });
    enqueueEngagement(r.ctx, r.env.EVENTS, engagement, r.deps.log);
  } catch (err) {
    r.log.error('email engagement not queued', { error: err, kind: claims.kind });
  }
}

/** `GET /e/o/<token>.gif`: the open pixel. A bad token still gets the pixel (and counts nothing). */
export async function openPixel(c: Context<EdgeHono>): Promise<Response> {
  const r = edgeRequestOf(c);
  const token = (c.req.param('token') ?? '').replace(/\.gif$/, '');
  const claims = await campaignsService.verifyTracking(secretOf(r), token, 'open');
  if (claims && r.raw.method === 'GET') recordLater(r, claims);
  return new Response(pixel, { status: 200, headers: pixelHeaders });
}

/**
 * `GET /e/c/<token>`: a tracked link. The destination is inside the signed token, so nothing but a
 * link the campaign sent can be reached through here (no open redirect), and no read precedes the 302.
 */
export async function clickRedirect(c: Context<EdgeHono>): Promise<Response> {
  const r = edgeRequestOf(c);
  const claims = await campaignsService.verifyTracking(secretOf(r), c.req.param('token') ?? '', 'click');
  if (!claims?.url || !/^https?:\/\//i.test(claims.url)) return notFoundResponse();
  if (r.raw.method === 'GET') recordLater(r, claims);
  return new Response(null, {
    status: 302,
    headers: {
      location: claims.url,
      'cache-control': 'private, no-store, max-age=0',
      'referrer-policy': 'no-referrer',
    },
  });
}

const pageHeaders = { 'cache-control': 'private, no-store', 'x-robots-tag': 'noindex' };

/** `GET /e/u/<token>`: a confirmation page with a one-button form (no script). */
export async function unsubscribeForm(c: Context<EdgeHono>): Promise<Response> {
  const r = edgeRequestOf(c);
  const token = c.req.param('token') ?? '';
  const claims = await campaignsService.verifyTracking(secretOf(r), token, 'unsubscribe');
  if (!claims) return notFoundResponse();
  const page = unsubscribePage({ state: 'confirm', action: `/e/u/${token}` });
  return htmlResponse(page.html, page.csp, 200, pageHeaders);
}

/**
 * `POST /e/u/<token>`: one-click unsubscribe (RFC 8058: mail clients POST `List-Unsubscribe=One-Click`)
 * and the confirmation form's button. Done before answering, so "you are unsubscribed" is true.
 */
export async function unsubscribeNow(c: Context<EdgeHono>): Promise<Response> {
  const r = edgeRequestOf(c);
  const token = c.req.param('token') ?? '';
  const claims = await campaignsService.verifyTracking(secretOf(r), token, 'unsubscribe');
  if (!claims) return notFoundResponse();
  await campaignsService.unsubscribeByToken(r.deps, claims, new Date());
  const page = unsubscribePage({ state: 'done', action: `/e/u/${token}` });
  return htmlResponse(page.html, page.csp, 200, pageHeaders);
}

/** Provider events are small JSON documents. */
const maxWebhookBytes = 64 * 1024;

/**
 * `POST /webhooks/email`: the provider's delivery, bounce and complaint events (Resend, Svix-signed).
 * Bounces and complaints set the contact's consent and suppress the address. 404 until a signing secret
 * is configured; forged or stale requests 400 and change nothing.
 */
export async function emailProviderWebhook(c: Context<EdgeHono>): Promise<Response> {
  const r = edgeRequestOf(c);
  const secret = r.deps.campaigns.webhookSecret;
  if (!secret) return notFoundResponse();
  const body = await readWebhookText(c, maxWebhookBytes);
  if (body instanceof Response) return body;
  try {
    await campaignsService.verifyProviderWebhook(
      secret,
      {
        id: c.req.header('svix-id') ?? null,
        timestamp: c.req.header('svix-timestamp') ?? null,
        signature: c.req.header('svix-signature') ?? null,
      },
      body,
      new Date(),
    );
  } catch (err) {
    if (err instanceof AppError && err.status < 500)
      return c.json({ error: { code: err.code, message: err.message } }, 400);
    throw err;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return c.json({ error: { code: 'invalid_json', message: 'The body is not JSON.' } }, 400);
  }
  const event = campaignsService.providerEventOf(parsed);
  if (!event) return c.json({ received: true, applied: false });
  const result = await campaignsService.applyProviderEvent(r.deps, event);
  return c.json({ received: true, applied: result.applied });
}

/**
 * `GET|POST /webhooks/email/elastic/<token>`: Elastic Email's HTTP web notifications. Elastic calls the
 * notification URL with its parameters in the query string (`status`, `category`, `date`, `postback`,
 * …); a POST may carry them as a form or a JSON object instead. It signs nothing, so the secret path
 * segment is the authentication: 404 until `ELASTIC_EMAIL_WEBHOOK_TOKEN` is set, 401 for any other
 * token (nothing read, nothing changed). Unknown statuses and foreign mail answer 200 (Elastic turns
 * the notifications off after 1000 failures).
 */
export async function elasticEmailWebhook(c: Context<EdgeHono>): Promise<Response> {
  const r = edgeRequestOf(c);
  const expected = r.deps.campaigns.elasticWebhookToken;
  if (!expected) return notFoundResponse();
  try {
    campaignsService.verifyElasticToken(expected, c.req.param('token') ?? '');
  } catch (err) {
    if (err instanceof AppError && err.status < 500)
      return c.json({ error: { code: err.code, message: err.message } }, 401);
    throw err;
  }
  const params: Record<string, string> = {};
  for (const [k, v] of new URL(r.raw.url).searchParams) params[k.toLowerCase()] = v;
  if (r.raw.method === 'POST') {
    const body = await readWebhookText(c, maxWebhookBytes);
    if (body instanceof Response) return body;
    const fields = fieldsOfBody(body, r.raw.headers.get('content-type') ?? '');
    if (!fields)
      return c.json({ error: { code: 'invalid_body', message: 'Expected a form or a JSON object.' } }, 400);
    Object.assign(params, fields);
  }
  const event = campaignsService.elasticEventOf(params);
  if (!event) return c.json({ received: true, applied: false });
  const result = await campaignsService.applyProviderEvent(r.deps, event);
  return c.json({ received: true, applied: result.applied });
}

/** A POSTed notification's fields (names lower-cased, values as strings), or null when unreadable. */
function fieldsOfBody(body: string, contentType: string): Record<string, string> | null {
  const fields: Record<string, string> = {};
  if (!body.trim()) return fields;
  if (contentType.includes('json') || body.trimStart().startsWith('{')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch {
      return null;
    }
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return null;
    for (const [k, v] of Object.entries(parsed))
      if (typeof v === 'string' || typeof v === 'number') fields[k.toLowerCase()] = String(v);
    return fields;
  }
  for (const [k, v] of new URLSearchParams(body)) fields[k.toLowerCase()] = v;
  return fields;
}
