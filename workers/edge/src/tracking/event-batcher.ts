import type { AnalyticsEvent } from '@mewayz/core';

/** Queues accept at most 100 messages per sendBatch. */
const maxBatch = 100;
/** How long a flusher waits for more events before sending. */
const flushDelayMs = 25;

let buffer: MessageSendRequest<AnalyticsEvent>[] = [];
let flushScheduled = false;

function logFailure(err: unknown, count: number) {
  console.error(
    JSON.stringify({ level: 'error', msg: 'event send failed', events: count, error: String(err) }),
  );
}

/** Backoff between send attempts (~27 s in all, inside waitUntil's 30 s); after that the batch is lost and logged. */
const retryDelaysMs = [50, 200, 800, 2000, 4000, 8000, 12000];

async function sendWithRetry(
  queue: Queue<AnalyticsEvent>,
  batch: MessageSendRequest<AnalyticsEvent>[],
): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await queue.sendBatch(batch);
      return;
    } catch (err) {
      // Queues answer overload and rate limits with errors that pass; an event is worth a short wait.
      const delay = retryDelaysMs[attempt];
      if (delay === undefined) return logFailure(err, batch.length);
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}

async function flush(queue: Queue<AnalyticsEvent>): Promise<void> {
  while (buffer.length > 0) {
    const batch = buffer.slice(0, maxBatch);
    buffer = buffer.slice(maxBatch);
    await sendWithRetry(queue, batch);
  }
}

/**
 * Buffer an event in this isolate and send buffered events as one `sendBatch`. The request that finds
 * no flush pending becomes the flusher: its `waitUntil` keeps it alive until the batch is sent, so no
 * request waits on another request's promise and a buffered event is never stranded. One queue
 * subrequest then carries the events of many concurrent page views and clicks.
 */
export function enqueueEvent(
  ctx: ExecutionContext,
  queue: Queue<AnalyticsEvent>,
  event: AnalyticsEvent,
): void {
  buffer.push({ body: event, contentType: 'json' });
  if (buffer.length >= maxBatch) {
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
