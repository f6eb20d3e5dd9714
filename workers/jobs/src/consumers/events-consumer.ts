import {
  type AnalyticsEvent,
  analyticsEventSchema,
  campaignsService,
  eventsOfMessage,
  type Logger,
} from '@mewayz/core';
import { ingestEvents } from '@mewayz/core/admin';
import type { JobsDeps } from '../deps.ts';
import type { JobsEnv } from '../env.ts';

const maxEventsPerTransaction = 500;

/**
 * How a group of events is stored: `ingestEvents` in production. `split` says whether the group is half
 * of a failed one, so a test can inject failures into whole deliveries only (see the jobs test worker).
 */
export type IngestGroup = (
  deps: JobsDeps,
  events: AnalyticsEvent[],
  attempt: { split: boolean },
) => Promise<{ inserted: number }>;

const ingestGroup: IngestGroup = (deps, events) => ingestEvents(deps, deps.redis, events, deps.log);

/** Exponential backoff for a retried message: 5 s, 10 s, 20 s … capped at 5 minutes. */
export function retryDelaySeconds(attempts: number): number {
  return Math.min(300, 5 * 2 ** Math.max(0, attempts - 1));
}

type Pending = { msg: Message<unknown>; event: AnalyticsEvent };

/**
 * Ingest `items`; returns the events that could not be stored. When a group fails, it is split in
 * half and each half tried on its own, so good events still go in a few transactions and a bad one
 * ends up alone.
 */
async function ingestOrSplit(
  deps: JobsDeps,
  log: Logger,
  ingest: IngestGroup,
  items: Pending[],
  split: boolean,
): Promise<Pending[]> {
  try {
    const res = await ingest(
      deps,
      items.map((v) => v.event),
      { split },
    );
    log.info('batch ingested', { events: items.length, inserted: res.inserted });
    return [];
  } catch (err) {
    if (items.length === 1) {
      const [v] = items as [Pending];
      log.error('event failed', { messageId: v.msg.id, eventId: v.event.id, error: err });
      return items;
    }
    log.error('batch failed, splitting it', { events: items.length, error: err });
    const mid = Math.ceil(items.length / 2);
    return [
      ...(await ingestOrSplit(deps, log, ingest, items.slice(0, mid), true)),
      ...(await ingestOrSplit(deps, log, ingest, items.slice(mid), true)),
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
async function parkOnce(
  env: JobsEnv,
  deps: JobsDeps,
  log: Logger,
  parkId: string,
  entry: Record<string, unknown>,
) {
  const key = `events-dlq:${parkId}`;
  if ((await deps.redis.exists(key)) > 0) return;
  await env.EVENTS_DLQ.send({ ...entry, parkId });
  await deps.redis.set(key, '1', { ex: parkedMemorySeconds });
  log.error('invalid event parked in DLQ', { parkId });
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
  ingest: IngestGroup = ingestGroup,
): Promise<void> {
  const log = deps.log.child({ queue: 'events', batch_messages: batch.messages.length });
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
        await parkOnce(env, deps, log, `${msg.id}:${position}`, {
          reason: 'invalid_event',
          body,
          issues: parsed.error.issues.slice(0, 5),
        });
      } catch (err) {
        unparked.add(msg);
        log.error('could not park an invalid event; its message will be retried', {
          messageId: msg.id,
          error: err,
        });
      }
    }
  }
  // A delivery can hold up to max_batch_size bundles of 100 events: keep each transaction (and its
  // INSERT statement) to a size the database takes comfortably.
  const failed: Pending[] = [];
  for (let i = 0; i < valid.length; i += maxEventsPerTransaction) {
    const chunk = valid.slice(i, i + maxEventsPerTransaction);
    failed.push(...(await ingestOrSplit(deps, log, ingest, chunk, false)));
  }
  const engagementFailures = await recordEngagements(batch, env, deps, log, unparked);
  const retry = new Set([...failed.map((f) => f.msg), ...unparked, ...engagementFailures]);
  for (const msg of batch.messages) {
    if (retry.has(msg)) {
      msg.retry({ delaySeconds: retryDelaySeconds(msg.attempts) });
      log.warn('message will be retried', { messageId: msg.id, attempts: msg.attempts });
    } else {
      msg.ack();
    }
  }
}

/**
 * The email opens and clicks the bundles carry (see `EventBundle`): malformed ones are parked like
 * malformed events; the rest are recorded, each once (by its id) however often it is delivered.
 * Returns the messages holding one that failed, to be retried.
 */
async function recordEngagements(
  batch: MessageBatch<unknown>,
  env: JobsEnv,
  deps: JobsDeps,
  log: Logger,
  unparked: Set<Message<unknown>>,
): Promise<Set<Message<unknown>>> {
  const owner = new Map<string, Message<unknown>>();
  const valid: campaignsService.EmailEngagement[] = [];
  for (const msg of batch.messages) {
    const bodies = campaignsService.engagementsOfMessage(msg.body);
    for (let position = 0; position < bodies.length; position++) {
      const parsed = campaignsService.emailEngagementSchema.safeParse(bodies[position]);
      if (parsed.success) {
        valid.push(parsed.data);
        owner.set(parsed.data.id, msg);
        continue;
      }
      try {
        await parkOnce(env, deps, log, `${msg.id}:engagement:${position}`, {
          reason: 'invalid_engagement',
          body: bodies[position],
          issues: parsed.error.issues.slice(0, 5),
        });
      } catch (err) {
        unparked.add(msg);
        log.error('could not park an invalid engagement; its message will be retried', {
          messageId: msg.id,
          error: err,
        });
      }
    }
  }
  if (!valid.length) return new Set();
  const res = await campaignsService.recordQueuedEngagements(deps, valid);
  log.info('engagements recorded', {
    engagements: valid.length,
    counted: res.counted,
    duplicates: res.duplicates,
    failed: res.failed.length,
  });
  return new Set(res.failed.map((e) => owner.get(e.id)!));
}
