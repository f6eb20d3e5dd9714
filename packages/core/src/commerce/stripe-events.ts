import {
  orderEvents,
  orderItems,
  orders,
  type PostalAddress,
  paymentAccounts,
  products,
  sites,
  stripeEvents,
} from '@mewayz/db/schema';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type Stripe from 'stripe';
import { recordBuyer } from '../crm/contacts.ts';
import { dbOf } from '../data/db-handle.ts';
import { isDuplicateKey } from '../data/mysql-errors.ts';
import type { CoreDeps } from '../deps.ts';
import type { IdentityDeps } from '../identity/identity-deps.ts';
import { newId } from '../ids.ts';
import { trustOrgId } from '../tenancy/org-id.ts';
import { forTenant, type TenantScope } from '../tenancy/scope.ts';
import type { EmitWebhook } from '../webhooks/outbox.ts';
import { transactionWithEvents } from '../webhooks/outbox.ts';
import { returnStock } from './availability.ts';
import { grantDownloads, revokeDownloads } from './downloads.ts';
import { sendOrderEmails } from './order-emails.ts';
import { afterOrderPaid, onOrderCancelled, onOrderPaid, onOrderRevoked } from './order-hooks.ts';
import { canTransition, type OrderStatus, statusAfterRefund } from './order-state.ts';
import { type OrderRow, orderViewOf } from './orders.ts';
import { PaymentsNotEnabled } from './payments.ts';
import { afterCatalogChange } from './storefront.ts';

/**
 * Stripe's webhooks, in two steps (decision 0007). The edge verifies a request's signature on the raw
 * body, stores the event by Stripe's id (once, whatever Stripe resends) and queues it; the jobs Worker
 * applies it to the order it is about. Applying writes an order event keyed by (organization, Stripe
 * event id) in the same transaction as the change, so an event queued twice changes the order once.
 */

/** An event that arrived before what it depends on (a refund before the payment): retry it later. */
export class EventNotReady extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EventNotReady';
  }
}

/** What the `stripe-events` queue carries: the stored event's id (the row holds the payload). */
export interface StripeEventMessage {
  eventId: string;
}

export interface ReceivedEvent {
  id: string;
  type: string;
  /** False when this event was already applied (Stripe sent it again): nothing to queue. */
  pending: boolean;
}

/** Verify a webhook request and store its event (WebhookSignatureInvalid when forged, tampered or stale). */
export async function receiveStripeEvent(
  deps: CoreDeps,
  rawBody: string,
  signature: string,
): Promise<ReceivedEvent> {
  const payments = deps.commerce?.payments;
  if (!payments) throw new PaymentsNotEnabled('Payments are not configured on this platform.');
  const event = await payments.verifyWebhook(rawBody, signature);
  const db = dbOf(deps);
  try {
    await db.insert(stripeEvents).values({
      id: event.id,
      type: event.type,
      payload: rawBody,
      stripeCreatedAt: new Date(event.created * 1000),
      receivedAt: deps.now(),
    });
    return { id: event.id, type: event.type, pending: true };
  } catch (err) {
    if (!isDuplicateKey(err)) throw err;
  }
  // Stripe sent it again: queue it only if it was never applied.
  const [row] = await db
    .select({ processedAt: stripeEvents.processedAt })
    .from(stripeEvents)
    .where(eq(stripeEvents.id, event.id));
  return { id: event.id, type: event.type, pending: !row?.processedAt };
}

/** Stored events not applied yet, oldest first: for the sweep that re-queues what the queue lost. */
export async function pendingStripeEvents(deps: CoreDeps, olderThan: Date, limit = 200): Promise<string[]> {
  const rows = await dbOf(deps)
    .select({ id: stripeEvents.id, receivedAt: stripeEvents.receivedAt })
    .from(stripeEvents)
    .where(isNull(stripeEvents.processedAt))
    .orderBy(stripeEvents.receivedAt)
    .limit(limit);
  return rows.filter((r) => r.receivedAt < olderThan).map((r) => r.id);
}

type Outcome = string;

