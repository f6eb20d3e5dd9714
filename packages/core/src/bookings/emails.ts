import { bookings, organizations } from '@mewayz/db/schema';
import { and, eq, isNull } from 'drizzle-orm';
import { dbOf } from '../data/db-handle.ts';
import { escapeHtml } from '../email/mailer.ts';
import type { IdentityDeps } from '../identity/identity-deps.ts';
import type { TenantScope } from '../tenancy/scope.ts';
import type { BookingRow } from './book.ts';
import { type IcsEvent, invitationIcs } from './ics.ts';
import { loadService, type ServiceRow } from './services.ts';

const locationWords = { video: 'Video call', phone: 'Phone call', in_person: 'In person' } as const;

/** "Tuesday, 2 June 2026, 10:00–10:30 (Europe/Berlin)" in the visitor's zone. */
export function whenText(start: Date, end: Date, timeZone: string): string {
  const day = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(start);
  const time = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  return `${day}, ${time.format(start)}–${time.format(end)} (${timeZone.replace(/_/g, ' ')})`;
}

export function locationText(service: Pick<ServiceRow, 'locationKind' | 'locationDetail'>): string {
  const kind = locationWords[service.locationKind];
  return service.locationDetail ? `${kind}: ${service.locationDetail}` : kind;
}

/** The buyer's page for this booking: see it, cancel it, move it. */
export async function manageUrl(deps: IdentityDeps, booking: BookingRow): Promise<string> {
  return `${booking.siteOrigin}/booking/${await deps.secrets.decrypt(booking.manageTokenBox)}`;
}

export async function organizerName(deps: IdentityDeps, orgId: string): Promise<string> {
  const [org] = await dbOf(deps)
    .select({ name: organizations.name })
    .from(organizations)
    .where(eq(organizations.id, orgId));
  return org?.name ?? 'Your host';
}

/** The booking as an iCalendar event; the UID is the booking's id, so every update replaces the same event. */
export function icsEventOf(
  deps: Pick<IdentityDeps, 'config' | 'now'>,
  booking: BookingRow,
  service: ServiceRow,
  host: string,
  extra: Partial<IcsEvent> = {},
): IcsEvent {
  return {
    uid: `${booking.id}@${deps.config.rootDomain}`,
    sequence: booking.sequence,
    start: booking.startsAt,
    end: booking.endsAt,
    summary: `${service.name} with ${host}`,
    location: locationText(service),
    stamp: deps.now(),
    cancelled: booking.status === 'cancelled',
    ...extra,
  };
}

/**
 * The buyer's confirmation (with `invite.ics`), once per booking and schedule: claimed by a
 * conditional update of `confirmation_sent_at` before sending and released if sending fails. A
 * reschedule clears the claim so the new time is confirmed too.
 */
export async function sendBookingConfirmation(
  deps: IdentityDeps,
  scope: TenantScope,
  bookingId: string,
): Promise<boolean> {
  const claimed = await scope.update(
    bookings,
    { confirmationSentAt: deps.now() },
    and(eq(bookings.id, bookingId), eq(bookings.status, 'confirmed'), isNull(bookings.confirmationSentAt)),
  );
  if (claimed === 0) return false;
  try {
    const booking = (await scope.first(bookings, eq(bookings.id, bookingId)))!;
    const service = await loadService(scope, booking.serviceId).catch(() => null);
    if (!service) return false;
    const host = await organizerName(deps, scope.orgId);
    const when = whenText(booking.startsAt, booking.endsAt, booking.visitorTimeZone);
    const link = await manageUrl(deps, booking);
    const where = locationText(service);
    const event = icsEventOf(deps, booking, service, host, {
      description: `Manage your booking: ${link}`,
      url: link,
      attendee: { name: booking.name, email: booking.email },
    });
    const policy =
      service.cancelNoticeHours > 0
        ? `You can cancel or reschedule up to ${service.cancelNoticeHours} hours before the call.`
        : 'You can cancel or reschedule until the call starts.';
    const moved = booking.sequence > 0;
    await deps.mailer.send({
      to: booking.email,
      organizationId: scope.orgId,
      subject: `${moved ? 'Rescheduled' : 'Confirmed'}: ${service.name} with ${host}`,
      text: [
        `Hi ${booking.name},`,
        '',
        `Your ${service.name} with ${host} is ${moved ? 'now' : 'booked for'} ${when}.`,
        `Where: ${where}`,
        '',
        `${policy} Manage your booking: ${link}`,
        '',
        'The attached invite.ics adds it to your calendar.',
      ].join('\n'),
      html: `<p>Hi ${escapeHtml(booking.name)},</p><p>Your <strong>${escapeHtml(service.name)}</strong> with ${escapeHtml(
        host,
      )} is ${moved ? 'now' : 'booked for'} <strong>${escapeHtml(when)}</strong>.</p><p>Where: ${escapeHtml(
        where,
      )}</p><p>${escapeHtml(policy)} <a href="${escapeHtml(link)}">Manage your booking</a></p>`,
      attachments: [
        {
          filename: 'invite.ics',
          contentType: 'text/calendar; charset=utf-8; method=REQUEST',
          content: invitationIcs(event),
        },
      ],
    });
    return true;
  } catch (err) {
    await scope.update(bookings, { confirmationSentAt: null }, eq(bookings.id, bookingId));
    throw err;
  }
}

/** The buyer hears that a call was cancelled, with a CANCEL for their calendar. */
export async function sendBookingCancellation(deps: IdentityDeps, scope: TenantScope, booking: BookingRow) {
  const service = await loadService(scope, booking.serviceId).catch(() => null);
  if (!service) return;
  const host = await organizerName(deps, scope.orgId);
  const when = whenText(booking.startsAt, booking.endsAt, booking.visitorTimeZone);
  const event = icsEventOf(deps, booking, service, host, {
    attendee: { name: booking.name, email: booking.email },
  });
  await deps.mailer.send({
    to: booking.email,
    organizationId: scope.orgId,
    subject: `Cancelled: ${service.name} with ${host}`,
    text: `Hi ${booking.name},\n\nYour ${service.name} with ${host} on ${when} is cancelled.`,
    html: `<p>Hi ${escapeHtml(booking.name)},</p><p>Your ${escapeHtml(service.name)} with ${escapeHtml(
      host,
    )} on ${escapeHtml(when)} is cancelled.</p>`,
    attachments: [
      {
        filename: 'invite.ics',
        contentType: 'text/calendar; charset=utf-8; method=CANCEL',
        content: invitationIcs(event),
      },
    ],
  });
}
