import { bookingReminders, bookings } from '@mewayz/db/schema';
import { and, asc, eq, gt, isNull, lte } from 'drizzle-orm';
import { dbOf } from '../data/db-handle.ts';
import { escapeHtml } from '../email/mailer.ts';
import type { IdentityDeps } from '../identity/identity-deps.ts';
import { trustOrgId } from '../tenancy/org-id.ts';
import { forTenant } from '../tenancy/scope.ts';
import { locationText, manageUrl, organizerName, whenText } from './emails.ts';
import { loadService } from './services.ts';

const leadWords: Record<string, string> = { '24h': 'tomorrow', '1h': 'in an hour' };

/** A reminder this late (the cron was down) would say the wrong thing ("tomorrow"): it is left unsent. */
export const reminderStaleAfterMs = 12 * 3_600_000;

// A type, not an interface: the cron logs it as a record of fields.
export type ReminderRun = {
  /** Reminders emailed. */
  sent: number;
  /** Reminders claimed but not owed any more (the call was cancelled, moved or has begun). */
  dropped: number;
  /** Reminders whose email failed; released for the next run. */
  failed: number;
};

/**
 * The cron's pass over reminders that are due, in every organization, oldest first. Each one is
 * claimed by a conditional update of `sent_at` before its email goes, so overlapping runs (a cron
 * that fires again while the last run is still sending) email it once; a failed send releases the
 * claim for the next minute. A reminder is not owed once its call is cancelled or has begun, nor
 * when it is more than `reminderStaleAfterMs` late; a
 * reschedule replaces the booking's reminders (see book.ts), so a claimed one never names an old time.
 */
export async function sendDueReminders(deps: IdentityDeps, now: Date, limit = 100): Promise<ReminderRun> {
  const due = await dbOf(deps)
    .select({
      id: bookingReminders.id,
      organizationId: bookingReminders.organizationId,
      bookingId: bookingReminders.bookingId,
      kind: bookingReminders.kind,
    })
    .from(bookingReminders)
    .where(
      and(
        isNull(bookingReminders.sentAt),
        lte(bookingReminders.dueAt, now),
        gt(bookingReminders.dueAt, new Date(now.getTime() - reminderStaleAfterMs)),
      ),
    )
    .orderBy(asc(bookingReminders.dueAt))
    .limit(limit);
  const run: ReminderRun = { sent: 0, dropped: 0, failed: 0 };
  for (const reminder of due) {
    const scope = forTenant(dbOf(deps), trustOrgId(reminder.organizationId));
    const claimed = await scope.update(
      bookingReminders,
      { sentAt: now },
      and(eq(bookingReminders.id, reminder.id), isNull(bookingReminders.sentAt)),
    );
    if (claimed === 0) continue;
    const booking = await scope.first(bookings, eq(bookings.id, reminder.bookingId));
    const service = booking && (await loadService(scope, booking.serviceId).catch(() => null));
    if (
      !booking ||
      !service ||
      booking.status !== 'confirmed' ||
      booking.startsAt.getTime() <= now.getTime()
    ) {
      run.dropped++;
      continue;
    }
    try {
      const host = await organizerName(deps, scope.orgId);
      const when = whenText(booking.startsAt, booking.endsAt, booking.visitorTimeZone);
      const link = await manageUrl(deps, booking);
      const where = locationText(service);
      const lead = leadWords[reminder.kind] ?? 'soon';
      await deps.mailer.send({
        to: booking.email,
        organizationId: scope.orgId,
        subject: `Reminder: ${service.name} with ${host} ${lead}`,
        // A provider that dedupes sends it once even if a retry follows an unseen success.
        idempotencyKey: `booking-reminder-${reminder.id}`,
        text: [
          `Hi ${booking.name},`,
          '',
          `Your ${service.name} with ${host} is ${lead}: ${when}.`,
          `Where: ${where}`,
          '',
          `Need to cancel or move it? ${link}`,
        ].join('\n'),
        html: `<p>Hi ${escapeHtml(booking.name)},</p><p>Your <strong>${escapeHtml(service.name)}</strong> with ${escapeHtml(
          host,
        )} is ${lead}: <strong>${escapeHtml(when)}</strong>.</p><p>Where: ${escapeHtml(
          where,
        )}</p><p><a href="${escapeHtml(link)}">Cancel or reschedule</a></p>`,
      });
      run.sent++;
    } catch (err) {
      await scope.update(bookingReminders, { sentAt: null }, eq(bookingReminders.id, reminder.id));
      deps.log.error('booking reminder failed; it goes again next run', {
        error: err,
        reminder_id: reminder.id,
      });
      run.failed++;
    }
  }
  return run;
}