/** Attempts after which an event still waiting for another is set aside (the queue's retries, then the sweep's). */
export const maxWaitingAttempts = 60;

/**
 * Apply a stored event. Returns what it concluded (`applied …`, `ignored: …`, `duplicate`); throws
 * EventNotReady when it must wait for another event, and anything else on failure (the queue retries).
 */
export async function processStripeEvent(deps: IdentityDeps, eventId: string): Promise<Outcome> {
  const db = dbOf(deps);
  const [row] = await db.select().from(stripeEvents).where(eq(stripeEvents.id, eventId));
  if (!row) return 'ignored: unknown event';
  const event = JSON.parse(row.payload) as Stripe.Event;
  if (row.processedAt) {
    // Applied before; a crash may have come between the commit and the emails, so finish those.
    await finishPaidOrder(deps, event);
    return 'duplicate';
  }
  await db
    .update(stripeEvents)
    .set({ attempts: row.attempts + 1 })
    .where(eq(stripeEvents.id, eventId));
  let outcome: Outcome;
  try {
    outcome = await apply(deps, event);
  } catch (err) {
    // Waiting has a limit: an event about a payment that never becomes ours (a charge made outside
    // Mewayz's checkout) is set aside after many retries instead of circling for ever.
    if (!(err instanceof EventNotReady) || row.attempts + 1 < maxWaitingAttempts) throw err;
    outcome = `gave up waiting: ${err.message}`;
  }
  await db
    .update(stripeEvents)
    .set({ processedAt: deps.now(), outcome: outcome.slice(0, 200) })
    .where(eq(stripeEvents.id, eventId));
  await finishPaidOrder(deps, event);
  if (outcome === 'applied: cancelled') await catalogAfterRelease(deps, event);
  return outcome;
}

/** Stock a cancelled checkout gave back may put a sold-out item on sale again. */
async function catalogAfterRelease(deps: CoreDeps, event: Stripe.Event): Promise<void> {
  const order = await orderOfSession(deps, event.data.object as Stripe.Checkout.Session);
  if (order) await afterCatalogChange(deps, forTenant(dbOf(deps), trustOrgId(order.organizationId)));
}

async function apply(deps: IdentityDeps, event: Stripe.Event): Promise<Outcome> {
  switch (event.type) {
    case 'checkout.session.completed':
    case 'checkout.session.async_payment_succeeded': {
      const session = event.data.object;
      return withOrder(deps, event, await orderOfSession(deps, session), (ctx) =>
        session.payment_status === 'paid' || session.payment_status === 'no_payment_required'
          ? markPaid(deps, ctx, session)
          : note(ctx, 'Waiting for the payment to clear'),
      );
    }
    case 'checkout.session.async_payment_failed':
    case 'checkout.session.expired': {
      const session = event.data.object;
      const failed = event.type === 'checkout.session.async_payment_failed';
      return withOrder(deps, event, await orderOfSession(deps, session), (ctx) =>
        cancel(deps, ctx, failed ? 'The payment failed' : 'The checkout expired unpaid'),
      );
    }
    case 'charge.refunded': {
      const charge = event.data.object;
      return withOrder(deps, event, await orderOfPayment(deps, charge.payment_intent), (ctx) =>
        refunded(deps, ctx, charge.amount_refunded),
      );
    }
    case 'charge.dispute.created': {
      const dispute = event.data.object;
      return withOrder(deps, event, await orderOfPayment(deps, dispute.payment_intent), (ctx) =>
        disputed(ctx, dispute.amount, dispute.reason),
      );
    }
    case 'charge.dispute.closed': {
      const dispute = event.data.object;
      return withOrder(deps, event, await orderOfPayment(deps, dispute.payment_intent), (ctx) =>
        disputeClosed(deps, ctx, dispute.status),
      );
    }
    case 'account.updated':
      return accountUpdated(deps, event.data.object.id);
    default:
      return `ignored: ${event.type} is not used`;
  }
}

// ---- finding what an event is about ----

