/**
 * Wall-clock time in IANA zones, on the platform's Intl (full ICU in workerd and Node): no tz
 * library, the runtime's zone data is the one the visitor's browser agrees with.
 */

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = partsFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    partsFormatters.set(timeZone, f);
  }
  return f;
}

/** Whether `tz` names a zone the runtime knows (`Europe/Berlin`, `UTC`); never throws. */
export function isTimeZone(tz: unknown): tz is string {
  if (typeof tz !== 'string' || tz.length === 0 || tz.length > 64) return false;
  try {
    partsFormatter(tz);
    return true;
  } catch {
    return false;
  }
}

export interface WallClock {
  /** `YYYY-MM-DD` */
  date: string;
  /** Minutes after local midnight. */
  minute: number;
  /** 0 = Monday … 6 = Sunday. */
  weekday: number;
}

/** What en-US prints for the options above: `12/04/2026, 09:05:00`. */
const formatted = /^(\d{2})\/(\d{2})\/(\d+),? (\d{2}):(\d{2}):(\d{2})$/;

/**
 * The wall clock's fields at `ms`. Read from `format()`, which is several times cheaper than
 * `formatToParts()`: a booking page computes a week of slots with a few hundred of these per request.
 * `formatToParts()` stays as the fallback should a runtime print another shape.
 */
function fields(ms: number, timeZone: string) {
  const f = partsFormatter(timeZone);
  const m = formatted.exec(f.format(ms));
  if (m)
    return {
      month: Number(m[1]),
      day: Number(m[2]),
      year: Number(m[3]),
      hour: Number(m[4]),
      minute: Number(m[5]),
      second: Number(m[6]),
    };
  const out: Record<string, number> = {};
  for (const p of f.formatToParts(new Date(ms))) if (p.type !== 'literal') out[p.type] = Number(p.value);
  return out as { year: number; month: number; day: number; hour: number; minute: number; second: number };
}

/** The zone's offset from UTC at instant `ms`, in milliseconds (Berlin in summer: +7_200_000). */
export function offsetAt(ms: number, timeZone: string): number {
  const f = fields(ms, timeZone);
  const asUtc = Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, f.second);
  return asUtc - (ms - (((ms % 1000) + 1000) % 1000));
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** The wall clock in `timeZone` at instant `ms`. */
export function wallClockAt(ms: number, timeZone: string): WallClock {
  const f = fields(ms, timeZone);
  const date = `${pad(f.year, 4)}-${pad(f.month)}-${pad(f.day)}`;
  return { date, minute: f.hour * 60 + f.minute, weekday: weekdayOf(date) };
}

/** 0 = Monday … 6 = Sunday, of a `YYYY-MM-DD` calendar date. */
export function weekdayOf(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7;
}

/** The calendar date `days` after `date`. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/**
 * The instant at which the wall clock in `timeZone` shows `date` at `minute`. Null when that local
 * time does not exist (skipped by a spring-forward change); when it exists twice (an autumn change),
 * the first of the two.
 */
export function instantOf(date: string, minute: number, timeZone: string): number | null {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const naive = Date.UTC(y, m - 1, d, 0, minute);
  // The offsets in force around that wall time; the right instant is one whose own offset agrees.
  const offsets = new Set([offsetAt(naive - 86_400_000, timeZone), offsetAt(naive + 86_400_000, timeZone)]);
  const candidates = [...offsets]
    .map((off) => naive - off)
    .filter((t) => offsetAt(t, timeZone) === naive - t)
    .sort((a, b) => a - b);
  return candidates[0] ?? null;
}

/**
 * The one offset in force at every instant whose wall clock in `timeZone` shows `date`, or null on a
 * date near a change of offset. Probed a day before, at noon and two days after local midnight (what
 * any zone's wall date spans, −12 h to +14 h, lies inside); on a steady date every wall time `m` is
 * then simply `midnight + m − offset`, with no lookup per minute.
 */
export function steadyOffsetOn(date: string, timeZone: string): number | null {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const midnight = Date.UTC(y, m - 1, d);
  const before = offsetAt(midnight - 86_400_000, timeZone);
  if (offsetAt(midnight + 43_200_000, timeZone) !== before) return null;
  return offsetAt(midnight + 2 * 86_400_000, timeZone) === before ? before : null;
}
