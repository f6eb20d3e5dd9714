/**
 * Partial answers as the creator may see them while a suggestion is written: each one handed on only
 * after the moderation check passed on its text, so nothing unchecked reaches a screen. One check runs
 * at a time; partials that arrive meanwhile wait, and only the newest is checked next (it contains the
 * older ones). After a check flags (or fails), nothing more is shown: the final check decides.
 */
export interface PartialGate {
  push(partial: unknown): void;
  /** No more partials: those still waiting are dropped, a check running is waited for. */
  close(): Promise<void>;
}

/** Every string in an answer, for the moderation check. */
export function textsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(textsOf);
  if (value && typeof value === 'object') return Object.values(value).flatMap(textsOf);
  return [];
}

export function moderatedPartials(
  flagged: (texts: string[]) => Promise<boolean>,
  show: (partial: unknown) => void,
  /** Pause between checks, so a long answer costs a few moderation calls a second, not one a token. */
  minIntervalMs = 250,
): PartialGate {
  let waiting: { partial: unknown } | null = null;
  let running: Promise<void> | null = null;
  let lastCheckEnded = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let stopped = false;
  let closed = false;

  const check = async (partial: unknown) => {
    const texts = textsOf(partial).filter(Boolean);
    if (texts.length === 0) return;
    const bad = await flagged(texts).catch(() => true);
    if (bad) stopped = true;
    else if (!closed) show(partial);
  };
  const pump = () => {
    if (running || timer || !waiting || stopped || closed) return;
    const wait = lastCheckEnded + minIntervalMs - Date.now();
    if (wait > 0) {
      timer = setTimeout(() => {
        timer = null;
        pump();
      }, wait);
      return;
    }
    const { partial } = waiting;
    waiting = null;
    running = check(partial).finally(() => {
      running = null;
      lastCheckEnded = Date.now();
      pump();
    });
  };
  return {
    push(partial) {
      if (stopped || closed) return;
      waiting = { partial };
      pump();
    },
    async close() {
      closed = true;
      waiting = null;
      if (timer) clearTimeout(timer);
      timer = null;
      while (running) await running;
    },
  };
}
