import { type AnalyticsEventInput, type EventBundle, maxEventsPerBundle } from '@mewayz/core';

/** How long a flusher waits for more events before sending. */
const flushDelayMs = 25;

let buffer: AnalyticsEventInput[] = [];
let flushScheduled = false;

function logFailure(err: unknown, count: number) {
  console.error(
    JSON.stringify({ level: 'error', msg: 'event send failed', events: count, error: String(err) }),
  );
}

/** Backoff between send attempts (~27 s in all, inside waitUntil's 30 s); after that the batch is lost and logged. */
const retryDelaysMs = [50, 200, 800, 2000, 4000, 8000, 12000];

async function sendWithRetry(queue: Queue<EventBundle>, events: AnalyticsEventInput[]): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await queue.send({ events }, { contentType: 'json' });
      return;
    } catch (err) {
      // Queues answer overload and rate limits with errors that pass; an event is worth a short wait.
      const delay = retryDelaysMs[attempt];
      if (delay === undefined) return logFailure(err, events.length);
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}

async function flush(queue: Queue<EventBundle>): Promise<void> {
  while (buffer.length > 0) {
    const bundle = buffer.slice(0, maxEventsPerBundle);
    buffer = buffer.slice(maxEventsPerBundle);
    await sendWithRetry(queue, bundle);
  }
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
  event: AnalyticsEventInput,
): void {
  buffer.push(event);
  if (buffer.length >= maxEventsPerBundle) {
    ctx.waitUntil(flush(queue));
    return;
  }
  if (flushScheduled) return;
  flushScheduled = true;
  ctx.waitUntil(
    new Promise((resolve) => setTimeout(resolve, flushDelayMs)).then(() => {
      flushScheduled = false;
      return flush(queue);
    }),
  );
}
