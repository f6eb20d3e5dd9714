import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { type SupervisedProcess, Supervisor, type SupervisorOptions } from '../src/supervisor.ts';

/** A process stand-in: `die()` makes it exit like a crashed runtime, `kill()` like a stopped one. */
class FakeProcess extends EventEmitter implements SupervisedProcess {
  static count = 0;
  readonly pid = ++FakeProcess.count;
  exitCode: number | null = null;
  signalCode: NodeJS.Signals | null = null;
  killedWith: NodeJS.Signals[] = [];
  die(code = 1) {
    this.exitCode = code;
    this.emit('exit', code, null);
  }
  kill(signal: NodeJS.Signals = 'SIGTERM') {
    this.killedWith.push(signal);
    if (this.exitCode === null && this.signalCode === null) {
      this.signalCode = signal;
      queueMicrotask(() => this.emit('exit', null, signal));
    }
    return true;
  }
}

async function until(cond: () => boolean, what: string) {
  const deadline = Date.now() + 5000;
  while (!cond()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 1));
  }
}

/** A supervisor over fake processes, a fake clock and instant (recorded) sleeps. */
function harness(opts: Partial<SupervisorOptions> & { failStarts?: number } = {}) {
  const spawned: FakeProcess[] = [];
  const delays: number[] = [];
  const lines: string[] = [];
  const gaveUp: string[] = [];
  let clock = 0;
  let failStarts = opts.failStarts ?? 0;
  const sup = new Supervisor({
    name: 'edge+jobs',
    spawn: () => {
      const p = new FakeProcess();
      spawned.push(p);
      return p;
    },
    ready: async () => {
      if (failStarts > 0) {
        failStarts--;
        spawned.at(-1)!.die(7);
        return false;
      }
      return true;
    },
    now: () => clock,
    sleep: async (ms) => {
      delays.push(ms);
      clock += ms;
    },
    log: (l) => lines.push(l),
    onGiveUp: (r) => gaveUp.push(r),
    ...opts,
  });
  return {
    sup,
    spawned,
    delays,
    lines,
    gaveUp,
    advance: (ms: number) => {
      clock += ms;
    },
  };
}

describe('runtime supervisor', () => {
  it('starts a runtime that died again, with a growing pause, and says why', async () => {
    const h = harness();
    await h.sup.start();
    expect(h.spawned).toHaveLength(1);
    h.spawned[0]!.die(2);
    await until(() => h.spawned.length === 2 && h.sup.state === 'running', 'first restart');
    h.spawned[1]!.die(1);
    await until(() => h.spawned.length === 3 && h.sup.state === 'running', 'second restart');
    expect(h.delays).toEqual([500, 1000]);
    expect(h.lines[0]).toBe(
      'edge+jobs exited (exit code 2); restarting in 500 ms (restart 1 of 5 allowed within 60 s)',
    );
    expect(h.sup.restarts).toBe(2);
    expect(h.gaveUp).toEqual([]);
  });

  it('gives up on a crash loop after the limit, and reports it once', async () => {
    const h = harness({ maxRestarts: 3 });
    await h.sup.start();
    for (let i = 0; i < 4; i++) {
      const n = h.spawned.length;
      h.spawned.at(-1)!.die(1);
      if (i < 3) await until(() => h.spawned.length === n + 1 && h.sup.state === 'running', `restart ${i}`);
    }
    await until(() => h.sup.state === 'gave-up', 'giving up');
    expect(h.spawned).toHaveLength(4);
    expect(h.delays).toEqual([500, 1000, 2000]);
    expect(h.gaveUp).toEqual(['edge+jobs exited (exit code 1); 3 restarts within 60 s, giving up']);
  });

  it('forgives earlier restarts once a runtime served for the whole window', async () => {
    const h = harness({ maxRestarts: 1, windowMs: 10_000 });
    await h.sup.start();
    h.spawned[0]!.die(1);
    await until(() => h.spawned.length === 2 && h.sup.state === 'running', 'restart');
    h.advance(10_000);
    h.spawned[1]!.die(1);
    await until(() => h.spawned.length === 3 && h.sup.state === 'running', 'restart after a stable run');
    expect(h.delays).toEqual([500, 500]);
    expect(h.gaveUp).toEqual([]);
  });

  it('retries a failed start, and rejects start() when it never comes up', async () => {
    const ok = harness({ failStarts: 2 });
    await ok.sup.start();
    expect(ok.spawned).toHaveLength(3);
    expect(ok.lines[0]).toMatch(/^edge\+jobs failed to start \(exit code 7\); restarting in 500 ms/);

    const bad = harness({ failStarts: 99, maxRestarts: 2 });
    await expect(bad.sup.start()).rejects.toThrow(/failed to start .*2 restarts within 60 s, giving up/);
    expect(bad.spawned).toHaveLength(3);
  });

  it('a timed-out start kills the silent process before trying again', async () => {
    let calls = 0;
    const h = harness({
      ready: async () => {
        if (++calls === 1) throw new Error('no answer within 60 s');
        return true;
      },
    });
    await h.sup.start();
    expect(h.spawned[0]!.killedWith).toEqual(['SIGKILL']);
    expect(h.lines[0]).toMatch(/failed to start \(no answer within 60 s\)/);
    expect(h.spawned).toHaveLength(2);
  });

  it('stop() ends the runtime and nothing restarts it', async () => {
    const h = harness();
    await h.sup.start();
    await h.sup.stop();
    expect(h.spawned[0]!.killedWith).toEqual(['SIGTERM']);
    await new Promise((r) => setTimeout(r, 5));
    expect(h.spawned).toHaveLength(1);
    expect(h.sup.state).toBe('stopped');
    expect(h.lines).toEqual([]);
  });
});
