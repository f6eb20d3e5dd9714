import {
  type AnalyticsEventInput,
  type EmailEngagementInput,
  type EventBundle,
  type Logger,
  maxEventsPerBundle,
  newId,
} from '@mewayz/core';

/** An event as buffered: its id is minted with its bundle. */
export type PendingEvent = Omit<AnalyticsEventInput, 'id'>;

/** How long a flusher waits for more events before sending. */
const flushDelayMs = 25;

let buffer: PendingEvent[] = [];
/** Email opens and clicks ride in the same bundles (see `EventBundle`). */
let engagements: EmailEngagementInput[] = [];
let flushScheduled = false;

/** Backoff between send attempts (~27 s in all, inside waitUntil's 30 s); after that the batch is lost and logged. */
const retryDelaysMs = [50, 200, 800, 2000, 4000, 8000, 12000];

async function sendWithRetry(queue: Queue<EventBundle>, bundle: EventBundle, log: Logger): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await queue.send(bundle, { contentType: 'json' });
      return;
    } catch (err) {
      // Queues answer overload and rate limits with errors that pass; an event is worth a short wait.
      const delay = retryDelaysMs[attempt];
      // A bundle carries the views of many requests, so the line names the count, not a request id.
      if (delay === undefined)
        return log.error('event send failed', {
          events: bundle.events.length,
          engagements: bundle.engagements?.length ?? 0,
          error: err,
        });
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}

/**
 * Give each event of a bundle its id: the bundle's own ULID plus the event's two-digit position. Unique
 * (ULIDs are), time-ordered for the primary key, fixed before the first send so a resent bundle
 * carries the same ids — and one ULID per bundle instead of one per page view.
 */
function withIds(pending: PendingEvent[]): AnalyticsEventInput[] {
  const base = newId('event');
  return pending.map((e, i) => ({ ...e, id: `${base}${i.toString(36).padStart(2, '0')}` }));
}

/**
 * Send what is buffered now, in bundles of at most maxEventsPerBundle. Events buffered while these
 * sends are in flight wait for the flush they scheduled themselves: a flusher that kept draining would
 * send them in small bundles as they trickle in.
 */
async function flush(queue: Queue<EventBundle>, log: Logger): Promise<void> {
  const pending = buffer;
  const pendingEngagements = engagements;
  buffer = [];
  engagements = [];
  const sends: Promise<void>[] = [];
  const count = Math.max(pending.length, pendingEngagements.length);
  for (let i = 0; i < count; i += maxEventsPerBundle) {
    const bundle: EventBundle = { events: withIds(pending.slice(i, i + maxEventsPerBundle)) };
    const withEngagements = pendingEngagements.slice(i, i + maxEventsPerBundle);
    if (withEngagements.length) bundle.engagements = withEngagements;
    sends.push(sendWithRetry(queue, bundle, log));
  }
  await Promise.all(sends);
}

/**
 * Buffer an event in this isolate and send buffered events as one queue message (an EventBundle).
 * The request that finds no flush pending becomes the flusher: its `waitUntil` keeps it alive until
 * the bundle is sent, so no request waits on another request's promise and a buffered event is never
 * stranded. One queue message then carries the events of many concurrent page views and clicks.
 */
export function enqueueEvent(
  ctx: ExecutionContext,
  queue: Queue<EventBundle>,
  event: PendingEvent,
  log: Logger,
): void {
  buffer.push(event);
  scheduleFlush(ctx, queue, log);
}

/** Buffer an email open or click (its id already minted) like `enqueueEvent` does a view. */
export function enqueueEngagement(
  ctx: ExecutionContext,
  queue: Queue<EventBundle>,
  engagement: EmailEngagementInput,
  log: Logger,
): void {
  engagements.push(engagement);
  scheduleFlush(ctx, queue, log);
}

function scheduleFlush(ctx: ExecutionContext, queue: Queue<EventBundle>, log: Logger): void {
  if (buffer.length >= maxEventsPerBundle || engagements.length >= maxEventsPerBundle) {
    ctx.waitUntil(flush(queue, log));
    return;
  }
  if (flushScheduled) return;
  flushScheduled = true;
  ctx.waitUntil(
    new Promise((resolve) => setTimeout(resolve, flushDelayMs)).then(() => {
      flushScheduled = false;
      return flush(queue, log);
    }),
  );
}
