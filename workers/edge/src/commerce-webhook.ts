import { AppError, commerceService, withRequestLog } from '@mewayz/core';
import type { Context } from 'hono';
import { type EdgeHono, edgeRequestOf } from './platform/hono-env.ts';
import { readWebhookText } from './platform/read-limited-body.ts';

/** Stripe's events are a few KiB; a checkout session with many line items stays far below this. */
const maxEventBytes = 256 * 1024;

/**
 * `POST /webhooks/stripe` on the root host. The signature is checked on the raw bytes (the SDK's
 * SubtleCrypto verifier, Stripe's 5-minute tolerance), the event stored by its id and queued for the
 * jobs Worker; Stripe gets its 2xx at once. Forged, tampered or stale requests answer 400 and change
 * nothing; an event Stripe sends again is acknowledged without being queued twice.
 */
export async function stripeWebhook(c: Context<EdgeHono>): Promise<Response> {
  const r = edgeRequestOf(c);
  const signature = c.req.header('stripe-signature');
  if (!signature)
    return c.json({ error: { code: 'invalid_signature', message: 'Stripe-Signature is missing.' } }, 400);
  const body = await readWebhookText(c, maxEventBytes);
  if (body instanceof Response) return body;
  try {
    const deps = withRequestLog(r.deps, { request_id: r.requestId });
    const event = await commerceService.receiveStripeEvent(deps, body, signature);
    if (event.pending) await r.env.STRIPE_EVENTS.send({ eventId: event.id });
    deps.log.info('stripe event received', { event: event.id, type: event.type, queued: event.pending });
    return c.json({ received: true, queued: event.pending });
  } catch (err) {
    if (err instanceof AppError && err.status < 500)
      return c.json({ error: { code: err.code, message: err.message } }, 400);
    throw err;
  }
}
