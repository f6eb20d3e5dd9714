import { courses, orderEvents, orderItems, orders } from '@mewayz/db/schema';
import { and, eq } from 'drizzle-orm';
import { checkoutDestination, checkoutHoldMinutes, openCheckoutSession } from '../commerce/checkout.ts';
import { PaymentsNotEnabled } from '../commerce/payments.ts';
import type { CoreDeps } from '../deps.ts';
import { NotFound } from '../errors.ts';
import { assertId, newId } from '../ids.ts';
import type { TenantScope } from '../tenancy/scope.ts';

/** An order item's `kind` for a course: its `product_id` holds the course id. */
export const courseItemKind = 'course';

/**
 * Start buying a paid course on a site: a `pending` order of one `course` item (nothing to hold, so
 * no stock moves), then Stripe's checkout through the same path as products. The enrollment comes
 * with the payment (`enrollPaidOrder`), never from this request.
 */
export async function startCourseCheckout(
  deps: CoreDeps,
  scope: TenantScope,
  input: { siteId: string; siteOrigin: string; courseId: string },
): Promise<{ orderId: string; url: string }> {
  const settings = deps.commerce;
  if (!settings?.payments) throw new PaymentsNotEnabled();
  assertId('course', input.courseId);
  const course = await scope.first(
    courses,
    and(eq(courses.id, input.courseId), eq(courses.status, 'published')),
  );
  if (!course || course.price === 0) throw new NotFound('Course');
  const destination = await checkoutDestination(scope, settings, course.price);
  const now = deps.now();
  const expiresAt = new Date(now.getTime() + checkoutHoldMinutes * 60_000);
  const orderId = newId('order');
  await scope.transaction(async (tx) => {
    await tx.insert(orders, {
      id: orderId,
      siteId: input.siteId,
      siteOrigin: input.siteOrigin,
      status: 'pending',
      stockState: 'held',
      currency: course.currency,
      subtotal: course.price,
      total: course.price,
      platformFee: destination?.applicationFee ?? 0,
      stripeAccountId: destination?.accountId ?? null,
      checkoutExpiresAt: expiresAt,
      createdAt: now,
    });
    await tx.insert(orderItems, {
      id: newId('orderItem'),
      orderId,
      productId: course.id,
      kind: courseItemKind,
      name: course.title,
      unitPrice: course.price,
      quantity: 1,
      total: course.price,
    });
    await tx.insert(orderEvents, {
      id: newId('orderEvent'),
      orderId,
      type: 'checkout.started',
      status: 'pending',
      amount: course.price,
      createdAt: now,
    });
  });
  const session = await openCheckoutSession(deps, scope, {
    orderId,
    organizationId: scope.orgId,
    currency: course.currency,
    lines: [{ name: course.title, unitAmount: course.price, quantity: 1 }],
    successUrl: `${input.siteOrigin}/checkout/success?order=${orderId}`,
    cancelUrl: `${input.siteOrigin}/checkout/cancel?order=${orderId}`,
    expiresAt,
    automaticTax: settings.automaticTax,
    destination,
  });
  return { orderId, url: session.url };
}
