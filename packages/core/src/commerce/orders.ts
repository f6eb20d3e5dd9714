import {
  type FulfilOrderInput,
  fulfilOrderInput,
  type OrderListQuery,
  type RefundOrderInput,
  refundOrderInput,
} from '@mewayz/contracts';
import { orderEvents, orderItems, orders } from '@mewayz/db/schema';
import { and, asc, desc, eq, gte, inArray, lt, type SQL } from 'drizzle-orm';
import { recordAudit } from '../audit/record.ts';
import type { Actor, CoreDeps } from '../deps.ts';
import { Conflict, NotFound } from '../errors.ts';
import { assertId, newId } from '../ids.ts';
import { toCsv } from '../platform/csv.ts';
import type { TenantScope } from '../tenancy/scope.ts';
import { transactionWithEvents } from '../webhooks/outbox.ts';
import { toDecimalString } from './money.ts';
import { assertTransition, type OrderStatus, refundableStatuses } from './order-state.ts';
import { PaymentsNotEnabled } from './payments.ts';
import { invalid, type Page, parseInput } from './shared.ts';

export type OrderRow = typeof orders.$inferSelect;
type ItemRow = typeof orderItems.$inferSelect;
type EventRow = typeof orderEvents.$inferSelect;

function itemView(row: ItemRow) {
  return {
    id: row.id,
    productId: row.productId,
    variantId: row.variantId,
    kind: row.kind as 'digital' | 'physical' | 'pay_what_you_want' | 'booking',
    name: row.name,
    variantName: row.variantName,
    sku: row.sku,
    unitPrice: row.unitPrice,
    quantity: row.quantity,
    total: row.total,
  };
}

function eventView(row: EventRow) {
  return {
    id: row.id,
    type: row.type,
    status: row.status as OrderStatus,
    amount: row.amount,
    message: row.message,
    stripeEventId: row.stripeEventId,
    createdAt: row.createdAt.toISOString(),
  };
}

const iso = (d: Date | null) => d?.toISOString() ?? null;

