import { describe, expect, it } from 'vitest';
import { availableSlots, blocksOf, type CalendarRules, type SlotService } from './slots.ts';
import { addDays, instantOf, isTimeZone, offsetAt, steadyOffsetOn, wallClockAt } from './zoned-time.ts';

const nineToFive = [{ start: 540, end: 1020 }];
const weekdays = (w: { start: number; end: number }[]) => [w, w, w, w, w, [], []];
const rules = (timeZone: string, over: [string, { start: number; end: number }[]][] = []): CalendarRules => ({
  timeZone,
  weekly: weekdays(nineToFive),
  overrides: new Map(over),
});
const hour: SlotService = {
  durationMinutes: 60,
  bufferMinutes: 0,
  minNoticeMinutes: 0,
  maxPerDay: null,
  maxDaysAhead: 60,
};
const iso = (ms: number[]) => ms.map((t) => new Date(t).toISOString());
const empty = { claimed: new Set<number>(), bookedPerDay: new Map<string, number>() };
const day = (d: string) => ({ from: Date.parse(`${d}T00:00:00Z`), to: Date.parse(`${d}T23:59:59Z`) });

describe('wall-clock time in IANA zones', () => {
  it('knows zones and refuses junk', () => {
    expect(isTimeZone('Europe/Berlin')).toBe(true);
    expect(isTimeZone('America/New_York')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
    expect(isTimeZone('')).toBe(false);
    expect(isTimeZone('x'.repeat(65))).toBe(false);
  });

  it('turns Berlin wall time into UTC on both sides of the March change', () => {
    expect(new Date(instantOf('2026-03-27', 540, 'Europe/Berlin')!).toISOString()).toBe(
      '2026-03-27T08:00:00.000Z',
    );
    expect(new Date(instantOf('2026-03-30', 540, 'Europe/Berlin')!).toISOString()).toBe(
      '2026-03-30T07:00:00.000Z',
    );
    // 02:30 on 29 March does not exist in Berlin.
    expect(instantOf('2026-03-29', 150, 'Europe/Berlin')).toBeNull();
    expect(offsetAt(Date.parse('2026-03-29T00:59:00Z'), 'Europe/Berlin')).toBe(3_600_000);
    expect(offsetAt(Date.parse('2026-03-29T01:00:00Z'), 'Europe/Berlin')).toBe(7_200_000);
  });

  it('takes the first of a New York wall time that happens twice in November', () => {
    // 01:30 on 1 November 2026 happens at 05:30Z (EDT) and again at 06:30Z (EST).
    expect(new Date(instantOf('2026-11-01', 90, 'America/New_York')!).toISOString()).toBe(
      '2026-11-01T05:30:00.000Z',
    );
    expect(wallClockAt(Date.parse('2026-11-01T06:30:00Z'), 'America/New_York')).toEqual({
      date: '2026-11-01',
      minute: 90,
      weekday: 6,
    });
  });
});

describe('slots across DST changes', () => {
  const now = Date.parse('2026-03-20T00:00:00Z');

  it('keeps 09:00–17:00 in Berlin before and after the March change (UTC moves by an hour)', () => {
    const before = availableSlots(rules('Europe/Berlin'), hour, { now, ...empty, ...day('2026-03-27') });
    const after = availableSlots(rules('Europe/Berlin'), hour, { now, ...empty, ...day('2026-03-30') });
    expect(iso(before)[0]).toBe('2026-03-27T08:00:00.000Z');
    expect(iso(before).at(-1)).toBe('2026-03-27T15:00:00.000Z');
    expect(iso(after)[0]).toBe('2026-03-30T07:00:00.000Z');
    expect(iso(after).at(-1)).toBe('2026-03-30T14:00:00.000Z');
    expect(before).toHaveLength(8);
    expect(after).toHaveLength(8);
  });

  it('skips the hour Berlin loses on the night of the change', () => {
    const night = rules('Europe/Berlin', [['2026-03-29', [{ start: 60, end: 240 }]]]);
    const slots = availableSlots(night, hour, { now, ...empty, ...day('2026-03-29') });
    // 01:00 CET and 03:00 CEST; 02:00 does not exist. 03:00–04:00 ends at 02:00Z.
    expect(iso(slots)).toEqual(['2026-03-29T00:00:00.000Z', '2026-03-29T01:00:00.000Z']);
  });

  it('keeps 09:00–17:00 in New York before and after the November change', () => {
    const nowNy = Date.parse('2026-10-20T00:00:00Z');
    const before = availableSlots(rules('America/New_York'), hour, {
      now: nowNy,
      ...empty,
      ...day('2026-10-30'),
    });
    const after = availableSlots(rules('America/New_York'), hour, {
      now: nowNy,
      ...empty,
      ...day('2026-11-02'),
    });
    expect(iso(before)[0]).toBe('2026-10-30T13:00:00.000Z');
    expect(iso(after)[0]).toBe('2026-11-02T14:00:00.000Z');
    expect(before).toHaveLength(8);
    expect(after).toHaveLength(8);
  });

  it('never offers the repeated New York hour twice', () => {
    const nowNy = Date.parse('2026-10-20T00:00:00Z');
    const night = rules('America/New_York', [['2026-11-01', [{ start: 60, end: 180 }]]]);
    const slots = availableSlots(
      night,
      { ...hour, durationMinutes: 30 },
      { now: nowNy, ...empty, ...day('2026-11-01') },
    );
    expect(new Set(slots).size).toBe(slots.length);
    // 01:00 and 01:30 EDT, then 02:00 and 02:30 EST (03:00 EST ends the window at 08:00Z).
    expect(iso(slots)).toEqual([
      '2026-11-01T05:00:00.000Z',
      '2026-11-01T05:30:00.000Z',
      '2026-11-01T07:00:00.000Z',
      '2026-11-01T07:30:00.000Z',
    ]);
  });
});

describe('what a slot needs', () => {
  const now = Date.parse('2026-06-01T00:00:00Z');
  const june = day('2026-06-02'); // a Tuesday

  it('leaves out slots whose blocks (with the buffer either side) are claimed', () => {
    const taken = blocksOf(Date.parse('2026-06-02T09:00:00Z'), 30, 15);
    const slots = availableSlots(
      { timeZone: 'UTC', weekly: weekdays(nineToFive), overrides: new Map() },
      { ...hour, durationMinutes: 30, bufferMinutes: 15 },
      { now, claimed: new Set(taken), bookedPerDay: new Map(), ...june },
    );
    const times = iso(slots).map((s) => s.slice(11, 16));
    expect(times).not.toContain('09:00');
    // 08:30 + 30 min call + 15 min buffer runs into the 09:00 call's blocks.
    expect(times).not.toContain('08:30');
    // 09:30 sits inside the 09:00 call's buffer (until 09:45).
    expect(times).not.toContain('09:30');
    expect(times).toContain('10:00');
  });

  it('honours minimum notice, the horizon, days off and the daily maximum', () => {
    const utc = (over: [string, { start: number; end: number }[]][] = []) => ({
      timeZone: 'UTC',
      weekly: weekdays(nineToFive),
      overrides: new Map(over),
    });
    const at10 = Date.parse('2026-06-02T10:00:00Z');
    expect(
      iso(availableSlots(utc(), { ...hour, minNoticeMinutes: 120 }, { now: at10, ...empty, ...june }))[0],
    ).toBe('2026-06-02T12:00:00.000Z');
    expect(availableSlots(utc([['2026-06-02', []]]), hour, { now, ...empty, ...june })).toEqual([]);
    expect(
      availableSlots(
        utc(),
        { ...hour, maxPerDay: 2 },
        { now, claimed: new Set(), bookedPerDay: new Map([['2026-06-02', 2]]), ...june },
      ),
    ).toEqual([]);
    expect(
      availableSlots(utc(), { ...hour, maxDaysAhead: 1 }, { now, ...empty, ...day('2026-06-03') }),
    ).toEqual([]);
    // Weekends have no windows.
    expect(availableSlots(utc(), hour, { now, ...empty, ...day('2026-06-06') })).toEqual([]);
  });
});

describe('steady dates (the fast path of slot computation)', () => {
  it('agree with the exact conversion on every hour of 2026 in zones with odd offsets and changes', () => {
    const zones = [
      'Europe/Berlin',
      'America/New_York',
      'America/St_Johns', // −3:30, changes at 02:00 local
      'Australia/Lord_Howe', // a 30-minute change
      'Pacific/Chatham', // +12:45 / +13:45
      'Asia/Kathmandu', // +5:45, no change
      'UTC',
    ];
    let steadyDates = 0;
    let changeDates = 0;
    for (const tz of zones)
      for (let date = '2026-01-01'; date < '2027-01-01'; date = addDays(date, 1)) {
        const steady = steadyOffsetOn(date, tz);
        if (steady === null) {
          changeDates++;
          continue;
        }
        steadyDates++;
        const midnight = Date.parse(`${date}T00:00:00Z`);
        for (let m = 0; m <= 1440; m += 60)
          expect(midnight + m * 60_000 - steady, `${tz} ${date} ${m}`).toBe(instantOf(date, m, tz));
      }
    // Each zone with changes is unsteady only around its two change dates.
    expect(changeDates).toBeGreaterThan(0);
    expect(changeDates).toBeLessThan(5 * 2 * 4);
    expect(steadyDates).toBe(7 * 365 - changeDates);
  });

  it('are not claimed around a change', () => {
    // Berlin springs forward on 29 March 2026 and falls back on 25 October.
    expect(steadyOffsetOn('2026-03-29', 'Europe/Berlin')).toBeNull();
    expect(steadyOffsetOn('2026-10-25', 'Europe/Berlin')).toBeNull();
    expect(steadyOffsetOn('2026-06-01', 'Europe/Berlin')).toBe(7_200_000);
  });
});
