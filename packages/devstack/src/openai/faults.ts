/**
 * Failures a test (or a developer) asks the stand-in for: queued through `POST /__standin/faults`,
 * or named in the prompt itself with a magic word (`standin:429`, `standin:500`, `standin:slow`,
 * `standin:refuse`, `standin:flag`), so a browser session can provoke each one without a test.
 */
export const faultKinds = [
  'rate_limit',
  'server_error',
  'slow',
  'refusal',
  'flagged',
  'invalid_json',
] as const;
export type FaultKind = (typeof faultKinds)[number];

export interface Fault {
  kind: FaultKind;
  /** `slow`: how long the answer waits (default 30 s). */
  delayMs?: number;
  /** `rate_limit`: the retry-after header in seconds (default 1). */
  retryAfterSeconds?: number;
  /** Let this many requests of the fault's endpoint through first (e.g. flag an answer, not the prompt's check). */
  skip?: number;
}

const magicWords: Record<string, FaultKind> = {
  'standin:429': 'rate_limit',
  'standin:500': 'server_error',
  'standin:slow': 'slow',
  'standin:refuse': 'refusal',
  'standin:flag': 'flagged',
  'standin:badjson': 'invalid_json',
};

export function faultOfPrompt(text: string): Fault | null {
  for (const [word, kind] of Object.entries(magicWords)) if (text.includes(word)) return { kind };
  return null;
}

/** Which endpoint a fault is for: a flagged answer is the moderation endpoint's, the rest the model's. */
export const endpointOf = (kind: FaultKind): 'chat' | 'moderations' =>
  kind === 'flagged' ? 'moderations' : 'chat';

export class FaultQueue {
  private queued: Fault[] = [];

  push(fault: Fault, times = 1) {
    for (let i = 0; i < times; i++) this.queued.push(fault);
  }

  /** The next queued fault for `endpoint`, taken off the queue. */
  take(endpoint: 'chat' | 'moderations'): Fault | null {
    const i = this.queued.findIndex((f) => endpointOf(f.kind) === endpoint);
    if (i < 0) return null;
    const fault = this.queued[i]!;
    if (fault.skip) {
      this.queued[i] = { ...fault, skip: fault.skip - 1 };
      return null;
    }
    return this.queued.splice(i, 1)[0]!;
  }

  clear() {
    this.queued = [];
  }

  get pending(): readonly Fault[] {
    return this.queued;
  }
}
