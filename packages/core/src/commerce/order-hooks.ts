import { bookingsAfterOrder, confirmPaidBookings } from '../bookings/paid-bookings.ts';
import type { IdentityDeps } from '../identity/identity-deps.ts';
import type { TenantScope } from '../tenancy/scope.ts';

/**
 * What else an order carries besides products, told when the order moves: the one place other
 * modules (bookings; courses next) hook into the payment path. Runs inside the transaction that moved
 * the order, so it happens exactly once with it.
 */
export async function afterOrderMoved(
  tx: TenantScope,
  orderId: string,
  to: 'paid' | 'cancelled' | 'refunded',
  now: Date,
): Promise<void> {
  await bookingsAfterOrder(tx, orderId, to, now);
}

/** After a paid order's commit, with the receipt: the emails those modules send (each claims its own once). */
export async function afterOrderPaidCommitted(deps: IdentityDeps, scope: TenantScope, orderId: string) {
  await confirmPaidBookings(deps, scope, orderId);
}
