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
  console[level === 'error' ? 'error' : 'log'](
    JSON.stringify({ level, msg, worker: 'jobs', queue: 'events', ...extra }),
  );
}

type Pending = { msg: Message<unknown>; event: AnalyticsEvent };

/**
 * Ingest `items`, acking each message only once its event is committed. When a group fails, it is
 * split in half and each half tried on its own, so good events still go in a few transactions and a
 * bad one ends up alone: retried with backoff, and parked in the dead-letter queue after max_retries.
 */
async function ingestOrSplit(deps: JobsDeps, items: Pending[], failFirstAttempt: boolean): Promise<void> {
  try {
    const res = await ingestEvents(
      deps.db,
      deps.redis,
      items.map((v) => v.event),
      { failAfterInsert: failFirstAttempt },
    );
    for (const v of items) v.msg.ack();
    log('info', 'batch ingested', { messages: items.length, inserted: res.inserted });
  } catch (err) {
    if (items.length === 1) {
      const [v] = items as [Pending];
      v.msg.retry({ delaySeconds: retryDelaySeconds(v.msg.attempts) });
      log('error', 'event failed, will retry', {
        messageId: v.msg.id,
        attempts: v.msg.attempts,
        error: String(err),
      });
      return;
    }
    log('error', 'batch failed, splitting it', { messages: items.length, error: String(err) });
    const mid = Math.ceil(items.length / 2);
    await ingestOrSplit(deps, items.slice(0, mid), false);
    await ingestOrSplit(deps, items.slice(mid), false);
  }
}

/**
 * Consume a batch of analytics events: malformed messages go straight to the dead-letter queue; the
 * rest are ingested in one transaction, split on failure (see ingestOrSplit). Redelivered events
 * are recognised by id and never counted twice.
 */
export async function consumeEvents(
  batch: MessageBatch<unknown>,
  env: JobsEnv,
  deps: JobsDeps,
): Promise<void> {
  const valid: Pending[] = [];
  for (const msg of batch.messages) {
    const parsed = analyticsEventSchema.safeParse(msg.body);
    if (parsed.success) {
      valid.push({ msg, event: parsed.data });
    } else {
      // Malformed forever: park it in the DLQ for inspection instead of retrying.
      await env.EVENTS_DLQ.send({
        reason: 'invalid_event',
        body: msg.body,
        issues: parsed.error.issues.slice(0, 5),
      });
      msg.ack();
      log('error', 'invalid event parked in DLQ', { messageId: msg.id });
    }
  }
  if (valid.length === 0) return;
  const chaosEvery = deps.vars.CHAOS_FAIL_BATCH_EVERY;
  const failThisBatch = chaosEvery > 0 && valid.length > 1 && ++batchCounter % chaosEvery === 0;
  await ingestOrSplit(deps, valid, failThisBatch);
}