/** The order a Checkout Session was opened for: our id in its metadata, checked against the row. */
async function orderOfSession(deps: CoreDeps, session: Stripe.Checkout.Session): Promise<OrderRow | null> {
  const orderId = session.metadata?.orderId ?? session.client_reference_id;
  if (!orderId) return null;
  const [row] = await dbOf(deps).select().from(orders).where(eq(orders.id, orderId));
  if (!row) return null;
  // A session names its order; the order must not name another session (or another organization).
  if (row.stripeSessionId && row.stripeSessionId !== session.id) return null;
  if (session.metadata?.organizationId && session.metadata.organizationId !== row.organizationId) return null;
  return row;
}

async function orderOfPayment(
  deps: CoreDeps,
  paymentIntent: string | Stripe.PaymentIntent | null,
): Promise<OrderRow | null> {
  const id = typeof paymentIntent === 'string' ? paymentIntent : paymentIntent?.id;
  if (!id) return null;
  const [row] = await dbOf(deps).select().from(orders).where(eq(orders.stripePaymentIntentId, id));
  if (row) return row;
  // The payment is known only once the order is paid: a refund or dispute that overtook the
  // payment's own event waits for it.
  throw new EventNotReady(`no order paid by ${id} yet`);
}

interface OrderContext {
  tx: TenantScope;
  emit: EmitWebhook;
  order: OrderRow;
  event: Stripe.Event;
}

/**
 * Run `fn` for the order in one transaction that first records the event on the order's timeline: the
 * (organization, event id) key makes a second application fail there and roll back, so it is a no-op.
 */
async function withOrder(
  deps: CoreDeps,
  event: Stripe.Event,
  order: OrderRow | null,
  fn: (ctx: OrderContext) => Promise<Outcome>,
): Promise<Outcome> {
  if (!order) return `ignored: ${event.type} names no order of ours`;
  // The order row names its organization: the only tenant this event can touch.
  const scope = forTenant(dbOf(deps), trustOrgId(order.organizationId));
  try {
    return await transactionWithEvents(deps, scope, async (tx, emit) => {
      const current = await tx.first(orders, eq(orders.id, order.id));
      if (!current) return 'ignored: order gone';
      await tx.insert(orderEvents, {
        id: newId('orderEvent'),
        orderId: order.id,
        type: event.type,
        status: current.status,
        stripeEventId: event.id,
        stripeObjectId: (event.data.object as { id?: string }).id ?? null,
        createdAt: deps.now(),
      });
      return fn({ tx, emit, order: current, event });
    });
  } catch (err) {
    if (isDuplicateKey(err)) return 'duplicate';
    throw err;
  }
}

/** Set the timeline entry this event wrote: the status it led to and what it meant. */
async function settle(ctx: OrderContext, status: OrderStatus, fields: { amount?: number; message?: string }) {
  await ctx.tx.update(
    orderEvents,
    { status, amount: fields.amount ?? null, message: fields.message?.slice(0, 500) ?? null },
    and(eq(orderEvents.orderId, ctx.order.id), eq(orderEvents.stripeEventId, ctx.event.id)),
  );
}

async function note(ctx: OrderContext, message: string): Promise<Outcome> {
  await settle(ctx, ctx.order.status as OrderStatus, { message });
  return `noted: ${message}`;
}

/** Move the order from the status it was read in; 0 rows means another event moved it meanwhile. */
async function move(ctx: OrderContext, patch: Partial<OrderRow>): Promise<void> {
  const changed = await ctx.tx.update(
    orders,
    patch,
    and(eq(orders.id, ctx.order.id), eq(orders.status, ctx.order.status)),
  );
  if (changed === 0) throw new EventNotReady('the order changed meanwhile');
}

function addressOf(
  a: Stripe.Address | null | undefined,
  name: string | null | undefined,
): PostalAddress | null {
  if (!a) return null;
  return {
    name: name ?? null,
    line1: a.line1,
    line2: a.line2,
    city: a.city,
    state: a.state,
    postalCode: a.postal_code,
    country: a.country,
  };
}

// ---- transitions ----

