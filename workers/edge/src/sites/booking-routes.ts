import { bookingRequestInput, type SiteSnapshot } from '@mewayz/contracts';
import {
  AppError,
  bookingsService,
  formatMoney,
  publicOrigin,
  scopeOfSnapshot,
  type TenantScope,
  withRequestLog,
} from '@mewayz/core';
import {
  type BookingDay,
  type BookingServiceInfo,
  renderBookingPage,
  renderManageBookingPage,
} from '@mewayz/render';
import { Hono } from 'hono';
import { type EdgeHono, type EdgeRequest, edgeRequestOf } from '../platform/hono-env.ts';
import { htmlResponse, notFoundResponse } from './html-response.ts';
import { checkoutOriginOf } from './live-site.ts';
import { formErrorResponse, readSiteForm } from './site-forms.ts';
import { resolveSite } from './site-resolver.ts';

/**
 * 1:1 bookings on a site host, without JavaScript (decision 0011). `/book/<service>` lists the free
 * times of a week in the visitor's zone and takes the booking; `/booking/<token>` is the buyer's page
 * of their booking (cancel, reschedule), reached by the secret link in their email. Every answer is
 * private and never stored by a shared cache: the slot list changes with every booking of any of the
 * creator's services, and a token page is one buyer's.
 */

const privatePage = { 'cache-control': 'private, no-store' };
const tokenPage = { ...privatePage, 'referrer-policy': 'no-referrer' };
const slugPattern = /^[a-z0-9](?:[a-z0-9-]{0,98}[a-z0-9])?$/;
const datePattern = /^\d{4}-\d{2}-\d{2}$/;

let zoneList: string[] | null = null;
function timeZones(current: string): string[] {
  zoneList ??= Intl.supportedValuesOf('timeZone');
  return zoneList.includes(current) ? zoneList : [current, ...zoneList];
}

/** The visitor's zone: `?tz=`, else where Cloudflare places them, else the creator's. */
function visitorZone(r: EdgeRequest, fallback: string): string {
  const asked = r.url.searchParams.get('tz');
  if (asked && bookingsService.isTimeZone(asked)) return asked;
  const cf = (r.raw as { cf?: { timezone?: unknown } }).cf?.timezone;
  if (typeof cf === 'string' && bookingsService.isTimeZone(cf)) return cf;
  return fallback;
}

async function siteScope(r: EdgeRequest): Promise<{ snapshot: SiteSnapshot; scope: TenantScope } | null> {
  const snapshot = (await resolveSite(r)).snapshot;
  return snapshot ? { snapshot, scope: scopeOfSnapshot(r.deps, snapshot) } : null;
}

function serviceInfo(service: bookingsService.ServiceRow, hostName: string): BookingServiceInfo {
  return {
    name: service.name,
    description: service.description,
    duration: `${service.durationMinutes} minutes`,
    price: service.price > 0 ? formatMoney(service.price, service.currency) : 'Free',
    location: bookingsService.locationText({ locationKind: service.locationKind, locationDetail: '' }),
    hostName,
  };
}

