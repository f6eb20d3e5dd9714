/**
 * Keeps one local runtime (a `wrangler dev` process) alive for `npm start`: a process that dies is
 * started again after a growing pause, and only a process that keeps dying makes the supervisor give
 * up. One crashed runtime (workerd or esbuild failing under load) must not take the whole stack down.
 */

/** The part of a child process the supervisor uses (a `ChildProcess` fits; tests pass a fake). */
export interface SupervisedProcess {
  readonly pid?: number;
  readonly exitCode: number | null;
  readonly signalCode: NodeJS.Signals | null;
  kill(signal?: NodeJS.Signals): boolean;
  once(event: 'exit', listener: (code: number | null, signal: NodeJS.Signals | null) => void): unknown;
}

export interface SupervisorOptions {
  name: string;
  /** Start the process (spawn). */
  spawn: () => SupervisedProcess;
  /**
   * Resolve true once the process serves, false if it stopped before that (`exited()` turns true).
   * Throwing (e.g. a timeout) counts as a failed start as well.
   */
  ready: (exited: () => boolean) => Promise<boolean>;
  /** Restarts allowed within `windowMs` before giving up (default 5). */
  maxRestarts?: number;
  /** A process that served this long has its restart count forgiven (default 60 s). */
  windowMs?: number;
  /** Pause before restart n (1-based): doubles from `baseDelayMs` up to `maxDelayMs`. */
  baseDelayMs?: number;
  maxDelayMs?: number;
  log?: (line: string) => void;
  /** Called once when the supervisor gives up; `npm start` then stops everything. */
  onGiveUp?: (reason: string) => void;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

export type SupervisorState = 'idle' | 'starting' | 'running' | 'waiting' | 'stopped' | 'gave-up';

export function describeExit(code: number | null, signal: NodeJS.Signals | null): string {
  return signal ? `killed by ${signal}` : `exit code ${code}`;
}

export class Supervisor {
  state: SupervisorState = 'idle';
  /** Starts after the first one (failed starts and restarts after a crash). */
  restarts = 0;
  current: SupervisedProcess | null = null;
  private recent: number[] = [];
  private readonly o: Required<Omit<SupervisorOptions, 'onGiveUp'>> & Pick<SupervisorOptions, 'onGiveUp'>;
  private firstReady: { resolve: () => void; reject: (e: Error) => void } | null = null;

  constructor(opts: SupervisorOptions) {
    this.o = {
      maxRestarts: 5,
      windowMs: 60_000,
      baseDelayMs: 500,
      maxDelayMs: 10_000,
      log: (line) => console.error(line),
      now: Date.now,
      sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
      ...opts,
    };
  }

  /** Start and resolve once the process serves (after retries); reject if the supervisor gives up. */
  start(): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.firstReady = { resolve, reject };
      void this.launch();
    });
  }

  /** Stop for good: no restart after this. */
  async stop(graceMs = 5000): Promise<void> {
    const wasActive = this.state !== 'stopped' && this.state !== 'gave-up';
    this.state = 'stopped';
    const child = this.current;
    if (!wasActive || !child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((r) => child.once('exit', () => r()));
    child.kill('SIGTERM');
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timedOut = await Promise.race([
      exited.then(() => false),
      new Promise<boolean>((r) => {
        timer = setTimeout(() => r(true), graceMs);
      }),
    ]);
    clearTimeout(timer);
    if (timedOut) child.kill('SIGKILL');
  }

  /** A method, not a field read: stop() may run while launch() awaits. */
  private stopped(): boolean {
    return this.state === 'stopped';
  }

  private async launch(): Promise<void> {
    if (this.stopped()) return;
    this.state = 'starting';
    const child = this.o.spawn();
    this.current = child;
    let exit: { code: number | null; signal: NodeJS.Signals | null } | null = null;
    const exited = new Promise<void>((resolve) =>
      child.once('exit', (code, signal) => {
        exit = { code, signal };
        resolve();
      }),
    );
    let ready = false;
    let why = '';
    try {
      ready = await this.o.ready(() => exit !== null || child.exitCode !== null || child.signalCode !== null);
    } catch (err) {
      why = (err as Error).message;
    }
    if (this.stopped()) return;
    if (!ready) {
      if (!exit && child.exitCode === null && child.signalCode === null) {
        child.kill('SIGKILL');
        await exited;
      }
      const e = exit as { code: number | null; signal: NodeJS.Signals | null } | null;
      return this.afterExit(
        `${this.o.name} failed to start (${why || (e ? describeExit(e.code, e.signal) : 'no answer')})`,
      );
    }
    this.state = 'running';
    const startedAt = this.o.now();
    this.firstReady?.resolve();
    this.firstReady = null;
    await exited;
    if (this.stopped()) return;
    // Served long enough: what came before was a passing problem, not a crash loop.
    if (this.o.now() - startedAt >= this.o.windowMs) this.recent = [];
    const e = exit as unknown as { code: number | null; signal: NodeJS.Signals | null };
    return this.afterExit(`${this.o.name} exited (${describeExit(e.code, e.signal)})`);
  }

  private async afterExit(what: string): Promise<void> {
    const now = this.o.now();
    this.recent = this.recent.filter((t) => now - t < this.o.windowMs);
    if (this.recent.length >= this.o.maxRestarts) {
      const reason = `${what}; ${this.recent.length} restarts within ${this.o.windowMs / 1000} s, giving up`;
      this.state = 'gave-up';
      this.o.log(reason);
      this.firstReady?.reject(new Error(reason));
      this.firstReady = null;
      this.o.onGiveUp?.(reason);
      return;
    }
    this.recent.push(now);
    this.restarts++;
    const delay = Math.min(this.o.maxDelayMs, this.o.baseDelayMs * 2 ** (this.recent.length - 1));
    this.o.log(
      `${what}; restarting in ${delay} ms (restart ${this.recent.length} of ${this.o.maxRestarts} allowed within ${this.o.windowMs / 1000} s)`,
    );
    this.state = 'waiting';
    await this.o.sleep(delay);
    return this.launch();
  }
}
