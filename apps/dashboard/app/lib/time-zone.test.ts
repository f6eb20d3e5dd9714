import { describe, expect, it } from 'vitest';
import { fromZonedInput, toZonedInput, validTimeZone } from './time-zone.ts';

describe('schedule times in the creator’s time zone', () => {
  it('shows and reads wall-clock times in the zone, across daylight saving time', () => {
    // Winter (UTC+1) and summer (UTC+2) in Berlin; winter (UTC-5) and summer (UTC-4) in New York.
    expect(toZonedInput('2026-12-01T08:00:00.000Z', 'Europe/Berlin')).toBe('2026-12-01T09:00');
    expect(toZonedInput('2026-07-01T08:00:00.000Z', 'Europe/Berlin')).toBe('2026-07-01T10:00');
    expect(fromZonedInput('2026-12-01T09:00', 'Europe/Berlin')).toBe('2026-12-01T08:00:00.000Z');
    expect(fromZonedInput('2026-07-01T10:00', 'Europe/Berlin')).toBe('2026-07-01T08:00:00.000Z');
    expect(fromZonedInput('2030-01-01T09:00', 'America/New_York')).toBe('2030-01-01T14:00:00.000Z');
    expect(fromZonedInput('2030-07-01T09:00', 'America/New_York')).toBe('2030-07-01T13:00:00.000Z');
    expect(fromZonedInput('2026-12-01T09:00', 'UTC')).toBe('2026-12-01T09:00:00.000Z');
    expect(toZonedInput('2026-12-31T23:30:00.000Z', 'Asia/Kolkata')).toBe('2027-01-01T05:00');
    expect(fromZonedInput('2027-01-01T05:00', 'Asia/Kolkata')).toBe('2026-12-31T23:30:00.000Z');
  });

  it('round-trips every hour of a year in a zone with DST, except the skipped spring hour', () => {
    for (let h = 0; h < 365 * 24; h++) {
      const iso = new Date(Date.UTC(2026, 0, 1) + h * 3_600_000).toISOString();
      const shown = toZonedInput(iso, 'Europe/Berlin');
      const back = fromZonedInput(shown, 'Europe/Berlin') as string;
      // In the fall-back hour, two instants show the same wall time; it is read as the first.
      expect(Math.abs(Date.parse(back) - Date.parse(iso)) === 0 || shown.startsWith('2026-10-25T02')).toBe(
        true,
      );
    }
    // 02:30 on 29 March 2026 does not exist in Berlin: read just after the gap (03:30 CEST = 01:30 UTC).
    expect(fromZonedInput('2026-03-29T02:30', 'Europe/Berlin')).toBe('2026-03-29T01:30:00.000Z');
    // 02:30 on 25 October 2026 happens twice: the first (CEST) is 00:30 UTC.
    expect(fromZonedInput('2026-10-25T02:30', 'Europe/Berlin')).toBe('2026-10-25T00:30:00.000Z');
  });

  it('keeps empty values empty and leaves malformed ones for the schema to reject', () => {
    expect(fromZonedInput('', 'Europe/Berlin')).toBeNull();
    expect(fromZonedInput(null, 'Europe/Berlin')).toBeNull();
    expect(fromZonedInput('tomorrow', 'Europe/Berlin')).toBe('tomorrow');
    expect(toZonedInput(null, 'Europe/Berlin')).toBe('');
  });

  it('accepts IANA zone names only', () => {
    expect(validTimeZone('Europe/Berlin')).toBe('Europe/Berlin');
    expect(validTimeZone('UTC')).toBe('UTC');
    expect(validTimeZone('Mars/Olympus_Mons')).toBeNull();
    expect(validTimeZone('<script>')).toBeNull();
    expect(validTimeZone(42)).toBeNull();
  });
});
