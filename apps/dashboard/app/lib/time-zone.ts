/**
 * Schedules are stored as UTC instants but entered and shown in the creator's own time zone: the
 * browser reports it once (cookie `mwz_tz`, set by the root component), the server renders
 * `datetime-local` values in it, and every form with such inputs carries the zone it was rendered
 * in, so a submission is read in the same zone it was shown in. Without a reported zone: UTC.
 */
export const timeZoneCookie = 'mwz_tz';
export const defaultTimeZone = 'UTC';

/** The canonical name of an IANA time zone, or null when `tz` is not one. */
export function validTimeZone(tz: unknown): string | null {
  if (typeof tz !== 'string' || tz.length === 0 || tz.length > 64) return null;
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: tz }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Wall-clock fields of instant `ms` in `tz`. */
function wallClock(tz: string, ms: number) {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(tz, f);
  }
  const p = Object.fromEntries(f.formatToParts(new Date(ms)).map((x) => [x.type, Number(x.value)]));
  return { y: p.year!, mo: p.month!, d: p.day!, h: p.hour!, mi: p.minute!, s: p.second! };
}

/** How far `tz` is ahead of UTC at instant `ms` (ms). */
function offsetAt(tz: string, ms: number): number {
  const w = wallClock(tz, ms);
  return Date.UTC(w.y, w.mo - 1, w.d, w.h, w.mi, w.s) - Math.floor(ms / 1000) * 1000;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `2026-12-01T08:00:00.000Z` in `Europe/Berlin` → `2026-12-01T09:00` (a datetime-local value); null → ''. */
export function toZonedInput(iso: string | null | undefined, tz: string): string {
  if (!iso) return '';
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return '';
  const w = wallClock(tz, ms);
  return `${pad(w.y, 4)}-${pad(w.mo)}-${pad(w.d)}T${pad(w.h)}:${pad(w.mi)}`;
}

/**
 * A datetime-local value read in `tz` → ISO-8601 UTC; empty → null; anything else is returned as it
 * came, for the schema to reject. A wall time skipped by a clock change (spring forward) lands just
 * after the gap; a repeated one (fall back) is read as its first occurrence.
 */
export function fromZonedInput(value: unknown, tz: string): string | null | unknown {
  const s = typeof value === 'string' ? value.trim() : value;
  if (s === '' || s === null || s === undefined) return null;
  const m = typeof s === 'string' ? /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(s) : null;
  if (!m) return s;
  const guess = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]));
  // The offsets in force around that wall time (two of them near a clock change); an instant is a
  // reading of it when its own offset is the one used.
  const day = 86_400_000;
  const offsets = [offsetAt(tz, guess - day), offsetAt(tz, guess), offsetAt(tz, guess + day)];
  const readings = offsets.map((o) => guess - o).filter((t) => t + offsetAt(tz, t) === guess);
  // Fall back: the earlier reading; spring forward (no reading): shifted by the offset before the gap.
  const instant = readings.length ? Math.min(...readings) : guess - offsets[0]!;
  return new Date(instant).toISOString();
}

/** The zone a submitted form's times were shown in (its `timeZone` field), else UTC. */
export function zoneOfForm(form: FormData): string {
  return validTimeZone(form.get('timeZone')) ?? defaultTimeZone;
}