async function markPaid(
  deps: IdentityDeps,
  ctx: OrderContext,
  session: Stripe.Checkout.Session,
): Promise<Outcome> {
  const { tx, order } = ctx;
  if (order.status !== 'pending') {
    await note(ctx, `Already ${order.status}`);
    return `ignored: order already ${order.status}`;
  }
  const shipping =
    (
      session as {
        collected_information?: { shipping_details?: { name?: string; address?: Stripe.Address } };
      }
    ).collected_information?.shipping_details ??
    (session as { shipping_details?: { name?: string; address?: Stripe.Address } }).shipping_details;
  const email = session.customer_details?.email?.toLowerCase() ?? null;
  const paymentIntent =
    typeof session.payment_intent === 'string'
      ? session.payment_intent
      : (session.payment_intent?.id ?? null);
  const now = deps.now();
  await move(ctx, {
    status: 'paid',
    stockState: 'sold',
    paidAt: now,
    total: session.amount_total ?? order.total,
    taxTotal: session.total_details?.amount_tax ?? 0,
    shippingTotal: session.total_details?.amount_shipping ?? 0,
    buyerEmail: email,
    buyerName: session.customer_details?.name?.slice(0, 200) ?? null,
    shippingAddress: addressOf(shipping?.address, shipping?.name),
    stripePaymentIntentId: paymentIntent,
    stripeSessionId: session.id,
  });
  await settle(ctx, 'paid', { amount: session.amount_total ?? order.total, message: 'Payment received' });
  const items = await tx.list(orderItems, eq(orderItems.orderId, order.id));
  const catalog = new Map(
    (
      await tx.list(
        products,
        inArray(
          products.id,
          items.map((i) => i.productId),
        ),
        { withDeleted: true },
      )
    ).map((p) => [p.id, p]),
  );
  await grantDownloads(deps, tx, order.id, items, catalog);
  await onOrderPaid(tx, order.id, items, email, now);
  if (email)
    await recordBuyer(tx, ctx.emit, {
      email,
      name: session.customer_details?.name ?? null,
      siteId: order.siteId,
      orderId: order.id,
      summary: `Paid order: ${items.map((i) => (i.quantity > 1 ? `${i.quantity} × ${i.name}` : i.name)).join(', ')}`,
      at: now,
    });
  await ctx.emit('order.paid', async () =>
    orderViewOf(tx, (await tx.first(orders, eq(orders.id, order.id)))!),
  );
  return 'applied: paid';
}

async function cancel(deps: CoreDeps, ctx: OrderContext, message: string): Promise<Outcome> {
  const { tx, order } = ctx;
  if (order.status !== 'pending') {
    await note(ctx, `${message}, but the order is ${order.status}`);
    return `ignored: order already ${order.status}`;
  }
  await move(ctx, {
    status: 'cancelled',
    cancelledAt: deps.now(),
    ...(order.stockState === 'held' ? { stockState: 'released' as const } : {}),
  });
  if (order.stockState === 'held')
    for (const item of await tx.list(orderItems, eq(orderItems.orderId, order.id)))
      await returnStock(tx, item);
  await settle(ctx, 'cancelled', { message });
  await onOrderCancelled(tx, order.id, deps.now());
  return 'applied: cancelled';
}

async function refunded(deps: CoreDeps, ctx: OrderContext, amountRefunded: number): Promise<Outcome> {
  const { order } = ctx;
  if (order.status === 'pending') throw new EventNotReady('refund before the payment was applied');
  // Refund totals only grow: an older event arriving late says less than we know, and changes nothing.
  if (amountRefunded <= order.refundedTotal) {
    await note(ctx, 'Refund already recorded');
    return 'ignored: refund already recorded';
  }
  const next = statusAfterRefund(order.total, amountRefunded);
  const status = canTransition(order.status as OrderStatus, next) ? next : (order.status as OrderStatus);
  await move(ctx, { status, refundedTotal: amountRefunded });
  if (next === 'refunded') {
    await revokeDownloads(deps, ctx.tx, order.id);
    await onOrderRevoked(ctx.tx, order.id, deps.now());
  }
  await settle(ctx, status, {
    amount: amountRefunded - order.refundedTotal,
    message: next === 'refunded' ? 'Refunded in full' : 'Partly refunded',
  });
  await ctx.emit('order.refunded', async () =>
    orderViewOf(ctx.tx, (await ctx.tx.first(orders, eq(orders.id, order.id)))!),
  );
  return `applied: ${status}`;
}

