import { describe, expect, it } from 'vitest';
import { ReadCollapser } from './read-collapser.ts';

/** A read whose result the test decides, and when. */
function controlledReads() {
  const started: { resolve(v: string): void; reject(e: unknown): void }[] = [];
  const read = () =>
    new Promise<string>((resolve, reject) => {
      started.push({ resolve, reject });
    });
  return { started, read };
}

/** Let every queued microtask and zero-delay sleep run. */
const settle = async () => {
  for (let i = 0; i < 20; i++) await new Promise((r) => setImmediate(r));
};

function collapser(clock = { now: 0 }, options: { maxWaitMs?: number; staleReadMs?: number } = {}) {
  return new ReadCollapser<string>({
    now: () => clock.now,
    sleep: () => new Promise((r) => setImmediate(r)),
    ...options,
  });
}

describe('ReadCollapser', () => {
  it('lets requests that arrive during a read share the next read, never the one already running', async () => {
    const c = collapser();
    const { started, read } = controlledReads();
    const first = c.read('alice', read);
    await settle();
    expect(started).toHaveLength(1);
    // These arrive while read #1 runs: #1 may predate a publish they must see.
    const waiting = [c.read('alice', read), c.read('alice', read), c.read('alice', read)];
    await settle();
    expect(started).toHaveLength(1);
    started[0]!.resolve('v1');
    expect(await first).toBe('v1');
    await settle();
    // One new read, started after all three arrived, answers all three.
    expect(started).toHaveLength(2);
    started[1]!.resolve('v2');
    expect(await Promise.all(waiting)).toEqual(['v2', 'v2', 'v2']);
    expect(c.stats).toEqual({ reads: 2, shared: 2 });
  });

  it('never answers from an earlier finished read while a newer one runs', async () => {
    const c = collapser();
    const { started, read } = controlledReads();
    const first = c.read('alice', read);
    await settle();
    started[0]!.resolve('before publish');
    expect(await first).toBe('before publish');
    const second = c.read('alice', read);
    await settle();
    expect(started).toHaveLength(2);
    // A publish lands here; this request arrives while read #2 runs and must not get read #1's answer.
    const late = c.read('alice', read);
    await settle();
    started[1]!.resolve('maybe before publish');
    expect(await second).toBe('maybe before publish');
    await settle();
    expect(started).toHaveLength(3);
    started[2]!.resolve('after publish');
    expect(await late).toBe('after publish');
  });

  it('keeps keys apart', async () => {
    const c = collapser();
    const { started, read } = controlledReads();
    const a = c.read('alice', read);
    const b = c.read('bob', read);
    await settle();
    expect(started).toHaveLength(2);
    started[0]!.resolve('a');
    started[1]!.resolve('b');
    expect([await a, await b]).toEqual(['a', 'b']);
  });

  it('gives the requests that shared a failed read its error, and reads afresh afterwards', async () => {
    const c = collapser();
    const { started, read } = controlledReads();
    const first = c.read('alice', read);
    await settle();
    const second = c.read('alice', read);
    const third = c.read('alice', read);
    await settle();
    started[0]!.resolve('v1');
    await first;
    await settle();
    started[1]!.reject(new Error('redis down'));
    await expect(second).rejects.toThrow('redis down');
    await expect(third).rejects.toThrow('redis down');
    const later = c.read('alice', read);
    await settle();
    expect(started).toHaveLength(3);
    started[2]!.resolve('v3');
    expect(await later).toBe('v3');
  });

  it('does not let a lost read (its request cancelled) hold a key: after staleReadMs the next request reads', async () => {
    const clock = { now: 0 };
    const c = collapser(clock, { staleReadMs: 2_000, maxWaitMs: 60_000 });
    const { started, read } = controlledReads();
    void c.read('alice', read); // never settles
    await settle();
    clock.now = 2_500;
    const next = c.read('alice', read);
    await settle();
    expect(started).toHaveLength(2);
    started[1]!.resolve('fresh');
    expect(await next).toBe('fresh');
  });

  it('lets a request that has waited maxWaitMs read by itself', async () => {
    const clock = { now: 0 };
    const c = collapser(clock, { maxWaitMs: 1_000, staleReadMs: 60_000 });
    const { started, read } = controlledReads();
    void c.read('alice', read); // slow, but not yet presumed lost
    await settle();
    const waiting = c.read('alice', read);
    await settle();
    expect(started).toHaveLength(1);
    clock.now = 1_200;
    await settle();
    expect(started).toHaveLength(2);
    started[1]!.resolve('own');
    expect(await waiting).toBe('own');
  });

  describe('with a reuse window', () => {
    const reuse = 50;
    it('answers a request from a read that started within reuseMs before it arrived, without reading', async () => {
      const clock = { now: 1_000 };
      const c = collapser(clock);
      const { started, read } = controlledReads();
      const first = c.read('alice', read, reuse);
      await settle();
      clock.now = 1_010;
      started[0]!.resolve('v1');
      expect(await first).toBe('v1');
      // Arrives 49 ms after that read started: a change that returned before this request arrived
      // returned at least reuseMs after its purge, so the read (started later than the purge) saw it.
      clock.now = 1_049;
      expect(await c.read('alice', read, reuse)).toBe('v1');
      expect(started).toHaveLength(1);
      expect(c.stats).toEqual({ reads: 1, shared: 1 });
    });

    it('reads again once the last read started more than reuseMs before the request', async () => {
      const clock = { now: 1_000 };
      const c = collapser(clock);
      const { started, read } = controlledReads();
      const first = c.read('alice', read, reuse);
      await settle();
      started[0]!.resolve('v1');
      await first;
      clock.now = 1_051;
      const later = c.read('alice', read, reuse);
      await settle();
      expect(started).toHaveLength(2);
      started[1]!.resolve('v2');
      expect(await later).toBe('v2');
    });

    it('lets requests within the window wait for a running read instead of starting their own', async () => {
      const clock = { now: 1_000 };
      const c = collapser(clock);
      const { started, read } = controlledReads();
      const first = c.read('alice', read, reuse);
      await settle();
      clock.now = 1_020;
      const joined = [c.read('alice', read, reuse), c.read('alice', read, reuse)];
      await settle();
      expect(started).toHaveLength(1);
      started[0]!.resolve('v1');
      expect([await first, ...(await Promise.all(joined))]).toEqual(['v1', 'v1', 'v1']);
    });

    it('does not reuse a failed read for requests that arrive after it', async () => {
      const clock = { now: 1_000 };
      const c = collapser(clock);
      const { started, read } = controlledReads();
      const first = c.read('alice', read, reuse);
      await settle();
      started[0]!.reject(new Error('redis down'));
      await expect(first).rejects.toThrow('redis down');
      clock.now = 1_005;
      const retry = c.read('alice', read, reuse);
      await settle();
      expect(started).toHaveLength(2);
      started[1]!.resolve('v1');
      expect(await retry).toBe('v1');
    });
  });

  it('forgets the least recently used keys beyond maxKeys', async () => {
    const c = new ReadCollapser<string>({ maxKeys: 2, sleep: () => new Promise((r) => setImmediate(r)) });
    for (const key of ['a', 'b', 'c', 'a']) expect(await c.read(key, async () => key)).toBe(key);
    expect(c.stats.reads).toBe(4);
  });
});
