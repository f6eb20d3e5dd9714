import { addDays, instantOf, steadyOffsetOn, wallClockAt, weekdayOf } from './zoned-time.ts';

/**
 * Which start times a service offers, computed from the creator's calendar. Everything here is pure:
 * the calendar's windows are wall-clock minutes in its zone, each candidate start is turned into a UTC
 * instant by that zone's rules on that date (so a window of 09:00–17:00 stays 09:00–17:00 across a DST
 * change, and a wall time skipped by the change is simply not offered), and what is already taken is
 * a set of claimed 5-minute blocks in UTC.
 */

export const claimBlockMs = 5 * 60_000;

export interface Window {
  start: number;
  end: number;
}

export interface CalendarRules {
  timeZone: string;
  /** Monday first: each weekday's windows. */
  weekly: Window[][];
  /** Dates whose windows replace the week's (an empty list: a day off). */
  overrides: Map<string, Window[]>;
}

export interface SlotService {
  durationMinutes: number;
  bufferMinutes: number;
  minNoticeMinutes: number;
  maxPerDay: number | null;
  maxDaysAhead: number;
}

export interface SlotQuery {
  now: number;
  /** Instants already claimed by live bookings (block starts, multiples of 5 minutes). */
  claimed: ReadonlySet<number>;
  /** Live bookings of this service per local date, for `maxPerDay`. */
  bookedPerDay: ReadonlyMap<string, number>;
  /** Only slots starting in [from, to) are returned (UTC ms); defaults to the service's whole horizon. */
  from?: number;
  to?: number;
}

/** The 5-minute blocks a booking from `start` takes: its call and the buffer after it. */
export function blocksOf(startMs: number, durationMinutes: number, bufferMinutes: number): number[] {
  const first = Math.floor(startMs / claimBlockMs) * claimBlockMs;
  const end = startMs + (durationMinutes + bufferMinutes) * 60_000;
  const out: number[] = [];
  for (let t = first; t < end; t += claimBlockMs) out.push(t);
  return out;
}

/**
 * Blocks that must be free for a booking from `start`: its own, and the buffer before it (a call
 * that ended just before needs its buffer too; the earlier booking's claim holds it already, this
 * covers a buffer longer than that booking's own).
 */
export function blocksNeeded(startMs: number, service: SlotService): number[] {
  return blocksOf(
    startMs - service.bufferMinutes * 60_000,
    service.durationMinutes,
    service.bufferMinutes * 2,
  );
}

/** The windows of one local date. */
export function windowsOn(rules: CalendarRules, date: string, weekday: number): Window[] {
  return rules.overrides.get(date) ?? rules.weekly[weekday] ?? [];
}

/** Start instants (UTC ms, ascending) the service offers. */
export function availableSlots(rules: CalendarRules, service: SlotService, query: SlotQuery): number[] {
  const duration = service.durationMinutes;
  const earliest = Math.max(query.now + service.minNoticeMinutes * 60_000, query.from ?? -Infinity);
  const horizon = query.now + service.maxDaysAhead * 86_400_000;
  const latest = Math.min(horizon, query.to ?? Infinity);
  if (latest <= earliest) return [];
  // Local dates from the day before `earliest` (its local date may be behind UTC) to the day after `latest`.
  let date = addDays(wallClockAt(earliest, rules.timeZone).date, -1);
  const lastDate = addDays(wallClockAt(latest, rules.timeZone).date, 1);
  const out: number[] = [];
  for (; date <= lastDate; date = addDays(date, 1)) {
    const booked = query.bookedPerDay.get(date) ?? 0;
    if (service.maxPerDay !== null && booked >= service.maxPerDay) continue;
    const windows = windowsOn(rules, date, weekdayOf(date));
    if (windows.length === 0) continue;
    // Most dates have one offset throughout: their wall times convert without a zone lookup each.
    const steady = steadyOffsetOn(date, rules.timeZone);
    const midnight = Date.parse(`${date}T00:00:00Z`);
    const at = (minute: number) =>
      steady === null ? instantOf(date, minute, rules.timeZone) : midnight + minute * 60_000 - steady;
    for (const w of windows) {
      const windowEnd = at(w.end) ?? nextValidInstant(date, w.end, rules.timeZone);
      // Starts step by the call's length from the window's start, in wall-clock minutes.
      for (let m = w.start; m + duration <= w.end; m += duration) {
        const start = at(m);
        if (start === null) continue; // skipped by a spring-forward change
        const end = start + duration * 60_000;
        if (end > windowEnd || start < earliest || start >= latest) continue;
        // A wall time repeated by an autumn change gives the first instant; never offer one twice.
        if (out.length && out[out.length - 1]! >= start) continue;
        if (blocksNeeded(start, service).some((b) => query.claimed.has(b))) continue;
        out.push(start);
      }
    }
  }
  return out;
}

/** The end of a window whose wall time does not exist (inside a skipped hour): the first wall time after it. */
function nextValidInstant(date: string, minute: number, timeZone: string): number {
  for (let m = minute + 1; m <= minute + 180; m++) {
    const t = instantOf(date, m, timeZone);
    if (t !== null) return t;
  }
  return Date.parse(`${date}T00:00:00Z`) + minute * 60_000;
}

/** Whether `start` is one of the offered slots (the check before a booking claims it). */
export function isOffered(
  rules: CalendarRules,
  service: SlotService,
  query: SlotQuery,
  start: number,
): boolean {
  return availableSlots(rules, service, { ...query, from: start, to: start + 1 }).includes(start);
}
