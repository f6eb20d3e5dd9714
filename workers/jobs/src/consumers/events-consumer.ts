import { type AnalyticsEvent, analyticsEventSchema } from '@mewayz/core';
import { ingestEvents } from '@mewayz/core/admin';
import type { JobsDeps } from '../deps.ts';
import type { JobsEnv } from '../env.ts';

let batchCounter = 0;

/** Exponential backoff for a retried message: 5 s, 10 s, 20 s … capped at 5 minutes. */
export function retryDelaySeconds(attempts: number): number {
  return Math.min(300, 5 * 2 ** Math.max(0, attempts - 1));
}

function log(level: 'info' | 'error', msg: string, extra: Record<string, unknown> = {}) {
  console[level === 'error' ? 'error' : 'log'](JSON.stringify({ level, msg, worker: 'jobs', queue: 'events', ...extra }));
}

/**
 * Consume a batch of analytics events. Fast path: the whole batch in one transaction. If that fails,
 * each message is retried on its own so one bad event cannot hold the others back; a message that
 * keeps failing is retried with backoff and lands in the dead-letter queue after max_retries.
 * Messages are acked one by one, only after their events are committed.
 */
export async function consumeEvents(batch: MessageBatch<unknown>, env: JobsEnv, deps: JobsDeps): Promise<void> {
  const valid: { msg: Message<unknown>; event: AnalyticsEvent }[] = [];
  for (const msg of batch.messages) {
    const parsed = analyticsEventSchema.safeParse(msg.body);
    if (parsed.success) {
      valid.push({ msg, event: parsed.data });
    } else {
      // Malformed forever: park it in the DLQ for inspection instead of retrying.
      await env.EVENTS_DLQ.send({ reason: 'invalid_event', body: msg.body, issues: parsed.error.issues.slice(0, 5) });
      msg.ack();
      log('error', 'invalid event parked in DLQ', { messageId: msg.id });
    }
  }
  if (valid.length === 0) return;

  const chaosEvery = deps.vars.CHAOS_FAIL_BATCH_EVERY;
  const failThisBatch = chaosEvery > 0 && valid.length > 1 && ++batchCounter % chaosEvery === 0;
  try {
    const res = await ingestEvents(deps.db, deps.redis, valid.map((v) => v.event), { failAfterInsert: failThisBatch });
    for (const v of valid) v.msg.ack();
    log('info', 'batch ingested', { messages: valid.length, inserted: res.inserted });
    return;
  } catch (err) {
    log('error', 'batch failed, retrying message by message', { messages: valid.length, error: String(err) });
  }
  for (const v of valid) {
    try {
      await ingestEvents(deps.db, deps.redis, [v.event]);
      v.msg.ack();
    } catch (err) {
      v.msg.retry({ delaySeconds: retryDelaySeconds(v.msg.attempts) });
      log('error', 'event failed, will retry', { messageId: v.msg.id, attempts: v.msg.attempts, error: String(err) });
    }
  }
}
