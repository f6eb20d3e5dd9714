import { type AnalyticsEvent, analyticsEventSchema, eventsOfMessage } from '@mewayz/core';
import { ingestEvents } from '@mewayz/core/admin';
import type { JobsDeps } from '../deps.ts';
import type { JobsEnv } from '../env.ts';

let batchCounter = 0;
const maxEventsPerTransaction = 500;

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
 * Ingest `items`; returns the events that could not be stored. When a group fails, it is split in
 * half and each half tried on its own, so good events still go in a few transactions and a bad one
 * ends up alone.
 */
async function ingestOrSplit(
  deps: JobsDeps,
  items: Pending[],
  failFirstAttempt: boolean,
): Promise<Pending[]> {
  try {
    const res = await ingestEvents(
      deps.db,
      deps.redis,
      items.map((v) => v.event),
      { failAfterInsert: failFirstAttempt },
    );
    log('info', 'batch ingested', { events: items.length, inserted: res.inserted });
    return [];
  } catch (err) {
    if (items.length === 1) {
      const [v] = items as [Pending];
      log('error', 'event failed', { messageId: v.msg.id, eventId: v.event.id, error: String(err) });
      return items;
    }
    log('error', 'batch failed, splitting it', { events: items.length, error: String(err) });
    const mid = Math.ceil(items.length / 2);
    return [
      ...(await ingestOrSplit(deps, items.slice(0, mid), false)),
      ...(await ingestOrSplit(deps, items.slice(mid), false)),
    ];
  }
}

/** How long the consumer remembers which malformed events it parked (longer than any retry schedule). */
const parkedMemorySeconds = 7 * 86_400;

/**
 * Send a malformed event to the dead-letter queue once: a bundle whose valid siblings fail is retried
 * whole, and without this its malformed events would be parked again on every redelivery. Remembered
 * after the send, so a failed send is tried again on the next delivery.
 */
async function parkOnce(env: JobsEnv, deps: JobsDeps, parkId: string, entry: Record<string, unknown>) {
  const key = `events-dlq:${parkId}`;
  if ((await deps.redis.exists(key)) > 0) return;
  await env.EVENTS_DLQ.send({ ...entry, parkId });
  await deps.redis.set(key, '1', { ex: parkedMemorySeconds });
  log('error', 'invalid event parked in DLQ', { parkId });
}

/**
 * Consume a batch of analytics messages (each an EventBundle, or a single event): malformed events go
 * straight to the dead-letter queue; the rest are ingested in one transaction, split on failure (see
 * ingestOrSplit). A message is acked once all its events are stored; otherwise it is retried with
 * backoff (its stored events are then recognised by id and never counted twice) and parked in the
 * dead-letter queue after max_retries.
 */
export async function consumeEvents(
  batch: MessageBatch<unknown>,
  env: JobsEnv,
  deps: JobsDeps,
): Promise<void> {
  const valid: Pending[] = [];
  // Messages with a malformed event that could not be parked (DLQ or Redis unavailable): retried, so
  // it is parked on a later delivery; their valid events are stored now all the same.
  const unparked = new Set<Message<unknown>>();
  for (const msg of batch.messages) {
    const bodies = eventsOfMessage(msg.body);
    for (let position = 0; position < bodies.length; position++) {
      const body = bodies[position];
      const parsed = analyticsEventSchema.safeParse(body);
      if (parsed.success) {
        valid.push({ msg, event: parsed.data });
        continue;
      }
      // Malformed forever: park it in the DLQ for inspection instead of retrying.
      try {
        await parkOnce(env, deps, `${msg.id}:${position}`, {
          reason: 'invalid_event',
          body,
          issues: parsed.error.issues.slice(0, 5),
        });
      } catch (err) {
        unparked.add(msg);
        log('error', 'could not park an invalid event; its message will be retried', {
          messageId: msg.id,
          error: String(err),
        });
      }
    }
  }
  const chaosEvery = deps.vars.CHAOS_FAIL_BATCH_EVERY;
  const failThisBatch = chaosEvery > 0 && valid.length > 1 && ++batchCounter % chaosEvery === 0;
  // A delivery can hold up to max_batch_size bundles of 100 events: keep each transaction (and its
  // INSERT statement) to a size the database takes comfortably.
  const failed: Pending[] = [];
  for (let i = 0; i < valid.length; i += maxEventsPerTransaction) {
    const chunk = valid.slice(i, i + maxEventsPerTransaction);
    failed.push(...(await ingestOrSplit(deps, chunk, failThisBatch && i === 0)));
  }
  const retry = new Set([...failed.map((f) => f.msg), ...unparked]);
  for (const msg of batch.messages) {
    if (retry.has(msg)) {
      msg.retry({ delaySeconds: retryDelaySeconds(msg.attempts) });
      log('error', 'message will be retried', { messageId: msg.id, attempts: msg.attempts });
    } else {
      msg.ack();
    }
  }
}
