import { commerceService, type StripeEventMessage } from '@mewayz/core';
import { pendingStripeEvents, processStripeEvent, sweepExpiredCheckouts } from '@mewayz/core/admin';
import type { JobsDeps } from '../deps.ts';
import type { JobsEnv } from '../env.ts';

/** An event that must wait for another (a refund before its payment) is tried again after this. */
const notReadyRetrySeconds = 15;
/** An event whose processing crashed (database or Stripe unreachable) is tried again after this. */
const crashRetrySeconds = 30;
/** A stored event the queue never brought for this long is queued again by the sweep. */
const sweepAfterMs = 2 * 60_000;

/**
 * The `stripe-events` queue: each message names one stored, verified Stripe event. Applying it is
 * idempotent (the order timeline is keyed by the event id), so a redelivered message, or two copies
 * processed at once, change an order once; messages run one at a time so events of one order apply
 * in the order they came.
 */
export type ApplyStripeEvent = (deps: JobsDeps, eventId: string) => Promise<string>;

export async function consumeStripeEvents(
  batch: MessageBatch<unknown>,
  deps: JobsDeps,
  apply: ApplyStripeEvent = processStripeEvent,
) {
  for (const msg of batch.messages) {
    const eventId = (msg.body as Partial<StripeEventMessage> | null)?.eventId;
    if (typeof eventId !== 'string' || eventId.length > 255) {
      deps.log.error('malformed stripe-events message', { messageId: msg.id });
      msg.ack();
      continue;
    }
    try {
      const outcome = await apply(deps, eventId);
      deps.log.info('stripe event applied', { event: eventId, outcome });
      msg.ack();
    } catch (err) {
      if (err instanceof commerceService.EventNotReady) {
        deps.log.info('stripe event waits', { event: eventId, reason: err.message, attempt: msg.attempts });
        msg.retry({ delaySeconds: notReadyRetrySeconds });
      } else {
        deps.log.error('stripe event crashed', { event: eventId, error: err, attempt: msg.attempts });
        msg.retry({ delaySeconds: crashRetrySeconds });
      }
    }
  }
}

/**
 * The cron's part: queue stored events the queue never brought (the edge stored them and then could
 * not send), and release stock of checkouts that ended without their expiry webhook.
 */
export async function sweepCommerce(env: JobsEnv, deps: JobsDeps, now: Date) {
  const events = await pendingStripeEvents(deps, new Date(now.getTime() - sweepAfterMs));
  for (let i = 0; i < events.length; i += 100)
    await env.STRIPE_EVENTS.sendBatch(events.slice(i, i + 100).map((eventId) => ({ body: { eventId } })));
  const checkouts = await sweepExpiredCheckouts(deps, now);
  return { events: events.length, checkouts };
}
