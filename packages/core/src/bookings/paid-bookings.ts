import {
  bookingReminders,
  bookings,
  orderEvents,
  orderItems,
  orders,
  paymentAccounts,
} from '@mewayz/db/schema';
import { and, eq, inArray } from 'drizzle-orm';
import { checkoutHoldMinutes, openCheckoutSession, platformFeeOf } from '../commerce/checkout.ts';
import { type OrderStatus, refundableStatuses } from '../commerce/order-state.ts';
import { refundOrder } from '../commerce/orders.ts';
import { PaymentsNotEnabled } from '../commerce/payments.ts';
import { retryingDeadlocks } from '../data/mysql-errors.ts';
import type { Actor } from '../deps.ts';
import type { IdentityDeps } from '../identity/identity-deps.ts';
import { newId } from '../ids.ts';
import type { TenantScope } from '../tenancy/scope.ts';
import {
  type Booked,
  type BookInput,
  type BookingRow,
  bookSlot,
  cancelBookingRow,
  reminderOffsets,
} from './book.ts';
import { sendBookingConfirmation, whenText } from './emails.ts';
import { loadService } from './services.ts';

/**
 * Paid calls go through the commerce checkout (decision 0007): one transaction records a `pending`
 * order holding its "stock" (the booking, `held`, whose claimed blocks keep the slot from everyone
 * else) and the held booking; then the Stripe Checkout Session opens. What moves the order moves the
 * booking, through commerce's order hooks (`commerce/order-hooks.ts`): paid confirms it, expiry or failure
 * releases the slot, a full refund cancels it.
 */
export async function startPaidBooking(
  deps: IdentityDeps,
  scope: TenantScope,
  input: BookInput & { cancelUrl: string },
): Promise<Booked & { checkoutUrl: string }> {
  const settings = deps.commerce;
  const payments = settings?.payments;
  if (!settings || !payments) throw new PaymentsNotEnabled();
  const service = await loadService(scope, input.serviceId);
  const account = await scope.first(paymentAccounts);
  const destination = account?.chargesEnabled
    ? {
        accountId: account.stripeAccountId,
        applicationFee: platformFeeOf(service.price, settings.platformFeeBps),
      }
    : undefined;
  if (!destination && settings.requireConnect)
    throw new PaymentsNotEnabled('This creator has not finished setting up payouts yet.');
  const now = deps.now();
  const expiresAt = new Date(now.getTime() + checkoutHoldMinutes * 60_000);
  const orderId = newId('order');
  const when = whenText(
    new Date(input.start),
    new Date(input.start + service.durationMinutes * 60_000),
    input.visitorTimeZone,
  );
  // Concurrent checkouts for neighbouring slots insert into the same index gaps; InnoDB may pick one as
  // a deadlock's victim and roll it back whole, so it is simply run again (ids stay the same).
  const booked = await retryingDeadlocks(() =>
    scope.transaction(async (tx) => {
      await tx.insert(orders, {
        id: orderId,
        siteId: input.siteId,
        siteOrigin: input.siteOrigin,
        status: 'pending',
        stockState: 'held',
        currency: service.currency,
        subtotal: service.price,
        total: service.price,
        platformFee: destination?.applicationFee ?? 0,
        stripeAccountId: destination?.accountId ?? null,
        buyerEmail: input.email,
        buyerName: input.name,
        checkoutExpiresAt: expiresAt,
        createdAt: now,
      });
      await tx.insert(orderItems, {
        id: newId('orderItem'),
        orderId,
        productId: service.id,
        kind: 'booking',
        name: `${service.name}, ${when}`.slice(0, 200),
        unitPrice: service.price,
        quantity: 1,
        total: service.price,
      });
      await tx.insert(orderEvents, {
        id: newId('orderEvent'),
        orderId,
        type: 'checkout.started',
        status: 'pending',
        amount: service.price,
        createdAt: now,
      });
      return bookSlot(deps, scope, { ...input, orderId }, tx);
    }),
  );
  const session = await openCheckoutSession(deps, scope, {
    orderId,
    organizationId: scope.orgId,
    currency: service.currency,
    lines: [
      {
        name: `${service.name} (${service.durationMinutes} min), ${when}`,
        unitAmount: service.price,
        quantity: 1,
      },
    ],
    successUrl: `${input.siteOrigin}/booking/${booked.token}?paid=1`,
    cancelUrl: input.cancelUrl,
    expiresAt,
    automaticTax: settings.automaticTax,
    destination,
  });
  return { ...booked, checkoutUrl: session.url };
}

/**
 * The bookings of an order follow it, inside the transaction that moved it: paid → confirmed (and
 * its reminders owed), cancelled or refunded → cancelled and its time freed. Guarded by the booking's
 * status, so an event applied twice changes nothing the second time.
 */
export async function bookingsAfterOrder(
  tx: TenantScope,
  orderId: string,
  to: 'paid' | 'cancelled' | 'refunded',
  now: Date,
): Promise<void> {
  const rows = await tx.list(
    bookings,
    and(eq(bookings.orderId, orderId), inArray(bookings.status, ['held', 'confirmed'])),
  );
  for (const b of rows) {
    if (to === 'paid') {
      if (b.status !== 'held') continue;
      const moved = await tx.update(
        bookings,
        { status: 'confirmed' },
        and(eq(bookings.id, b.id), eq(bookings.status, 'held')),
      );
      if (moved === 0) continue;
      const due = Object.entries(reminderOffsets)
        .map(([kind, before]) => ({ kind, dueAt: b.startsAt.getTime() - before }))
        .filter((r) => r.dueAt > now.getTime());
      await tx.insert(
        bookingReminders,
        due.map((r) => ({
          id: newId('bookingReminder'),
          bookingId: b.id,
          kind: r.kind,
          dueAt: new Date(r.dueAt),
        })),
      );
    } else {
      await cancelBookingRow(tx, b.id, 'system', now, undefined, tx);
    }
  }
}

/** After a paid order's commit: each of its bookings' confirmations, once (see sendBookingConfirmation). */
export async function confirmPaidBookings(deps: IdentityDeps, scope: TenantScope, orderId: string) {
  const rows = await scope.list(
    bookings,
    and(eq(bookings.orderId, orderId), eq(bookings.status, 'confirmed')),
  );
  for (const b of rows) await sendBookingConfirmation(deps, scope, b.id);
}

/**
 * A paid call cancelled by its creator, or by the buyer within the notice its service allows, is
 * refunded in full: Stripe is asked here, and the order follows when its `charge.refunded` webhook
 * comes. The cancellation stands whatever Stripe answers; a refund that could not be asked for is
 * logged, and the creator can still refund from the order.
 */
export async function refundCancelledBooking(
  deps: IdentityDeps,
  scope: TenantScope,
  actor: Actor,
  booking: Pick<BookingRow, 'id' | 'orderId'>,
): Promise<void> {
  if (!booking.orderId) return;
  const order = await scope.first(orders, eq(orders.id, booking.orderId));
  // A partly refunded order still holds what is left; a pending one was never paid.
  if (!order || order.status === 'disputed' || !refundableStatuses.includes(order.status as OrderStatus))
    return;
  await refundOrder(deps, scope, actor, order.id, { reason: 'The call was cancelled.' }).catch(
    (err: unknown) =>
      deps.log.error('refund of a cancelled paid call failed; refund it from the order', {
        booking_id: booking.id,
        order_id: order.id,
        error: String(err),
      }),
  );
}
