import { newId, parsePlatformVars } from '@mewayz/core';
import { edgeTestVars, nodeDeps } from '@mewayz/testing';
import { describe, expect, it } from 'vitest';
import type { JobsDeps } from '../deps.ts';
import { consumeEvents } from './events-consumer.ts';

/**
 * The consumer's bookkeeping around the dead-letter queue, with a recording DLQ (the end-to-end paths
 * run in workerd in workers/jobs/test). Real MySQL and Redis behind it.
 */
function harness() {
  const parked: Record<string, unknown>[] = [];
  const env = {
    EVENTS_DLQ: { send: async (body: Record<string, unknown>) => void parked.push(body) },
  } as never;
  const deps = { ...nodeDeps(), vars: parsePlatformVars(edgeTestVars(), 'jobs') } as unknown as JobsDeps;
  return { parked, env, deps };
}

function delivery(id: string, body: unknown, outcome: { acked: number; retried: number }) {
  return {
    queue: 'events',
    messages: [
      {
        id,
        timestamp: new Date(),
        attempts: 1,
        body,
        ack: () => outcome.acked++,
        retry: () => outcome.retried++,
      },
    ],
    ackAll() {},
    retryAll() {},
  } as never;
}

const validEvent = () => ({
  id: newId('event'),
  kind: 'click',
  organizationId: 'org_dlq_test',
  siteId: newId('site'),
  occurredAt: new Date().toISOString(),
  visitorHash: 'd'.repeat(32),
});

describe('events consumer dead-letter bookkeeping', () => {
  it('parks a malformed event of a bundle once, however often the bundle is delivered', async () => {
    const { parked, env, deps } = harness();
    const outcome = { acked: 0, retried: 0 };
    const id = newId('event');
    const body = { events: [validEvent(), { nonsense: true }] };
    for (let i = 0; i < 3; i++) await consumeEvents(delivery(id, body, outcome), env, deps);
    expect(parked).toHaveLength(1);
    expect(parked[0]).toMatchObject({ reason: 'invalid_event', parkId: `${id}:1`, body: { nonsense: true } });
    expect(outcome).toEqual({ acked: 3, retried: 0 });
  });

  it('tries the dead-letter queue again on the next delivery when a send failed', async () => {
    const { parked, env, deps } = harness();
    let failNext = true;
    const flaky = {
      EVENTS_DLQ: {
        send: async (b: Record<string, unknown>) => {
          if (failNext) {
            failNext = false;
            throw new Error('queue unavailable');
          }
          await (env as { EVENTS_DLQ: Queue }).EVENTS_DLQ.send(b);
        },
      },
    } as never;
    const outcome = { acked: 0, retried: 0 };
    const id = newId('event');
    const body = { events: [validEvent(), { nonsense: 1 }] };
    // The DLQ send fails: the valid sibling is stored all the same, the message is retried.
    await consumeEvents(delivery(id, body, outcome), flaky, deps);
    expect(parked).toHaveLength(0);
    expect(outcome).toEqual({ acked: 0, retried: 1 });
    await consumeEvents(delivery(id, body, outcome), flaky, deps);
    expect(parked).toHaveLength(1);
    expect(outcome).toEqual({ acked: 1, retried: 1 });
  });
});