const dayLabel = (tz: string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone: tz, weekday: 'long', day: 'numeric', month: 'long' });
const timeLabel = (tz: string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone: tz, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

interface WeekView {
  days: BookingDay[];
  weekLabel: string;
  prevHref: string | null;
  nextHref: string | null;
}

/** A week of free slots from the visitor's local date `?week=` (today by default), grouped by their day. */
async function weekOf(
  r: EdgeRequest,
  scope: TenantScope,
  service: bookingsService.ServiceRow,
  tz: string,
  self: string,
  exceptBookingId?: string,
): Promise<WeekView> {
  const now = r.deps.now().getTime();
  const today = bookingsService.wallClockAt(now, tz).date;
  const lastDay = bookingsService.wallClockAt(now + service.maxDaysAhead * 86_400_000, tz).date;
  const asked = r.url.searchParams.get('week');
  const week = asked && datePattern.test(asked) && asked >= today && asked <= lastDay ? asked : today;
  const from = bookingsService.instantOf(week, 0, tz) ?? Date.parse(`${week}T00:00:00Z`);
  const end = bookingsService.addDays(week, 7);
  const to = bookingsService.instantOf(end, 0, tz) ?? Date.parse(`${end}T00:00:00Z`);
  const slots = await bookingsService.slotsOf(
    r.deps,
    scope,
    service,
    { from, to },
    undefined,
    exceptBookingId,
  );
  const days = new Map<string, BookingDay>();
  const dayFmt = dayLabel(tz);
  const timeFmt = timeLabel(tz);
  // The local date of each slot, looked up once per day: slots come in order, so a day's span of
  // instants (its midnight to the next) answers for all of its slots.
  let span: { date: string; from: number; to: number } | null = null;
  for (const t of slots) {
    if (!span || t < span.from || t >= span.to) {
      const date = bookingsService.wallClockAt(t, tz).date;
      const from = bookingsService.instantOf(date, 0, tz);
      const to = bookingsService.instantOf(bookingsService.addDays(date, 1), 0, tz);
      // A midnight skipped by a change: this slot's date only.
      span = from !== null && to !== null ? { date, from, to } : { date, from: t, to: t + 1 };
    }
    const date = span.date;
    let day = days.get(date);
    if (!day) {
      day = { date, label: dayFmt.format(t), slots: [] };
      days.set(date, day);
    }
    day.slots.push({ start: new Date(t).toISOString(), label: timeFmt.format(t) });
  }
  const link = (w: string) => `${self}?${new URLSearchParams({ tz, week: w })}`;
  // A week back, but never before today (dates compare as strings).
  const weekBack = bookingsService.addDays(week, -7);
  const prev = weekBack.localeCompare(today) < 0 ? today : weekBack;
  const fmt = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'short' });
  return {
    days: [...days.values()],
    weekLabel: `${fmt.format(Date.parse(`${week}T12:00:00Z`))} – ${fmt.format(Date.parse(`${bookingsService.addDays(week, 6)}T12:00:00Z`))}`,
    prevHref: week > today ? link(prev) : null,
    nextHref: end <= lastDay ? link(end) : null,
  };
}

async function bookingPage(r: EdgeRequest, slug: string, notice?: string, status = 200): Promise<Response> {
  if (!slugPattern.test(slug)) return notFoundResponse();
  const site = await siteScope(r);
  if (!site) return notFoundResponse();
  const service = await bookingsService.activeServiceBySlug(site.scope, slug);
  if (!service) return notFoundResponse();
  const rules = await bookingsService.loadCalendarRules(site.scope);
  const tz = visitorZone(r, rules.timeZone);
  const self = `/book/${slug}`;
  const week = await weekOf(r, site.scope, service, tz, self);
  const page = await renderBookingPage({
    service: serviceInfo(service, site.snapshot.profile.name),
    action: self,
    self,
    timeZone: tz,
    timeZones: timeZones(tz),
    ...week,
    askDetails: true,
    submitLabel: service.price > 0 ? 'Continue to payment' : 'Book this time',
    notice,
    checkoutOrigin: service.price > 0 ? checkoutOriginOf(r.deps.vars) : null,
  });
  return htmlResponse(page.html, page.csp, status, privatePage);
}

/** What a refused booking tells the visitor: the page again with the reason, never a 5xx for their input. */
function refusal(err: unknown): { status: number; message: string } | null {
  if (!(err instanceof AppError)) return null;
  const code = err.details[0]?.code;
  if (code === 'slot_taken')
    return { status: 409, message: 'Someone has just booked that time. Please choose another.' };
  if (code === 'slot_unavailable')
    return { status: 422, message: 'That time cannot be booked. Please choose another.' };
  if (err.status === 404) return { status: 404, message: 'This service is not taking bookings.' };
  if (err.code === 'payment_provider_unavailable')
    return {
      status: 503,
      message: 'Payments are unavailable right now. Nothing was charged; please try again in a minute.',
    };
  return err.status < 500 ? { status: err.status, message: err.message } : null;
}

