import type { orderItems } from '@mewayz/db/schema';
import { emailCourseAccess, enrollPaidOrder, revokePaidOrder } from '../courses/order-hooks.ts';
import type { IdentityDeps } from '../identity/identity-deps.ts';
import type { TenantScope } from '../tenancy/scope.ts';

/**
 * What a paid order delivers beyond its downloads, and what a refund takes back, for everything else
 * sold through checkout (courses today). `stripe-events.ts` calls these three at the points where an
 * order is paid, revoked and finished, so each seller hooks in here and nowhere else.
 */

/** Inside the paying transaction (applied once per Stripe event). */
export async function onOrderPaid(
  tx: TenantScope,
  orderId: string,
  items: (typeof orderItems.$inferSelect)[],
  email: string | null,
): Promise<void> {
  await enrollPaidOrder(tx, orderId, items, email);
}

/** Inside the transaction of a full refund or a lost dispute. */
export async function onOrderRevoked(tx: TenantScope, orderId: string): Promise<void> {
  await revokePaidOrder(tx, orderId);
}

/** After the payment committed, with the receipt: emails that must go once each. */
export async function afterOrderPaid(
  deps: IdentityDeps,
  scope: TenantScope,
  orderId: string,
  siteName: string,
): Promise<void> {
  await emailCourseAccess(deps, scope, orderId, siteName);
}
