import { courseEnrollments, type orderItems, orders } from '@mewayz/db/schema';
import { and, eq, isNull } from 'drizzle-orm';
import type { CoreDeps } from '../deps.ts';
import type { Mailer } from '../email/mailer.ts';
import type { TenantScope } from '../tenancy/scope.ts';
import { courseItemKind } from './course-checkout.ts';
import { enrollStudent, revokeOrderEnrollments } from './enrollments.ts';
import { sendMagicLink } from './student-auth.ts';

type OrderItemRow = typeof orderItems.$inferSelect;
const paymentActor = { userId: null, requestId: null };

/**
 * Inside the transaction that marks an order paid (applied once per Stripe event): the buyer's email
 * gets each course the order holds. Redelivery cannot enroll twice: the event applies once, and an
 * active enrollment of the same address is kept as it is.
 */
export async function enrollPaidOrder(
  tx: TenantScope,
  orderId: string,
  items: OrderItemRow[],
  email: string | null,
): Promise<number> {
  if (!email) return 0;
  let n = 0;
  for (const item of items) {
    if (item.kind !== courseItemKind) continue;
    await enrollStudent(tx, paymentActor, { courseId: item.productId, email, source: 'order', orderId });
    n++;
  }
  return n;
}

/** A full refund or a lost dispute: what the order bought stops working (inside its transaction). */
export function revokePaidOrder(tx: TenantScope, orderId: string): Promise<number> {
  return revokeOrderEnrollments(tx, paymentActor, orderId);
}

/**
 * After the payment committed: email the buyer a sign-in link for the site they bought on, once —
 * claimed by a conditional update of `access_sent_at` before sending, released if sending fails, so a
 * redelivered event finishes what a crash left unsent and never sends twice.
 */
export async function emailCourseAccess(
  deps: CoreDeps & { mailer: Mailer },
  scope: TenantScope,
  orderId: string,
  siteName: string,
) {
  const order = await scope.first(orders, eq(orders.id, orderId));
  if (!order?.buyerEmail) return;
  const unsent = and(
    eq(courseEnrollments.orderId, orderId),
    isNull(courseEnrollments.accessSentAt),
    isNull(courseEnrollments.revokedAt),
  );
  if ((await scope.update(courseEnrollments, { accessSentAt: deps.now() }, unsent)) === 0) return;
  const origin = new URL(order.siteOrigin);
  try {
    await sendMagicLink(deps, scope, {
      host: origin.hostname,
      origin: origin.origin,
      email: order.buyerEmail,
      siteName,
      next: '/learn',
    });
  } catch (err) {
    await scope.update(courseEnrollments, { accessSentAt: null }, eq(courseEnrollments.orderId, orderId));
    throw err;
  }
}
