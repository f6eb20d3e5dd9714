/** Whether a driver error is MySQL's duplicate-key error (errno 1062). */
export function isDuplicateKey(err: unknown): boolean {
  let e: unknown = err;
  // drizzle wraps driver errors; walk the cause chain.
  for (let i = 0; e && i < 5; i++) {
    const msg = (e as { message?: string }).message ?? '';
    if (msg.includes('errno 1062') || msg.includes('Duplicate entry')) return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}

/** Whether a driver error is InnoDB's deadlock (errno 1213): the transaction was rolled back and may be retried. */
export function isDeadlock(err: unknown): boolean {
  let e: unknown = err;
  for (let i = 0; e && i < 5; i++) {
    const msg = (e as { message?: string }).message ?? '';
    if (msg.includes('errno 1213') || msg.includes('Deadlock found')) return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}

/** Run a transaction again when InnoDB chose it as a deadlock's victim (it was rolled back whole). */
export async function retryingDeadlocks<T>(fn: () => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (err) {
      if (!isDeadlock(err) || attempt >= attempts) throw err;
    }
  }
}