async function bookPost(r: EdgeRequest, slug: string): Promise<Response> {
  if (!slugPattern.test(slug)) return notFoundResponse();
  const site = await siteScope(r);
  if (!site) return notFoundResponse();
  const fields = await readSiteForm(r.raw);
  if (fields instanceof Response) return fields;
  const back = `/book/${slug}${fields.tz && bookingsService.isTimeZone(fields.tz) ? `?tz=${encodeURIComponent(fields.tz)}` : ''}`;
  const form = bookingRequestInput.safeParse(fields);
  if (!form.success)
    return formErrorResponse(422, 'Please choose a time and enter your name and email', undefined, back);
  const service = await bookingsService.activeServiceBySlug(site.scope, slug);
  if (!service) return notFoundResponse();
  // A filled honeypot is a bot: it sees the page again, nothing is booked.
  if (fields.website) return new Response(null, { status: 303, headers: { location: back } });
  const deps = withRequestLog(r.deps, { request_id: r.requestId });
  const input = {
    serviceId: service.id,
    siteId: site.snapshot.siteId,
    siteOrigin: publicOrigin(r.deps.config, r.host),
    start: Date.parse(form.data.start),
    name: form.data.name,
    email: form.data.email,
    notes: form.data.notes,
    visitorTimeZone: form.data.tz,
  };
  try {
    if (service.price > 0) {
      const paid = await bookingsService.startPaidBooking(deps, site.scope, {
        ...input,
        cancelUrl: `${input.siteOrigin}${back}`,
      });
      return new Response(null, { status: 303, headers: { location: paid.checkoutUrl, ...privatePage } });
    }
    const { booking, token } = await bookingsService.bookSlot(deps, site.scope, input);
    if (booking.status === 'confirmed')
      r.ctx.waitUntil(
        bookingsService.sendBookingConfirmation(deps, site.scope, booking.id).catch((err: unknown) => {
          deps.log.error('booking confirmation failed', { booking: booking.id, error: String(err) });
        }),
      );
    return new Response(null, {
      status: 303,
      headers: { location: `/booking/${token}?booked=1`, ...tokenPage },
    });
  } catch (err) {
    const refused = refusal(err);
    if (!refused) throw err;
    return bookingPage(r, slug, refused.message, refused.status);
  }
}

async function tokenBooking(r: EdgeRequest, token: string) {
  const site = await siteScope(r);
  if (!site) return null;
  const found = await bookingsService.bookingOfToken(r.deps, token);
  // A token works only on the selling organization's hosts.
  if (!found || found.scope.orgId !== site.scope.orgId) return null;
  const service = await bookingsService.loadService(site.scope, found.booking.serviceId).catch(() => null);
  if (!service) return null;
  return { ...site, booking: found.booking, service };
}

const notices: Record<string, string> = {
  booked: 'Booked! A confirmation with a calendar invitation is on its way to your inbox.',
  paid: 'Thank you! Once your payment is confirmed, your confirmation and calendar invitation are on their way.',
  moved: 'Moved. An updated invitation is on its way to your inbox.',
  cancelled: 'Cancelled. The time is free again.',
};

async function managePage(r: EdgeRequest, token: string, notice?: string, status = 200): Promise<Response> {
  const found = await tokenBooking(r, token);
  if (!found) return notFoundResponse();
  const { booking, service, snapshot } = found;
  const may = bookingsService.buyerMayChange(booking, service, r.deps.now());
  const key = [...r.url.searchParams.keys()].find((k) => k in notices);
  const page = await renderManageBookingPage({
    service: serviceInfo(service, snapshot.profile.name),
    status: booking.status,
    when: bookingsService.whenText(booking.startsAt, booking.endsAt, booking.visitorTimeZone),
    notice: notice ?? (key ? notices[key] : undefined),
    cancelAction: may ? `/booking/${token}/cancel` : null,
    rescheduleHref: may
      ? `/booking/${token}/reschedule?tz=${encodeURIComponent(booking.visitorTimeZone)}`
      : null,
    policy:
      service.cancelNoticeHours > 0
        ? `You can cancel or reschedule up to ${service.cancelNoticeHours} hours before the call.`
        : 'You can cancel or reschedule until the call starts.',
  });
  return htmlResponse(page.html, page.csp, status, tokenPage);
}

