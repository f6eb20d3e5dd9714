import { maxQueueDelaySeconds, queueDispatch, type WebhookQueueMessage } from '@mewayz/core';
import { attemptDelivery, dueDeliveries } from '@mewayz/core/admin';
import type { JobsDeps } from '../deps.ts';
import type { JobsEnv } from '../env.ts';

/** A message whose attempt crashed (not a failed delivery: that is recorded) is retried after this. */
const crashRetrySeconds = 30;

/**
 * The `webhooks` queue: each message names one delivery row. The attempt claims the row first, so a
 * redelivered message does nothing once it succeeded (exactly once per claim). A failed attempt is
 * rescheduled in the database; the next one goes back on the queue with its delay when Queues allow it
 * (≤ 12 h), else the cron sweep sends it when due (decision 0005). Messages are attempted concurrently:
 * each waits on a receiver for up to `WEBHOOK_TIMEOUT_MS`.
 */
export async function consumeWebhooks(batch: MessageBatch<unknown>, env: JobsEnv, deps: JobsDeps) {
  await Promise.all(
    batch.messages.map(async (msg) => {
      const deliveryId = (msg.body as Partial<WebhookQueueMessage> | null)?.deliveryId;
      if (typeof deliveryId !== 'string') {
        deps.log.error('malformed webhooks message', { messageId: msg.id });
        msg.ack();
        return;
      }
      try {
        const outcome = await attemptDelivery(deps, deliveryId);
        deps.log.info('webhook attempt', { delivery: deliveryId, outcome: outcome.kind });
        if (outcome.kind === 'retry' && outcome.delaySeconds <= maxQueueDelaySeconds) {
          // The row is already rescheduled: if this send fails, the sweep sends it when due.
          await env.WEBHOOKS.send({ deliveryId }, { delaySeconds: outcome.delaySeconds }).catch((err) =>
            deps.log.warn('webhook retry not enqueued; the sweep will send it', {
              delivery: deliveryId,
              error: err,
            }),
          );
        }
        msg.ack();
      } catch (err) {
        deps.log.error('webhook attempt crashed', { delivery: deliveryId, error: err });
        msg.retry({ delaySeconds: crashRetrySeconds });
      }
    }),
  );
}

/** The cron sweep: enqueue deliveries that are due and that no queue message is carrying. */
export async function sweepWebhooks(env: JobsEnv, deps: JobsDeps, now: Date) {
  const ids = await dueDeliveries(deps, now);
  await queueDispatch(env.WEBHOOKS)(ids);
  return { swept: ids.length };
}
