/**
 * Request collapsing for reads that must be fresh: concurrent requests in one isolate that need the
 * same key share one read, but a request only ever takes the result of a read that *started after it
 * arrived* — or, with `reuseMs`, less than `reuseMs` before it arrived, for data whose writers wait
 * that long after writing before they report success (see core's `pointerReuseMs`). So every answer
 * is as fresh as if each request had read on its own (a change that finished before a request
 * arrived is always seen), while a hot key costs one read per round trip, or per `reuseMs`, instead
 * of one per request.
 *
 * How: a request that finds no read of its key running starts one. A request that finds one running
 * waits on a short timer of its own and looks again: it takes the newest finished read that started
 * after it arrived, or starts the next read itself when none is running. Waiting on its own timer
 * (rather than on a promise settled by another request) keeps every continuation, and so every I/O,
 * in the request it belongs to — workerd refuses I/O "on behalf of a different request", and its
 * cross-request promise delivery was seen to run continuations in the settling request.
 */

import { LruMap } from './lru-map.ts';

type Outcome<T> = { ok: true; value: T } | { ok: false; error: unknown };

interface KeyState<T> {
  /** Sequence number and start time (ms) of the read in flight, if any. */
  running: { seq: number; since: number } | null;
  /** The newest finished read. */
  last: { seq: number; since: number; outcome: Outcome<T> } | null;
}

export interface ReadCollapserOptions {
  /** How often a waiting request looks again (ms). */
  pollMs?: number;
  /** A request that has waited this long reads by itself. */
  maxWaitMs?: number;
  /** A read running longer than this is presumed lost (its request cancelled): the next request starts another. */
  staleReadMs?: number;
  /** Keys remembered at once. */
  maxKeys?: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

export interface CollapseStats {
  /** Reads started. */
  reads: number;
  /** Requests answered by a read another request started. */
  shared: number;
}

const unwrap = <T>(outcome: Outcome<T>): T => {
  if (outcome.ok) return outcome.value;
  throw outcome.error;
};

export class ReadCollapser<T> {
  /** Bounded: a key evicted while requests wait only costs them a read of their own. */
  private readonly states: LruMap<string, KeyState<T>>;
  private seq = 0;
  private readonly pollMs: number;
  private readonly maxWaitMs: number;
  private readonly staleReadMs: number;
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;
  readonly stats: CollapseStats = { reads: 0, shared: 0 };

  constructor(options: ReadCollapserOptions = {}) {
    this.states = new LruMap(options.maxKeys ?? 1024);
    this.pollMs = options.pollMs ?? 1;
    this.maxWaitMs = options.maxWaitMs ?? 2_000;
    this.staleReadMs = options.staleReadMs ?? 2_000;
    this.now = options.now ?? Date.now;
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  }

  /**
   * `read()` for `key`, or the result of a read of `key` that started after this call — or at most
   * `reuseMs` before it (0: only after). Only for data whose writers wait that long before they return.
   */
  async read(key: string, read: () => Promise<T>, reuseMs = 0): Promise<T> {
    const arrival = ++this.seq;
    const arrivedAt = this.now();
    // Reads that started before this request but within the reuse window count as after it.
    const oldestUsable = reuseMs > 0 ? arrivedAt - reuseMs : Number.POSITIVE_INFINITY;
    const waitUntil = arrivedAt + this.maxWaitMs;
    for (;;) {
      let state = this.states.get(key);
      if (!state) {
        state = { running: null, last: null };
        this.states.set(key, state);
      }
      const last = state.last;
      // A failed read is only shared by requests that waited for it; later ones try again.
      if (last && (last.seq > arrival || (last.outcome.ok && last.since > oldestUsable))) {
        this.stats.shared++;
        return unwrap(last.outcome);
      }
      const running = state.running;
      const idle = running === null || this.now() - running.since >= this.staleReadMs;
      if (idle) return unwrap(await this.readNow(state, read));
      if (this.now() >= waitUntil) {
        this.stats.reads++;
        return read();
      }
      await this.sleep(this.pollMs);
    }
  }

  private async readNow(state: KeyState<T>, read: () => Promise<T>): Promise<Outcome<T>> {
    const seq = ++this.seq;
    this.stats.reads++;
    const since = this.now();
    state.running = { seq, since };
    let outcome: Outcome<T>;
    try {
      outcome = { ok: true, value: await read() };
    } catch (error) {
      outcome = { ok: false, error };
    }
    if (!state.last || state.last.seq < seq) state.last = { seq, since, outcome };
    if (state.running?.seq === seq) state.running = null;
    return outcome;
  }
}