async function cancelPost(r: EdgeRequest, token: string): Promise<Response> {
  const found = await tokenBooking(r, token);
  if (!found) return notFoundResponse();
  const { booking, service, scope } = found;
  if (!bookingsService.buyerMayChange(booking, service, r.deps.now()))
    return managePage(r, token, 'This call can no longer be cancelled here. Please contact the host.', 409);
  const deps = withRequestLog(r.deps, { request_id: r.requestId });
  if (await bookingsService.cancelBookingRow(scope, booking.id, 'buyer', deps.now())) {
    const row = await bookingsService.loadBooking(scope, booking.id);
    // Within the notice the service allows (checked above), a paid call is refunded in full.
    r.ctx.waitUntil(
      bookingsService
        .afterBookingCancelled(deps, scope, { userId: null, requestId: r.requestId }, row)
        .catch((err: unknown) => {
          deps.log.error('booking cancellation follow-up failed', {
            booking: booking.id,
            error: String(err),
          });
        }),
    );
  }
  return new Response(null, {
    status: 303,
    headers: { location: `/booking/${token}?cancelled=1`, ...tokenPage },
  });
}

async function reschedulePage(
  r: EdgeRequest,
  token: string,
  notice?: string,
  status = 200,
): Promise<Response> {
  const found = await tokenBooking(r, token);
  if (!found) return notFoundResponse();
  const { booking, service, scope, snapshot } = found;
  if (!bookingsService.buyerMayChange(booking, service, r.deps.now())) return managePage(r, token);
  const tz = visitorZone(r, booking.visitorTimeZone);
  const self = `/booking/${token}/reschedule`;
  const week = await weekOf(r, scope, service, tz, self, booking.id);
  const page = await renderBookingPage({
    service: serviceInfo(service, snapshot.profile.name),
    heading: `Move your ${service.name}`,
    action: self,
    self,
    timeZone: tz,
    timeZones: timeZones(tz),
    ...week,
    askDetails: false,
    submitLabel: 'Move to this time',
    notice: notice ?? `Now: ${bookingsService.whenText(booking.startsAt, booking.endsAt, tz)}`,
  });
  return htmlResponse(page.html, page.csp, status, tokenPage);
}

async function reschedulePost(r: EdgeRequest, token: string): Promise<Response> {
  const found = await tokenBooking(r, token);
  if (!found) return notFoundResponse();
  const { booking, service, scope } = found;
  if (!bookingsService.buyerMayChange(booking, service, r.deps.now()))
    return managePage(r, token, 'This call can no longer be moved here. Please contact the host.', 409);
  const fields = await readSiteForm(r.raw);
  if (fields instanceof Response) return fields;
  const start = Date.parse(fields.start ?? '');
  if (!fields.start || Number.isNaN(start) || fields.start.length > 40)
    return reschedulePage(r, token, 'Please choose a time.', 422);
  const deps = withRequestLog(r.deps, { request_id: r.requestId });
  try {
    await bookingsService.rescheduleBookingRow(deps, scope, booking.id, start);
  } catch (err) {
    const refused = refusal(err);
    if (!refused) throw err;
    return reschedulePage(r, token, refused.message, refused.status);
  }
  r.ctx.waitUntil(
    bookingsService.sendBookingConfirmation(deps, scope, booking.id).catch((err: unknown) => {
      deps.log.error('booking reschedule email failed', { booking: booking.id, error: String(err) });
    }),
  );
  return new Response(null, {
    status: 303,
    headers: { location: `/booking/${token}?moved=1`, ...tokenPage },
  });
}

const tokenPattern = /^[A-Za-z0-9_-]{43}$/;
const withToken =
  (fn: (r: EdgeRequest, token: string) => Promise<Response>) => (c: Parameters<typeof edgeRequestOf>[0]) => {
    const token = c.req.param('token') ?? '';
    return tokenPattern.test(token) ? fn(edgeRequestOf(c), token) : notFoundResponse();
  };

export const bookingRoutes = new Hono<EdgeHono>()
  .get('/book/:slug', (c) => bookingPage(edgeRequestOf(c), c.req.param('slug')))
  .post('/book/:slug', (c) => bookPost(edgeRequestOf(c), c.req.param('slug')))
  .get('/booking/:token', withToken(managePage))
  .post('/booking/:token/cancel', withToken(cancelPost))
  .get('/booking/:token/reschedule', withToken(reschedulePage))
  .post('/booking/:token/reschedule', withToken(reschedulePost));
