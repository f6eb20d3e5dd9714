/**
 * When a failed delivery is tried again, in seconds after the previous attempt: Standard Webhooks'
 * example schedule (5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h — about 31 h in all, 8 attempts).
 * `WEBHOOK_RETRY_SCHEDULE` may replace it (tests use `1,1`).
 */
export const defaultRetrySchedule: readonly number[] = [5, 300, 1800, 7200, 18_000, 36_000, 50_400];

/** Parse `5,300,1800` → seconds; throws on anything but positive integers. */
export function parseRetrySchedule(text: string): number[] {
  const out = text.split(',').map((s) => Number(s.trim()));
  if (out.length === 0 || out.length > 20 || out.some((n) => !Number.isInteger(n) || n < 1 || n > 7 * 86_400))
    throw new Error('WEBHOOK_RETRY_SCHEDULE: 1–20 comma-separated whole seconds between 1 and 604800');
  return out;
}

/**
 * After attempt number `attempts` (1-based) failed: seconds until the next one, or null when the
 * schedule is used up and the delivery gives up.
 */
export function nextRetryDelay(schedule: readonly number[], attempts: number): number | null {
  return schedule[attempts - 1] ?? null;
}

/** The span of the whole schedule: how long an endpoint has failed when a delivery gives up. */
export function scheduleSpanSeconds(schedule: readonly number[]): number {
  return schedule.reduce((a, b) => a + b, 0);
}
