import { orders } from '@mewayz/db/schema';
import { and, eq, lt } from 'drizzle-orm';
import { dbOf } from '../data/db-handle.ts';
import type { CoreDeps } from '../deps.ts';
import { trustOrgId } from '../tenancy/org-id.ts';
import { forTenant } from '../tenancy/scope.ts';
import { releaseHeldOrder } from './checkout.ts';

/** A checkout past its end by this much whose expiry webhook has not come yet is expired by us. */
export const expiryGraceMs = 5 * 60_000;
/** Past this, Stripe has given up delivering the expiry (it retries for 3 days): release without it. */
const giveUpMs = 3 * 86_400_000 + 3_600_000;

/**
 * The cron's safety net for stock holds. Normally Stripe's `checkout.session.expired` releases a hold.
 * For a checkout still holding stock after its end: ask Stripe to expire the session (its webhook
 * then releases it, through the one path that also records it); a checkout that never reached Stripe,
 * or whose webhook never came, is released here. Returns how many were handled.
 */
export async function sweepExpiredCheckouts(deps: CoreDeps, now: Date, limit = 100): Promise<number> {
  const stale = await dbOf(deps)
    .select()
    .from(orders)
    .where(
      and(
        eq(orders.stockState, 'held'),
        lt(orders.checkoutExpiresAt, new Date(now.getTime() - expiryGraceMs)),
      ),
    )
    .orderBy(orders.checkoutExpiresAt)
    .limit(limit);
  let handled = 0;
  for (const order of stale) {
    const lost = !order.stripeSessionId || order.checkoutExpiresAt.getTime() < now.getTime() - giveUpMs;
    if (!lost) {
      try {
        await deps.commerce?.payments?.expireCheckoutSession(order.stripeSessionId!);
        handled++;
      } catch (err) {
        // Stripe unreachable: the next minute's sweep asks again.
        deps.log.warn('could not expire a checkout session', { order: order.id, error: err });
      }
      continue;
    }
    // The order row names its organization: the only tenant this touches.
    await releaseHeldOrder(forTenant(dbOf(deps), trustOrgId(order.organizationId)), order.id, now, {
      type: 'checkout.released',
      message: 'The checkout ended unpaid; its stock was released',
    });
    handled++;
  }
  return handled;
}