async function disputed(ctx: OrderContext, amount: number, reason: string): Promise<Outcome> {
  const { order } = ctx;
  if (!canTransition(order.status as OrderStatus, 'disputed')) {
    await note(ctx, `Dispute opened (${reason}) while ${order.status}`);
    return `ignored: order ${order.status}`;
  }
  await move(ctx, { status: 'disputed' });
  await settle(ctx, 'disputed', {
    amount,
    message: `The buyer disputed the payment (${reason.replace(/_/g, ' ')})`,
  });
  return 'applied: disputed';
}

/**
 * The bank decided a dispute. Won: the creator keeps the money and the order goes back to where it
 * was (fulfilled, partly refunded or paid). Lost: the money went back to the buyer, the order stays
 * disputed for the record and its downloads stop working. A close that overtook its opening (or came
 * for an order that was never disputed) is noted; a lost one still revokes the downloads.
 */
async function disputeClosed(deps: CoreDeps, ctx: OrderContext, status: string): Promise<Outcome> {
  const { order } = ctx;
  if (status === 'lost') {
    await revokeDownloads(deps, ctx.tx, order.id);
    await onOrderRevoked(ctx.tx, order.id, deps.now());
    await settle(ctx, order.status as OrderStatus, {
      message: 'Dispute lost: the bank returned the payment to the buyer',
    });
    return 'applied: dispute lost';
  }
  if (status !== 'won' && status !== 'warning_closed') {
    await note(ctx, `Dispute updated (${status.replace(/_/g, ' ')})`);
    return `ignored: dispute ${status}`;
  }
  if (order.status !== 'disputed') {
    await note(ctx, `Dispute closed in the seller's favour while ${order.status}`);
    return `ignored: order ${order.status}`;
  }
  const back: OrderStatus = order.fulfilledAt
    ? 'fulfilled'
    : order.refundedTotal > 0
      ? 'partially_refunded'
      : 'paid';
  await move(ctx, { status: back });
  await settle(ctx, back, { message: 'Dispute won: the payment stays with you' });
  return `applied: ${back}`;
}

/**
 * A connected account changed. Events about one account can arrive in any order, so the account is
 * read back from Stripe (the current truth) rather than taken from the event.
 */
async function accountUpdated(deps: CoreDeps, accountId: string): Promise<Outcome> {
  const payments = deps.commerce?.payments;
  const [row] = await dbOf(deps)
    .select()
    .from(paymentAccounts)
    .where(eq(paymentAccounts.stripeAccountId, accountId));
  if (!row || !payments) return 'ignored: not an account of ours';
  const state = await payments.retrieveAccount(accountId);
  const scope = forTenant(dbOf(deps), trustOrgId(row.organizationId));
  await scope.update(
    paymentAccounts,
    {
      chargesEnabled: state.chargesEnabled,
      payoutsEnabled: state.payoutsEnabled,
      detailsSubmitted: state.detailsSubmitted,
      requirementsDue: state.requirementsDue,
    },
    eq(paymentAccounts.stripeAccountId, accountId),
  );
  return `applied: charges ${state.chargesEnabled ? 'on' : 'off'}`;
}

/** After a payment event: the receipt and the creator's email, each once (see sendOrderEmails). */
async function finishPaidOrder(deps: IdentityDeps, event: Stripe.Event): Promise<void> {
  if (
    event.type !== 'checkout.session.completed' &&
    event.type !== 'checkout.session.async_payment_succeeded'
  )
    return;
  const order = await orderOfSession(deps, event.data.object);
  if (!order) return;
  const scope = forTenant(dbOf(deps), trustOrgId(order.organizationId));
  const site = await scope.first(sites, eq(sites.id, order.siteId), { withDeleted: true });
  await sendOrderEmails(deps, scope, order.id, site?.name ?? 'the store');
  await afterOrderPaid(deps, scope, order.id, site?.name ?? 'the store');
}
