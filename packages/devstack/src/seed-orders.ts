import { analyticsEventSchema, type CoreDeps, commerceService, newId, type TenantScope } from '@mewayz/core';
import { ingestEvents } from '@mewayz/core/admin';
import { orderEvents, orderItems, orders } from '@mewayz/db/schema';

const dayMs = 86_400_000;

/** Buyers of the demo orders: addresses of a domain reserved for tests, never a real inbox. */
const buyers = ['sam@example.test', 'noor@example.test', 'kai@example.test', 'lena@example.test'];

/**
 * Two weeks of demo sales on the demo shop, so `npm start` shows the Orders and Sales pages with
 * something in them: paid orders of the presets, the tee (one partly refunded, one shipped) and the
 * tip jar, and views of the product pages for the funnel. These orders never went through Stripe:
 * they have no payment behind them, so the dashboard refuses to refund them (their timeline says
 * why). A real purchase under `npm start` goes through the Stripe stand-in. Seeded once: an
 * organization with any order keeps what it has.
 */
export async function seedDemoOrders(deps: CoreDeps, scope: TenantScope, siteId: string, siteOrigin: string) {
  if ((await scope.count(orders)) > 0) return { created: 0 };
  const catalog = (await commerceService.listProducts(deps, scope, {}, { page: 1, perPage: 100 })).items;
  const bySlug = new Map(catalog.map((p) => [p.slug, p]));
  const presets = bySlug.get('film-look-presets');
  const tee = bySlug.get('studio-tee');
  const tip = bySlug.get('tip-jar');
  if (!presets || !tee || !tip) return { created: 0 };
  const teeM = tee.variants.find((v) => v.name === 'M');
  const now = deps.now().getTime();
  const sales: {
    daysAgo: number;
    product: typeof presets;
    variant?: typeof teeM;
    quantity: number;
    unitPrice: number;
    shipping?: number;
    refunded?: number;
    fulfilled?: boolean;
  }[] = [
    { daysAgo: 12, product: presets, quantity: 1, unitPrice: presets.price },
    {
      daysAgo: 9,
      product: tee,
      variant: teeM,
      quantity: 1,
      unitPrice: tee.price,
      shipping: 0,
      fulfilled: true,
    },
    { daysAgo: 7, product: tip, quantity: 1, unitPrice: 500 },
    { daysAgo: 5, product: presets, quantity: 1, unitPrice: presets.price },
    {
      daysAgo: 3,
      product: tee,
      variant: teeM,
      quantity: 2,
      unitPrice: tee.price,
      shipping: 500,
      refunded: 1000,
    },
    { daysAgo: 1, product: presets, quantity: 1, unitPrice: presets.price },
    { daysAgo: 0, product: tip, quantity: 1, unitPrice: 300 },
  ];
  let created = 0;
  for (const [i, sale] of sales.entries()) {
    const at = new Date(now - sale.daysAgo * dayMs - 3_600_000 * (i + 2));
    const paidAt = new Date(at.getTime() + 90_000);
    const subtotal = sale.unitPrice * sale.quantity;
    const shipping = sale.shipping ?? 0;
    const refunded = sale.refunded ?? 0;
    const status = sale.fulfilled ? 'fulfilled' : refunded ? 'partially_refunded' : 'paid';
    const orderId = newId('order');
    await scope.transaction(async (tx) => {
      await tx.insert(orders, {
        id: orderId,
        siteId,
        siteOrigin,
        status,
        stockState: 'sold',
        currency: sale.product.currency,
        subtotal,
        shippingTotal: shipping,
        total: subtotal + shipping,
        refundedTotal: refunded,
        buyerEmail: buyers[i % buyers.length]!,
        buyerName: null,
        shippingAddress:
          sale.product.kind === 'physical'
            ? {
                name: 'Demo Buyer',
                line1: 'Rua Augusta 1',
                city: 'Lisbon',
                postalCode: '1100-048',
                country: 'PT',
              }
            : null,
        checkoutExpiresAt: new Date(at.getTime() + 31 * 60_000),
        paidAt,
        fulfilledAt: sale.fulfilled ? new Date(paidAt.getTime() + dayMs) : null,
        trackingNumber: sale.fulfilled ? 'CT123456789PT' : null,
        receiptSentAt: paidAt,
        creatorNotifiedAt: paidAt,
        createdAt: at,
      });
      await tx.insert(orderItems, {
        id: newId('orderItem'),
        orderId,
        productId: sale.product.id,
        variantId: sale.variant?.id ?? null,
        kind: sale.product.kind,
        name: sale.product.name,
        variantName: sale.variant?.name ?? null,
        sku: sale.variant?.sku ?? sale.product.sku,
        unitPrice: sale.unitPrice,
        quantity: sale.quantity,
        total: subtotal,
        createdAt: at,
      });
      await tx.insert(orderEvents, [
        {
          id: newId('orderEvent'),
          orderId,
          type: 'demo.seeded',
          status,
          amount: subtotal + shipping,
          message:
            'A demo order seeded by npm start: no Stripe payment is behind it, so it cannot be refunded.',
          createdAt: paidAt,
        },
      ]);
    });
    created++;
  }
  await ingestEvents(
    deps,
    null,
    productViews(
      scope.orgId,
      siteId,
      sales.map((s) => s.product.id),
      now,
    ),
  );
  return { created };
}

/** A few views a day of each product page over the same two weeks (more for what sold). */
function productViews(organizationId: string, siteId: string, sold: string[], now: number) {
  const counts = new Map<string, number>();
  for (const id of sold) counts.set(id, (counts.get(id) ?? 0) + 1);
  const events = [];
  for (const [productId, n] of counts) {
    for (let d = 13; d >= 0; d--) {
      for (let v = 0; v < 2 + ((d + n) % 3) + n; v++) {
        events.push(
          analyticsEventSchema.parse({
            id: newId('event'),
            kind: 'view',
            organizationId,
            siteId,
            linkId: productId,
            occurredAt: new Date(now - d * dayMs - v * 600_000).toISOString(),
            device: v % 3 === 0 ? 'desktop' : 'mobile',
            visitorHash: `${productId.slice(-12)}${String(d * 100 + v).padStart(20, '0')}`,
          }),
        );
      }
    }
  }
  return events;
}
