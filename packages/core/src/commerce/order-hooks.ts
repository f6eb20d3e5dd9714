import type { orderItems } from '@mewayz/db/schema';
import { bookingsAfterOrder, confirmPaidBookings } from '../bookings/paid-bookings.ts';
import { emailCourseAccess, enrollPaidOrder, revokePaidOrder } from '../courses/order-hooks.ts';
import type { IdentityDeps } from '../identity/identity-deps.ts';
import type { TenantScope } from '../tenancy/scope.ts';

/**
 * What an order carries besides products (course enrollments, booked calls), told when the order
 * moves: the one place other modules hook into the payment path. The `on…` hooks run inside the
 * transaction that moved the order (applied once per Stripe event), so they happen exactly once with it.
 */

/** The order was paid. */
export async function onOrderPaid(
  tx: TenantScope,
  orderId: string,
  items: (typeof orderItems.$inferSelect)[],
  email: string | null,
  now: Date,
): Promise<void> {
  await bookingsAfterOrder(tx, orderId, 'paid', now);
  await enrollPaidOrder(tx, orderId, items, email);
}

/** The order will never be paid (checkout expired or failed, hold released). */
export async function onOrderCancelled(tx: TenantScope, orderId: string, now: Date): Promise<void> {
  await bookingsAfterOrder(tx, orderId, 'cancelled', now);
}

/** The money went back: a full refund, or a lost dispute. */
export async function onOrderRevoked(tx: TenantScope, orderId: string, now: Date): Promise<void> {
  await revokePaidOrder(tx, orderId);
  await bookingsAfterOrder(tx, orderId, 'refunded', now);
}

/** After a paid order's commit, with the receipt: the emails those modules send (each claims its own once). */
export async function afterOrderPaid(
  deps: IdentityDeps,
  scope: TenantScope,
  orderId: string,
  siteName: string,
): Promise<void> {
  await emailCourseAccess(deps, scope, orderId, siteName);
  await confirmPaidBookings(deps, scope, orderId);
}