export function orderView(row: OrderRow, items: ItemRow[]) {
  const address = row.shippingAddress;
  return {
    id: row.id,
    siteId: row.siteId,
    status: row.status as OrderStatus,
    currency: row.currency,
    subtotal: row.subtotal,
    shippingTotal: row.shippingTotal,
    taxTotal: row.taxTotal,
    total: row.total,
    refundedTotal: row.refundedTotal,
    platformFee: row.platformFee,
    buyerEmail: row.buyerEmail,
    buyerName: row.buyerName,
    shippingAddress: address
      ? {
          name: address.name ?? null,
          line1: address.line1 ?? null,
          line2: address.line2 ?? null,
          city: address.city ?? null,
          state: address.state ?? null,
          postalCode: address.postalCode ?? null,
          country: address.country ?? null,
        }
      : null,
    trackingNumber: row.trackingNumber,
    trackingUrl: row.trackingUrl,
    items: items.map(itemView),
    paidAt: iso(row.paidAt),
    fulfilledAt: iso(row.fulfilledAt),
    cancelledAt: iso(row.cancelledAt),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
export type OrderView = ReturnType<typeof orderView>;

/** An order of this organization, or 404 (malformed ids included). */
export async function loadOrder(scope: TenantScope, orderId: string): Promise<OrderRow> {
  assertId('order', orderId);
  const row = await scope.first(orders, eq(orders.id, orderId));
  if (!row) throw new NotFound('Order');
  return row;
}

export async function orderViewOf(scope: TenantScope, row: OrderRow): Promise<OrderView> {
  const items = await scope.list(orderItems, eq(orderItems.orderId, row.id), {
    orderBy: [asc(orderItems.position), asc(orderItems.id)],
  });
  return orderView(row, items);
}

/** Start of a UTC day, and of the day after `to` (the range is inclusive of whole days). */
function dayStart(day: string, plusDays = 0): Date {
  return new Date(Date.parse(`${day}T00:00:00Z`) + plusDays * 86_400_000);
}

/** Orders newest first, filtered by status and creation day. Abandoned checkouts are orders too (cancelled). */
export async function listOrders(
  _deps: CoreDeps,
  scope: TenantScope,
  filter: Pick<OrderListQuery, 'status' | 'from' | 'to'>,
  page: Page,
) {
  if (filter.from && filter.to && filter.from > filter.to)
    invalid('from', 'Choose a first day on or before the last day');
  const conds: SQL[] = [];
  if (filter.status) conds.push(eq(orders.status, filter.status));
  if (filter.from) conds.push(gte(orders.createdAt, dayStart(filter.from)));
  if (filter.to) conds.push(lt(orders.createdAt, dayStart(filter.to, 1)));
  const where = conds.length ? and(...conds) : undefined;
  const [rows, total] = await Promise.all([
    scope.list(orders, where, {
      orderBy: [desc(orders.createdAt), desc(orders.id)],
      limit: page.perPage,
      offset: (page.page - 1) * page.perPage,
    }),
    scope.count(orders, where),
  ]);
  const items = rows.length
    ? await scope.list(
        orderItems,
        inArray(
          orderItems.orderId,
          rows.map((r) => r.id),
        ),
        { orderBy: [asc(orderItems.position), asc(orderItems.id)] },
      )
    : [];
  return {
    items: rows.map((r) =>
      orderView(
        r,
        items.filter((i) => i.orderId === r.id),
      ),
    ),
    total,
  };
}

/** One order with its timeline (every webhook and action that touched it, oldest first). */
export async function getOrder(_deps: CoreDeps, scope: TenantScope, orderId: string) {
  const row = await loadOrder(scope, orderId);
  const [view, events] = await Promise.all([
    orderViewOf(scope, row),
    scope.list(orderEvents, eq(orderEvents.orderId, row.id), {
      orderBy: [asc(orderEvents.createdAt), asc(orderEvents.id)],
      limit: 500,
    }),
  ]);
  return { ...view, events: events.map(eventView) };
}

/**
 * Ask Stripe to refund `amount` (default: everything not refunded yet). The order itself changes when
 * Stripe's `charge.refunded` webhook confirms it; until then the timeline shows the request. The
 * idempotency key is the order and the refunded total the request saw, so a double click or a retried
 * request refunds once, while a later, deliberate second partial refund is a new refund.
 */
export async function refundOrder(
  deps: CoreDeps,
  scope: TenantScope,
  actor: Actor,
  orderId: string,
  input: RefundOrderInput,
) {
  const data = parseInput(refundOrderInput, input, 'refund');
  const payments = deps.commerce?.payments;
  if (!payments) throw new PaymentsNotEnabled();
  const order = await loadOrder(scope, orderId);
  if (!refundableStatuses.includes(order.status as OrderStatus) || !order.stripePaymentIntentId)
    throw new Conflict(`An order that is ${order.status.replace('_', ' ')} cannot be refunded.`, [
      { path: 'status', message: `not refundable while ${order.status}`, code: 'not_refundable' },
    ]);
  const left = order.total - order.refundedTotal;
  const amount = data.amount ?? left;
  if (amount < 1 || amount > left)
    invalid('amount', `Refund at most what is left: ${left} in minor units`, 'The refund is too large.');
  const refund = await payments.refund(
    order.stripePaymentIntentId,
    amount,
    `refund-${order.id}-${order.refundedTotal}-${amount}`,
  );
  await scope.transaction(async (tx) => {
    await tx.insert(orderEvents, {
      id: newId('orderEvent'),
      orderId: order.id,
      type: 'refund.requested',
      status: order.status,
      amount,
      stripeObjectId: refund.id,
      message: data.reason ?? null,
      actorUserId: actor.userId ?? null,
    });
    await recordAudit(tx, actor, {
      action: 'order.refund_requested',
      targetType: 'order',
      targetId: order.id,
      metadata: { amount },
    });
  });
  return getOrder(deps, scope, order.id);
}

/** Mark a paid order fulfilled (shipped), with an optional tracking number and link. */
export async function fulfilOrder(
  deps: CoreDeps,
  scope: TenantScope,
  actor: Actor,
  orderId: string,
  input: FulfilOrderInput,
) {
  const data = parseInput(fulfilOrderInput, input, 'fulfilment');
  const order = await loadOrder(scope, orderId);
  assertTransition(order.status as OrderStatus, 'fulfilled');
  await transactionWithEvents(deps, scope, async (tx, emit) => {
    // The status guard: two clicks (or a refund landing meanwhile) cannot both move it.
    const changed = await tx.update(
      orders,
      {
        status: 'fulfilled',
        fulfilledAt: deps.now(),
        trackingNumber: data.trackingNumber ?? null,
        trackingUrl: data.trackingUrl ?? null,
      },
      and(eq(orders.id, order.id), eq(orders.status, order.status)),
    );
    if (changed === 0) throw new Conflict('The order changed meanwhile; reload it and try again.');
    await tx.insert(orderEvents, {
      id: newId('orderEvent'),
      orderId: order.id,
      type: 'order.fulfilled',
      status: 'fulfilled',
      message: data.trackingNumber ? `Tracking number ${data.trackingNumber}` : null,
      actorUserId: actor.userId ?? null,
    });
    await recordAudit(tx, actor, { action: 'order.fulfilled', targetType: 'order', targetId: order.id });
    await emit('order.fulfilled', async () =>
      orderViewOf(tx, (await tx.first(orders, eq(orders.id, order.id)))!),
    );
  });
  return getOrder(deps, scope, order.id);
}

/** Most orders one CSV export holds (newest first); narrow the dates for more. */
export const maxCsvOrders = 10_000;

/**
 * The orders a filter selects as CSV, one row per item (so a spreadsheet can sum by product), amounts
 * as decimals of their currency.
 */
export async function ordersCsv(
  deps: CoreDeps,
  scope: TenantScope,
  filter: Pick<OrderListQuery, 'status' | 'from' | 'to'>,
): Promise<string> {
  const rows: unknown[][] = [
    [
      'order_id',
      'created_at',
      'status',
      'buyer_email',
      'currency',
      'item',
      'variant',
      'sku',
      'quantity',
      'item_total',
      'order_subtotal',
      'shipping',
      'tax',
      'order_total',
      'refunded',
      'paid_at',
      'fulfilled_at',
      'tracking_number',
    ],
  ];
  const perPage = 500;
  for (let page = 1; (page - 1) * perPage < maxCsvOrders; page++) {
    const { items } = await listOrders(deps, scope, filter, { page, perPage });
    for (const o of items) {
      const money = (n: number) => toDecimalString(n, o.currency);
      for (const item of o.items)
        rows.push([
          o.id,
          o.createdAt,
          o.status,
          o.buyerEmail,
          o.currency,
          item.name,
          item.variantName,
          item.sku,
          item.quantity,
          money(item.total),
          money(o.subtotal),
          money(o.shippingTotal),
          money(o.taxTotal),
          money(o.total),
          money(o.refundedTotal),
          o.paidAt,
          o.fulfilledAt,
          o.trackingNumber,
        ]);
    }
    if (items.length < perPage) break;
  }
  return toCsv(rows);
}
