import { type EventBundle, silentLogger } from '@mewayz/core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { enqueueEvent, type PendingEvent } from './event-batcher.ts';

/** A queue whose sends the test completes, and an execution context that collects waitUntil work. */
function harness() {
  const sent: EventBundle[] = [];
  const inFlight: (() => void)[] = [];
  const queue = {
    send: (body: EventBundle) =>
      new Promise<void>((resolve) => {
        sent.push(body);
        inFlight.push(resolve);
      }),
  } as unknown as Queue<EventBundle>;
  const kept: Promise<unknown>[] = [];
  const ctx = { waitUntil: (p: Promise<unknown>) => kept.push(p) } as unknown as ExecutionContext;
  const finishSends = () => {
    for (const resolve of inFlight.splice(0)) resolve();
  };
  return { sent, queue, ctx, kept, finishSends };
}

const event = (n: number): PendingEvent => ({
  kind: 'view',
  organizationId: 'org_1',
  occurredAt: new Date(0).toISOString(),
  visitorHash: String(n).padStart(32, '0'),
});

describe('enqueueEvent', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('sends the events of concurrent requests as one bundle, each with its own id', async () => {
    const h = harness();
    for (let i = 0; i < 5; i++) enqueueEvent(h.ctx, h.queue, event(i), silentLogger);
    expect(h.sent).toHaveLength(0);
    // Only the first request waits to flush; the others just buffer.
    expect(h.kept).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(30);
    expect(h.sent).toHaveLength(1);
    const ids = h.sent[0]!.events.map((e) => e.id);
    expect(h.sent[0]!.events.map((e) => e.visitorHash)).toEqual(
      [0, 1, 2, 3, 4].map((n) => event(n).visitorHash),
    );
    expect(new Set(ids).size).toBe(5);
    h.finishSends();
    await Promise.all(h.kept);
  });

  it('leaves events that arrive during a send to the next flush, so bundles stay full', async () => {
    const h = harness();
    for (let i = 0; i < 3; i++) enqueueEvent(h.ctx, h.queue, event(i), silentLogger);
    await vi.advanceTimersByTimeAsync(30);
    expect(h.sent).toHaveLength(1);
    // The first bundle is still being sent while these arrive.
    for (let i = 3; i < 10; i++) enqueueEvent(h.ctx, h.queue, event(i), silentLogger);
    h.finishSends();
    await vi.advanceTimersByTimeAsync(1);
    expect(h.sent).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(30);
    expect(h.sent.map((b) => b.events.length)).toEqual([3, 7]);
    h.finishSends();
    await Promise.all(h.kept);
  });

  it('sends at once when a bundle is full, and never more than the bundle limit per message', async () => {
    const h = harness();
    for (let i = 0; i < 250; i++) enqueueEvent(h.ctx, h.queue, event(i), silentLogger);
    expect(h.sent.map((b) => b.events.length)).toEqual([100, 100]);
    await vi.advanceTimersByTimeAsync(30);
    expect(h.sent.map((b) => b.events.length)).toEqual([100, 100, 50]);
    h.finishSends();
    await Promise.all(h.kept);
    const ids = h.sent.flatMap((b) => b.events.map((e) => e.id));
    expect(new Set(ids).size).toBe(250);
  });
});
