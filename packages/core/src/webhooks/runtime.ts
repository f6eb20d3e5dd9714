import { defaultRetrySchedule } from './schedule.ts';

/** Hands delivery ids to the `webhooks` queue once the transaction that created them has committed. */
export type WebhookDispatch = (deliveryIds: string[]) => Promise<void>;

/** How this Worker sends webhooks (from the vars; see `platform/vars.ts`). */
export interface WebhookSettings {
  /** Endpoint URLs may be http and private/loopback addresses (local development only). */
  allowPrivateUrls: boolean;
  /** Timeout of one outbound attempt. */
  timeoutMs: number;
  /** Seconds between attempts (see `schedule.ts`). */
  retrySchedule: readonly number[];
  /**
   * After-commit hand-off to the queue: the queue binding in the edge and jobs Workers, the edge's
   * internal endpoint from the dashboard. Without one (Node scripts) the cron sweep sends them.
   */
  dispatch?: WebhookDispatch;
}

export const defaultWebhookSettings: WebhookSettings = {
  allowPrivateUrls: false,
  timeoutMs: 10_000,
  retrySchedule: defaultRetrySchedule,
};

/** A queue message of the `webhooks` queue: one delivery row to attempt. */
export interface WebhookQueueMessage {
  deliveryId: string;
}

/** A producer of the `webhooks` queue (a Workers `Queue` binding satisfies it). */
export interface WebhookQueue {
  sendBatch(messages: Iterable<{ body: WebhookQueueMessage; delaySeconds?: number }>): Promise<unknown>;
}

/** Cloudflare Queues deliver at most this long after a send (`delaySeconds` limit). */
export const maxQueueDelaySeconds = 12 * 3600;

/** Dispatch through a queue binding, in batches of 100 (the Queues limit per sendBatch). */
export function queueDispatch(queue: WebhookQueue): WebhookDispatch {
  return async (ids) => {
    for (let i = 0; i < ids.length; i += 100) {
      await queue.sendBatch(ids.slice(i, i + 100).map((deliveryId) => ({ body: { deliveryId } })));
    }
  };
}
