import type { SalesQuery, SalesReport } from '@mewayz/contracts';
import { analyticsDaily, orderItems, orders, products, sites } from '@mewayz/db/schema';
import {
  and,
  count,
  countDistinct,
  eq,
  gte,
  inArray,
  isNotNull,
  lt,
  lte,
  ne,
  type SQL,
  sql,
  sum,
} from 'drizzle-orm';
import { resolveRange } from '../analytics/queries.ts';
import type { CoreDeps } from '../deps.ts';
import { NotFound } from '../errors.ts';
import type { TenantScope } from '../tenancy/scope.ts';

/**
 * Sales reports. Money comes from orders (what Stripe confirmed), never from analytics events; views
 * come from the analytics rollups, where a product page's views are kept under the product's id.
 * Checkouts started and paid are counted from orders too: every started checkout is an order, so
 * these are exact where events would be sampled by ad blockers and bot filters.
 */

const num = (v: unknown) => Number(v ?? 0);
const dayMs = 86_400_000;

/** Orders count as sold from the moment Stripe confirmed payment, whatever happened after. */
const wasPaid = isNotNull(orders.paidAt);

/** The instants a range of UTC days covers: from the first day's start to the end of the last. */
function instantsOf(from: string, to: string) {
  return {
    start: new Date(`${from}T00:00:00Z`),
    end: new Date(new Date(`${to}T00:00:00Z`).getTime() + dayMs),
  };
}

function paidBetween(from: string, to: string): SQL {
  const { start, end } = instantsOf(from, to);
  return and(wasPaid, gte(orders.paidAt, start), lt(orders.paidAt, end))!;
}

async function revenueByDay(scope: TenantScope, from: string, to: string, siteId?: string) {
  const day = sql<string>`DATE_FORMAT(${orders.paidAt}, '%Y-%m-%d')`;
  return scope.aggregate(
    orders,
    {
      day,
      currency: orders.currency,
      orders: count(),
      revenue: sum(orders.total),
      refunded: sum(orders.refundedTotal),
    },
    and(paidBetween(from, to), siteId ? eq(orders.siteId, siteId) : undefined),
    { groupBy: [day, orders.currency] },
  );
}

async function funnelByProduct(scope: TenantScope, from: string, to: string, siteId?: string) {
  const { start, end } = instantsOf(from, to);
  // An item's order, paid or not: the same organization's row (the correlation names both columns).
  const paidOrder = sql`EXISTS (SELECT 1 FROM ${orders} o WHERE o.id = ${orderItems.orderId}
    AND o.organization_id = ${orderItems.organizationId} AND o.paid_at IS NOT NULL)`;
  const ofSite = siteId
    ? sql`EXISTS (SELECT 1 FROM ${orders} s WHERE s.id = ${orderItems.orderId}
    AND s.organization_id = ${orderItems.organizationId} AND s.site_id = ${siteId})`
    : undefined;
  const [items, views] = await Promise.all([
    scope.aggregate(
      orderItems,
      {
        productId: orderItems.productId,
        checkouts: countDistinct(orderItems.orderId),
        paid: sql<string>`COUNT(DISTINCT CASE WHEN ${paidOrder} THEN ${orderItems.orderId} END)`,
        revenue: sql<string>`SUM(CASE WHEN ${paidOrder} THEN ${orderItems.total} ELSE 0 END)`,
      },
      and(gte(orderItems.createdAt, start), lt(orderItems.createdAt, end), ofSite),
      { groupBy: [orderItems.productId] },
    ),
    scope.aggregate(
      analyticsDaily,
      { productId: analyticsDaily.linkId, views: sum(analyticsDaily.views) },
      and(
        gte(analyticsDaily.day, from),
        lte(analyticsDaily.day, to),
        eq(analyticsDaily.dimension, 'total'),
        ne(analyticsDaily.linkId, ''),
        // Product rows are the link rows that have views (block and short-link rows only have clicks).
        sql`${analyticsDaily.views} > 0`,
        siteId ? eq(analyticsDaily.siteId, siteId) : undefined,
      ),
      { groupBy: [analyticsDaily.linkId] },
    ),
  ]);
  return { items, views };
}

/**
 * Revenue, refunds and paid orders per day and currency (by the UTC day Stripe confirmed payment),
 * and per product the funnel view → checkout started → paid over the same days. Every product of the
 * catalog is listed (a product nobody looked at is news too), plus deleted ones that sold in the range.
 */
export async function salesReport(
  deps: Pick<CoreDeps, 'now'>,
  scope: TenantScope,
  query: SalesQuery,
): Promise<SalesReport> {
  const range = resolveRange(deps.now(), query.from, query.to);
  if (query.siteId !== undefined && !(await scope.first(sites, eq(sites.id, query.siteId))))
    throw new NotFound('Site');
  const [daily, funnel, catalog] = await Promise.all([
    revenueByDay(scope, range.from, range.to, query.siteId),
    funnelByProduct(scope, range.from, range.to, query.siteId),
    scope.list(products, undefined),
  ]);

  const byCurrency = new Map<string, Map<string, { orders: number; revenue: number; refunded: number }>>();
  for (const r of daily) {
    const days = byCurrency.get(r.currency) ?? new Map();
    byCurrency.set(r.currency, days);
    days.set(String(r.day), { orders: num(r.orders), revenue: num(r.revenue), refunded: num(r.refunded) });
  }
  const currencies = [...byCurrency].map(([currency, days]) => {
    const points = range.days.map((day) => ({
      day,
      ...(days.get(day) ?? { orders: 0, revenue: 0, refunded: 0 }),
    }));
    const totals = points.reduce(
      (t, p) => ({
        orders: t.orders + p.orders,
        revenue: t.revenue + p.revenue,
        refunded: t.refunded + p.refunded,
      }),
      { orders: 0, revenue: 0, refunded: 0 },
    );
    return { currency, ...totals, net: totals.revenue - totals.refunded, points };
  });
  currencies.sort((a, b) => b.revenue - a.revenue || a.currency.localeCompare(b.currency));

  const itemsOf = new Map(funnel.items.map((r) => [r.productId, r]));
  const viewsOf = new Map(funnel.views.map((r) => [r.productId, num(r.views)]));
  const known = new Map(catalog.map((p) => [p.id, p]));
  const soldButGone = funnel.items.map((r) => r.productId).filter((id) => !known.has(id));
  if (soldButGone.length) {
    for (const p of await scope.list(products, inArray(products.id, soldButGone), { withDeleted: true }))
      known.set(p.id, p);
  }
  const rows = [...known.values()].map((p) => {
    const it = itemsOf.get(p.id);
    return {
      productId: p.id,
      name: p.name,
      currency: p.currency,
      views: viewsOf.get(p.id) ?? 0,
      checkouts: num(it?.checkouts),
      paid: num(it?.paid),
      revenue: num(it?.revenue),
    };
  });
  rows.sort(
    (a, b) => b.revenue - a.revenue || b.paid - a.paid || b.views - a.views || a.name.localeCompare(b.name),
  );
  return { from: range.from, to: range.to, currencies, products: rows.slice(0, 500) };
}
