import {
  type AnalyticsEventInput,
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
let flushScheduled = false;

/** Backoff between send attempts (~27 s in all, inside waitUntil's 30 s); after that the batch is lost and logged. */
const retryDelaysMs = [50, 200, 800, 2000, 4000, 8000, 12000];

async function sendWithRetry(
  queue: Queue<EventBundle>,
  events: AnalyticsEventInput[],
  log: Logger,
): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await queue.send({ events }, { contentType: 'json' });
      return;
    } catch (err) {
      // Queues answer overload and rate limits with errors that pass; an event is worth a short wait.
      const delay = retryDelaysMs[attempt];
      // A bundle carries the views of many requests, so the line names the count, not a request id.
      if (delay === undefined) return log.error('event send failed', { events: events.length, error: err });
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
  buffer = [];
  const sends: Promise<void>[] = [];
  for (let i = 0; i < pending.length; i += maxEventsPerBundle)
    sends.push(sendWithRetry(queue, withIds(pending.slice(i, i + maxEventsPerBundle)), log));
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
  if (buffer.length >= maxEventsPerBundle) {
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
