import type { BookingView } from '@mewayz/contracts';
import type { Actor } from '../deps.ts';
import { NotFound } from '../errors.ts';
import type { IdentityDeps } from '../identity/identity-deps.ts';
import type { TenantScope } from '../tenancy/scope.ts';
import { type BookingRow, cancelBookingRow, getBooking, loadBooking, rescheduleBookingRow } from './book.ts';
import { sendBookingCancellation, sendBookingConfirmation } from './emails.ts';
import { refundCancelledBooking } from './paid-bookings.ts';

export * from './book.ts';
export * from './calendar.ts';
export * from './emails.ts';
export * from './feed.ts';
export * from './ics.ts';
export * from './paid-bookings.ts';
export * from './reminders.ts';
export * from './services.ts';
export * from './slots.ts';
export * from './zoned-time.ts';

/** Emails after a commit never undo it: a failure is logged, the change stands. */
async function afterCommit(deps: IdentityDeps, what: string, send: () => Promise<unknown>) {
  await send().catch((err: unknown) =>
    deps.log.error(`booking ${what} email failed`, { error: String(err) }),
  );
}

/** The creator (or an integrator) cancels a call; the buyer is told, and refunded if they paid. */
export async function cancelBooking(
  deps: IdentityDeps,
  scope: TenantScope,
  actor: Actor,
  id: string,
  by: 'creator' | 'buyer' = 'creator',
): Promise<BookingView> {
  await loadBooking(scope, id);
  if (await cancelBookingRow(scope, id, by, deps.now(), actor))
    await afterBookingCancelled(deps, scope, actor, await loadBooking(scope, id));
  return getBooking(scope, id);
}

/**
 * What follows a cancellation's commit, whoever cancelled: a paid call's refund, then the buyer's
 * email with the calendar CANCEL. Neither undoes the cancellation.
 */
export async function afterBookingCancelled(
  deps: IdentityDeps,
  scope: TenantScope,
  actor: Actor,
  row: BookingRow,
): Promise<void> {
  await refundCancelledBooking(deps, scope, actor, row);
  await afterCommit(deps, 'cancellation', () => sendBookingCancellation(deps, scope, row));
}

/** Move a call to another offered time; the buyer gets the updated invitation. */
export async function rescheduleBooking(
  deps: IdentityDeps,
  scope: TenantScope,
  actor: Actor,
  id: string,
  startsAt: string,
): Promise<BookingView> {
  const start = Date.parse(startsAt);
  if (Number.isNaN(start)) throw new NotFound('Booking');
  await rescheduleBookingRow(deps, scope, id, start, actor);
  await afterCommit(deps, 'reschedule', () => sendBookingConfirmation(deps, scope, id));
  return getBooking(scope, id);
}
