import type { BookingServiceView, BookingView } from '@mewayz/contracts';
import { bookingsService, publicOrigin, sitesService, type TenantScope } from '@mewayz/core';
import { coursePriceText } from './courses.server.ts';
import type { DashboardDeps } from './env.server.ts';

/** What the bookings pages show of the calendar, in the creator's zone (the calendar's, not the browser's). */

const { addDays, wallClockAt, weekdayOf, instantOf } = bookingsService;

export const locationLabels = { video: 'Video call', phone: 'Phone call', in_person: 'In person' } as const;

export function serviceSummary(s: BookingServiceView) {
  return {
    id: s.id,
    name: s.name,
    slug: s.slug,
    active: s.active,
    duration: `${s.durationMinutes} min`,
    price: coursePriceText(s.price, s.currency),
    location: locationLabels[s.locationKind],
  };
}

/**
 * Where visitors book: the organization's first published site (a booking page answers on every
 * site host of the organization). Null while no site is published.
 */
export async function bookingOrigin(deps: DashboardDeps, scope: TenantScope): Promise<string | null> {
  const { items } = await sitesService.listSites(deps, scope, { page: 1, perPage: 50 });
  return items.find((s) => s.published)?.url.replace(/\/$/, '') ?? null;
}

/** The secret subscription URL, or null before the first one is made. */
export async function feedUrlOf(deps: DashboardDeps, scope: TenantScope): Promise<string | null> {
  const secret = await bookingsService.feedSecretOf(deps, scope);
  return secret ? feedUrl(deps, secret) : null;
}

export function feedUrl(deps: DashboardDeps, secret: string): string {
  return `${publicOrigin(deps.config, deps.config.rootDomain)}/calendar/${secret}.ics`;
}

const datePattern = /^\d{4}-\d{2}-\d{2}$/;

/** The Monday of the week `asked` (a date) falls in, else of this week, in `timeZone`. */
export function mondayOf(asked: string | null, now: number, timeZone: string): string {
  const valid = asked && datePattern.test(asked) && !Number.isNaN(Date.parse(`${asked}T00:00:00Z`));
  const date = valid ? asked : wallClockAt(now, timeZone).date;
  return addDays(date, -weekdayOf(date));
}

const dayTitle = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  weekday: 'short',
  day: 'numeric',
  month: 'short',
});
const clock = (tz: string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone: tz, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

export type CalendarEntry = ReturnType<typeof entryOf>;

function entryOf(b: BookingView, tz: string) {
  const fmt = clock(tz);
  return {
    id: b.id,
    service: b.serviceName,
    name: b.name,
    email: b.email,
    status: b.status,
    time: `${fmt.format(Date.parse(b.startsAt))}–${fmt.format(Date.parse(b.endsAt))}`,
    startsAt: b.startsAt,
  };
}

/** The week from `monday` in the creator's zone: seven days, each with its bookings in time order. */
export async function calendarWeek(scope: TenantScope, monday: string, tz: string) {
  const sunday = addDays(monday, 6);
  // Bookings are listed by UTC day; a local week reaches at most a day past either end.
  const list = await bookingsService.listBookings(scope, {
    from: addDays(monday, -1),
    to: addDays(sunday, 1),
  });
  const from = instantOf(monday, 0, tz) ?? Date.parse(`${monday}T00:00:00Z`);
  const to = instantOf(addDays(sunday, 1), 0, tz) ?? Date.parse(`${addDays(sunday, 1)}T00:00:00Z`);
  const days = Array.from({ length: 7 }, (_, i) => {
    const date = addDays(monday, i);
    return { date, title: dayTitle.format(Date.parse(`${date}T00:00:00Z`)), entries: [] as CalendarEntry[] };
  });
  for (const b of list) {
    const at = Date.parse(b.startsAt);
    if (at < from || at >= to) continue;
    const day = days.find((d) => d.date === wallClockAt(at, tz).date);
    day?.entries.push(entryOf(b, tz));
  }
  return { days, prev: addDays(monday, -7), next: addDays(monday, 7), title: weekTitle(monday, sunday) };
}

function weekTitle(monday: string, sunday: string) {
  const fmt = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  });
  return `${fmt.format(Date.parse(`${monday}T00:00:00Z`))} – ${fmt.format(Date.parse(`${sunday}T00:00:00Z`))}`;
}

/** How far ahead the reschedule list offers times. */
const rescheduleDays = 21;

/** Free times a booking could move to, grouped by the creator's local day. */
export async function rescheduleChoices(
  deps: DashboardDeps,
  scope: TenantScope,
  booking: BookingView,
  tz: string,
) {
  if (booking.status === 'cancelled') return [];
  const service = await bookingsService.loadService(scope, booking.serviceId).catch(() => null);
  if (!service) return [];
  const from = deps.now().getTime();
  const slots = await bookingsService.slotsOf(
    deps,
    scope,
    service,
    { from, to: from + rescheduleDays * 86_400_000 },
    undefined,
    booking.id,
  );
  const fmt = clock(tz);
  const groups = new Map<string, { value: string; label: string }[]>();
  const current = Date.parse(booking.startsAt);
  for (const t of slots) {
    // Its own time is free to it, but moving there is no move.
    if (t === current) continue;
    const date = wallClockAt(t, tz).date;
    const label = dayTitle.format(Date.parse(`${date}T00:00:00Z`));
    const list = groups.get(label) ?? [];
    list.push({ value: new Date(t).toISOString(), label: fmt.format(t) });
    groups.set(label, list);
  }
  return [...groups.entries()].map(([day, times]) => ({ day, times }));
}

/** Every IANA zone the runtime knows, the current one first when it is not among them. */
export function timeZoneChoices(current: string): string[] {
  const all = Intl.supportedValuesOf('timeZone');
  return all.includes(current) ? all : [current, ...all];
}
