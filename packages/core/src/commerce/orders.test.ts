import { orderStatuses } from '@mewayz/contracts';
import {
  contactInteractions,
  contacts,
  downloadGrants,
  emailOutbox,
  orderEvents,
  orderStatusValues,
  orders,
  products,
  productVariants,
  stripeEvents,
} from '@mewayz/db/schema';
import { createPublishedSite, createTenant, failureOf, identityDeps, nodeDeps } from '@mewayz/testing';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { analyticsEventSchema } from '../analytics/event.ts';
import { ingestEvents } from '../analytics/ingest.ts';
import { topLinks } from '../analytics/queries.ts';
import { dbOf } from '../data/db-handle.ts';
import type { AppError } from '../errors.ts';
import { newId } from '../ids.ts';
import { startCheckout } from './checkout.ts';
import { sweepExpiredCheckouts } from './checkout-expiry.ts';
import { downloadLinksOf, redeemDownload } from './downloads.ts';
import { canTransition } from './order-state.ts';
import { fulfilOrder, getOrder, refundOrder } from './orders.ts';
import {
  type CheckoutSessionRequest,
  PaymentProviderUnavailable,
  type PaymentsGateway,
  WebhookSignatureInvalid,
} from './payments.ts';
import { createProduct, updateProduct } from './products.ts';
import { salesReport } from './sales.ts';
import type { CommerceSettings } from './settings.ts';
import { EventNotReady, processStripeEvent, receiveStripeEvent } from './stripe-events.ts';
import { createVariant } from './variants.ts';

/**
 * The order lifecycle in core, against MariaDB, with the payment provider replaced at its port by a
 * recorder (the real SDK against the Stripe stand-in is exercised by the edge and jobs tests). Events
 * go through the same receive → process path the edge and the queue use.
 */
class RecordingPayments implements PaymentsGateway {
  sessions: CheckoutSessionRequest[] = [];
  refunds: { paymentIntentId: string; amount: number; key: string }[] = [];
  expired: string[] = [];
  failNext = false;
  async createCheckoutSession(req: CheckoutSessionRequest) {
    if (this.failNext) {
      this.failNext = false;
      throw new PaymentProviderUnavailable();
    }
    this.sessions.push(req);
    const id = `cs_test_${req.orderId}`;
    return { id, url: `https://checkout.example/${id}` };
  }
  async expireCheckoutSession(id: string) {
    this.expired.push(id);
  }
  async refund(paymentIntentId: string, amount: number, key: string) {
    this.refunds.push({ paymentIntentId, amount, key });
    return { id: `re_${this.refunds.length}` };
  }
  async createConnectedAccount() {
    return {
      id: 'acct_1',
      chargesEnabled: false,
      payoutsEnabled: false,
      detailsSubmitted: false,
      requirementsDue: [],
    };
  }
  async onboardingLink() {
    return 'https://connect.example/onboard';
  }
  async retrieveAccount(id: string) {
    return { id, chargesEnabled: true, payoutsEnabled: true, detailsSubmitted: true, requirementsDue: [] };
  }
  /** "Signed" means the header is `valid`; the body is the event, as Stripe would send it. */
  async verifyWebhook(body: string, header: string) {
    if (header !== 'valid') throw new WebhookSignatureInvalid();
    return JSON.parse(body);
  }
}

const payments = new RecordingPayments();
const commerce: CommerceSettings = {
  payments,
  platformFeeBps: 500,
  requireConnect: false,
  automaticTax: false,
  shippingCountries: ['US', 'DE'],
};
const deps = identityDeps({ ...nodeDeps(), commerce });
const actor = { userId: null, requestId: 'req_test' };
let eventSeq = 0;

const failure = failureOf;

async function shop() {
  const tenant = await createTenant(deps, 'Shop org');
  const { scope } = tenant;
  const { site, host } = await createPublishedSite(deps, scope);
  return { tenant, scope, siteId: site.id, origin: `http://${host}:8787` };
}

/** Deliver an event through receive (signature, storage) and process (the queue consumer's call). */
async function deliver(type: string, object: object, id = `evt_${++eventSeq}_${Date.now()}`) {
  const body = JSON.stringify({
    id,
    object: 'event',
    type,
    created: Math.floor(Date.now() / 1000),
    data: { object },
  });
  await receiveStripeEvent(deps, body, 'valid');
  return { id, outcome: await processStripeEvent(deps, id) };
}

function completedSession(orderId: string, amount: number, extra: object = {}) {
  return {
    id: `cs_test_${orderId}`,
    object: 'checkout.session',
    metadata: { orderId },
    client_reference_id: orderId,
    payment_status: 'paid',
    payment_intent: `pi_${orderId}`,
    amount_total: amount,
    total_details: { amount_tax: 0, amount_shipping: 0 },
    customer_details: { email: 'Buyer@Example.test', name: 'Bea Buyer' },
    ...extra,
  };
}

async function orderRow(id: string) {
  return (await dbOf(deps).select().from(orders).where(eq(orders.id, id)))[0]!;
}

describe('checkout', () => {
  it('lets exactly one of five concurrent buyers take the last item, and holds its stock', async () => {
    const { scope, siteId, origin } = await shop();
    const p = await createProduct(deps, scope, actor, {
      kind: 'physical',
      name: 'Last one',
      currency: 'USD',
      price: 1500,
      stock: 1,
    });
    const results = await Promise.allSettled(
      [1, 2, 3, 4, 5].map(() =>
        startCheckout(deps, scope, { siteId, siteOrigin: origin, productId: p.id, quantity: 1 }),
      ),
    );
    const won = results.filter((r) => r.status === 'fulfilled');
    expect(won).toHaveLength(1);
    for (const r of results)
      if (r.status === 'rejected') expect((r.reason as AppError).details[0]?.code).toBe('out_of_stock');
    const [row] = await dbOf(deps).select().from(products).where(eq(products.id, p.id));
    expect(row!.stock).toBe(0);
    const order = await orderRow((won[0] as PromiseFulfilledResult<{ orderId: string }>).value.orderId);
    expect([order.status, order.stockState, order.total]).toEqual(['pending', 'held', 1500]);
    const session = payments.sessions.find((s) => s.orderId === order.id)!;
    expect(session.shippingCountries).toEqual(['US', 'DE']);
    expect(session.successUrl).toBe(`${origin}/checkout/success?order=${order.id}`);
  });

  it('refuses bad lines with 4xx and clear codes, holding nothing', async () => {
    const { scope, siteId, origin } = await shop();
    const tip = await createProduct(deps, scope, actor, {
      kind: 'pay_what_you_want',
      name: 'Tip',
      currency: 'JPY',
      minPrice: 300,
    });
    const off = await createProduct(deps, scope, actor, {
      kind: 'digital',
      name: 'Off',
      currency: 'USD',
      price: 500,
      active: false,
    });
    const tee = await createProduct(deps, scope, actor, {
      kind: 'physical',
      name: 'Tee',
      currency: 'EUR',
      price: 2000,
    });
    await createVariant(deps, scope, actor, tee.id, {
      name: 'M',
      attributes: { size: 'M' },
      price: 2000,
      stock: 2,
    });
    const line = { siteId, siteOrigin: origin, quantity: 1 };
    expect(await failure(startCheckout(deps, scope, { ...line, productId: tip.id, amount: 299 }))).toEqual([
      422,
      'validation_failed',
      'amount',
    ]);
    expect(await failure(startCheckout(deps, scope, { ...line, productId: off.id }))).toEqual([
      422,
      'validation_failed',
      'productId',
    ]);
    expect(await failure(startCheckout(deps, scope, { ...line, productId: tee.id }))).toEqual([
      422,
      'validation_failed',
      'variantId',
    ]);
    expect((await failure(startCheckout(deps, scope, { ...line, productId: tee.id, quantity: 0 })))[0]).toBe(
      422,
    );
    expect((await failure(startCheckout(deps, scope, { ...line, productId: 'prod_nope' })))[0]).toBe(404);
    expect(await dbOf(deps).select().from(orders).where(eq(orders.organizationId, scope.orgId))).toHaveLength(
      0,
    );
    // A chosen amount above the minimum is what is charged, in yen (no minor digits).
    const ok = await startCheckout(deps, scope, { ...line, productId: tip.id, amount: 1000 });
    expect((await orderRow(ok.orderId)).total).toBe(1000);
    expect(payments.sessions.at(-1)!.lines[0]!.unitAmount).toBe(1000);
  });

  it('charges shipping by destination: a named country, everywhere else, and no other', async () => {
    const { scope, siteId, origin } = await shop();
    const rates = [
      { country: 'DE', amount: 0 },
      { country: '*', amount: 1200 },
    ];
    const print = await createProduct(deps, scope, actor, {
      kind: 'physical',
      name: 'Print',
      currency: 'EUR',
      price: 2500,
      shippingRates: rates,
    });
    expect(print.shippingRates).toEqual(rates);
    const line = { siteId, siteOrigin: origin, productId: print.id, quantity: 2 };
    expect(await failure(startCheckout(deps, scope, line))).toEqual([422, 'validation_failed', 'country']);
    // FR is none of the platform's countries in these settings (US, DE): `*` does not reach it.
    expect(await failure(startCheckout(deps, scope, { ...line, country: 'FR' }))).toEqual([
      422,
      'validation_failed',
      'country',
    ]);
    const toUs = await startCheckout(deps, scope, { ...line, country: 'US' });
    const us = await orderRow(toUs.orderId);
    expect([us.subtotal, us.shippingTotal, us.total]).toEqual([5000, 1200, 6200]);
    const session = payments.sessions.find((s) => s.orderId === toUs.orderId)!;
    expect([session.shippingCountries, session.shippingRate]).toEqual([
      ['US'],
      { displayName: 'Shipping to United States', amount: 1200 },
    ]);
    const toDe = await startCheckout(deps, scope, { ...line, country: 'DE' });
    expect((await orderRow(toDe.orderId)).total).toBe(5000);
    // Rates are checked like any input, and a download has none.
    expect(
      (
        await failure(
          updateProduct(deps, scope, actor, print.id, {
            shippingRates: [
              { country: 'DE', amount: 100 },
              { country: 'DE', amount: 200 },
            ],
          }),
        )
      )[0],
    ).toBe(422);
    expect(
      (
        await failure(
          updateProduct(deps, scope, actor, print.id, { shippingRates: [{ country: 'EU', amount: 1 }] }),
        )
      )[0],
    ).toBe(422);
    const ebook = await createProduct(deps, scope, actor, {
      kind: 'digital',
      name: 'Ebook',
      currency: 'EUR',
      price: 900,
    });
    expect(
      await failure(
        updateProduct(deps, scope, actor, ebook.id, { shippingRates: [{ country: 'DE', amount: 1 }] }),
      ),
    ).toEqual([422, 'validation_failed', 'shippingRates']);
    // Without rates, shipping stays free to the platform's countries.
    await updateProduct(deps, scope, actor, print.id, { shippingRates: [] });
    const free = await startCheckout(deps, scope, line);
    expect((await orderRow(free.orderId)).shippingTotal).toBe(0);
    expect(payments.sessions.find((s) => s.orderId === free.orderId)!.shippingCountries).toEqual([
      'US',
      'DE',
    ]);
  });

  it('gives the stock back and cancels the order when Stripe cannot open the checkout', async () => {
    const { scope, siteId, origin } = await shop();
    const p = await createProduct(deps, scope, actor, {
      kind: 'physical',
      name: 'Mug',
      currency: 'USD',
      price: 900,
      stock: 3,
    });
    payments.failNext = true;
    expect(
      await failure(startCheckout(deps, scope, { siteId, siteOrigin: origin, productId: p.id, quantity: 2 })),
    ).toEqual([503, 'payment_provider_unavailable', undefined]);
    const [row] = await dbOf(deps).select().from(products).where(eq(products.id, p.id));
    expect(row!.stock).toBe(3);
    const [order] = await dbOf(deps).select().from(orders).where(eq(orders.organizationId, scope.orgId));
    expect([order!.status, order!.stockState]).toEqual(['cancelled', 'released']);
  });
});

describe('Stripe events', () => {
  async function paidDigital() {
    const ctx = await shop();
    const p = await createProduct(deps, ctx.scope, actor, {
      kind: 'digital',
      name: 'Presets',
      currency: 'USD',
      price: 1900,
      download: { fileKey: 'files/x/presets.zip', downloadLimit: 2, linkExpiryHours: 24 },
    });
    const { orderId } = await startCheckout(deps, ctx.scope, {
      siteId: ctx.siteId,
      siteOrigin: ctx.origin,
      productId: p.id,
      quantity: 1,
    });
    return { ...ctx, orderId, productId: p.id };
  }

  it('refuses a forged event and stores nothing', async () => {
    const body = JSON.stringify({
      id: 'evt_forged',
      type: 'charge.refunded',
      created: 1,
      data: { object: {} },
    });
    expect(await failure(receiveStripeEvent(deps, body, 'forged'))).toEqual([
      400,
      'invalid_signature',
      undefined,
    ]);
    expect(
      await dbOf(deps).select().from(stripeEvents).where(eq(stripeEvents.id, 'evt_forged')),
    ).toHaveLength(0);
  });

  it('pays an order once: receipt with download links, creator email, contact and timeline, also when the event comes twice', async () => {
    const { orderId, scope, origin } = await paidDigital();
    const session = completedSession(orderId, 1900);
    const first = await deliver('checkout.session.completed', session);
    expect(first.outcome).toBe('applied: paid');
    // Stripe sends the same event again, and the queue redelivers it concurrently.
    const again = await Promise.all([processStripeEvent(deps, first.id), processStripeEvent(deps, first.id)]);
    expect(again).toEqual(['duplicate', 'duplicate']);
    // A second delivery of the same event id through the edge is not even pending.
    const body = JSON.stringify({
      id: first.id,
      type: 'checkout.session.completed',
      created: 1,
      data: { object: session },
    });
    expect((await receiveStripeEvent(deps, body, 'valid')).pending).toBe(false);

    const order = await orderRow(orderId);
    expect([order.status, order.stockState, order.buyerEmail, order.stripePaymentIntentId]).toEqual([
      'paid',
      'sold',
      'buyer@example.test',
      `pi_${orderId}`,
    ]);
    const timeline = await dbOf(deps).select().from(orderEvents).where(eq(orderEvents.orderId, orderId));
    expect(timeline.map((e) => e.type).sort()).toEqual(['checkout.session.completed', 'checkout.started']);
    const receipts = await dbOf(deps)
      .select()
      .from(emailOutbox)
      .where(eq(emailOutbox.toAddress, 'buyer@example.test'));
    const mine = receipts.filter((m) => m.subject.includes(orderId.slice(-8).toUpperCase()));
    expect(mine).toHaveLength(1);
    const [link] = await downloadLinksOf(deps, scope, orderId, origin);
    expect(mine[0]!.textBody).toContain(link!.url);
    expect(link!.url).toMatch(new RegExp(`^${origin}/d/[A-Za-z0-9_-]{43}$`));
    const contact = await scope.first(contacts, eq(contacts.email, 'buyer@example.test'));
    expect(contact?.source).toBe('order');
    // The paid order joins the buyer's timeline, pointing at the order (segments read it).
    const entries = await scope.list(contactInteractions, eq(contactInteractions.contactId, contact!.id));
    expect(entries.map((e) => [e.kind, e.refId])).toEqual([['order', orderId]]);
    expect(entries[0]!.summary).toMatch(/^Paid order: /);
  });

  it('counts downloads to the limit, also when clicked at once, and refuses links of another organization', async () => {
    const { orderId, scope, origin } = await paidDigital();
    await deliver('checkout.session.completed', completedSession(orderId, 1900));
    const [link] = await downloadLinksOf(deps, scope, orderId, origin);
    const token = link!.url.split('/d/')[1]!;
    const other = await createTenant(deps, 'Other org');
    expect((await failure(redeemDownload(deps, other.scope, token)))[0]).toBe(404);
    const tries = await Promise.allSettled([1, 2, 3, 4].map(() => redeemDownload(deps, scope, token)));
    expect(tries.filter((t) => t.status === 'fulfilled')).toHaveLength(2);
    expect(await failure(redeemDownload(deps, scope, token))).toEqual([410, 'gone', undefined]);
    expect((await failure(redeemDownload(deps, scope, 'short')))[0]).toBe(404);
  });

  it('waits for the payment before a refund that overtook it, then applies refunds in any order and revokes downloads', async () => {
    const { orderId, scope, origin } = await paidDigital();
    const charge = (refunded: number) => ({
      id: `ch_${orderId}`,
      object: 'charge',
      payment_intent: `pi_${orderId}`,
      amount: 1900,
      amount_refunded: refunded,
    });
    // The refund event arrives before the payment's: not ready, and not marked processed.
    const early = `evt_early_${orderId}`;
    await receiveStripeEvent(
      deps,
      JSON.stringify({ id: early, type: 'charge.refunded', created: 2, data: { object: charge(500) } }),
      'valid',
    );
    await expect(processStripeEvent(deps, early)).rejects.toBeInstanceOf(EventNotReady);
    await deliver('checkout.session.completed', completedSession(orderId, 1900));
    expect(await processStripeEvent(deps, early)).toBe('applied: partially_refunded');
    // The full refund, then a late copy of a smaller total: the total only grows.
    expect((await deliver('charge.refunded', charge(1900))).outcome).toBe('applied: refunded');
    expect((await deliver('charge.refunded', charge(500))).outcome).toBe('ignored: refund already recorded');
    const order = await orderRow(orderId);
    expect([order.status, order.refundedTotal]).toEqual(['refunded', 1900]);
    const [link] = await downloadLinksOf(deps, scope, orderId, origin);
    expect(link).toBeUndefined();
    const grants = await dbOf(deps).select().from(downloadGrants).where(eq(downloadGrants.orderId, orderId));
    expect(grants.every((g) => g.revokedAt)).toBe(true);
    // A refunded order cannot be refunded or fulfilled again.
    expect((await failure(refundOrder(deps, scope, actor, orderId, {})))[2]).toBe('not_refundable');
    expect((await failure(fulfilOrder(deps, scope, actor, orderId, {})))[2]).toBe('illegal_transition');
  });

  it('puts a disputed order back when the seller wins, and revokes downloads when the buyer wins', async () => {
    const dispute = (orderId: string, status: string) => ({
      id: `dp_${orderId}`,
      object: 'dispute',
      payment_intent: `pi_${orderId}`,
      amount: 1900,
      reason: 'fraudulent',
      status,
    });
    const paid = async () => {
      const o = await paidDigital();
      await deliver('checkout.session.completed', completedSession(o.orderId, 1900));
      return o;
    };
    const won = await paid();
    expect((await deliver('charge.dispute.created', dispute(won.orderId, 'needs_response'))).outcome).toBe(
      'applied: disputed',
    );
    expect((await deliver('charge.dispute.closed', dispute(won.orderId, 'won'))).outcome).toBe(
      'applied: paid',
    );
    expect((await orderRow(won.orderId)).status).toBe('paid');
    expect(await downloadLinksOf(deps, won.scope, won.orderId, won.origin)).toHaveLength(1);

    const lost = await paid();
    await deliver('charge.dispute.created', dispute(lost.orderId, 'needs_response'));
    expect((await deliver('charge.dispute.closed', dispute(lost.orderId, 'lost'))).outcome).toBe(
      'applied: dispute lost',
    );
    expect((await orderRow(lost.orderId)).status).toBe('disputed');
    expect(await downloadLinksOf(deps, lost.scope, lost.orderId, lost.origin)).toEqual([]);
    // A close for an order that was never disputed moves nothing.
    const calm = await paid();
    expect((await deliver('charge.dispute.closed', dispute(calm.orderId, 'won'))).outcome).toBe(
      'ignored: order paid',
    );
  });

  it('asks Stripe for refunds within what is left, with keys that make a double click one refund', async () => {
    const { orderId, scope } = await paidDigital();
    await deliver('checkout.session.completed', completedSession(orderId, 1900));
    expect(await failure(refundOrder(deps, scope, actor, orderId, { amount: 1901 }))).toEqual([
      422,
      'validation_failed',
      'amount',
    ]);
    await refundOrder(deps, scope, actor, orderId, { amount: 400 });
    await refundOrder(deps, scope, actor, orderId, { amount: 400 });
    const mine = payments.refunds.filter((r) => r.paymentIntentId === `pi_${orderId}`);
    expect(mine.map((r) => r.amount)).toEqual([400, 400]);
    expect(new Set(mine.map((r) => r.key)).size).toBe(1);
    const detail = await getOrder(deps, scope, orderId);
    expect(detail.events.filter((e) => e.type === 'refund.requested')).toHaveLength(2);
    expect(detail.status).toBe('paid'); // changes only when Stripe's webhook confirms
  });

  it('releases held stock when the checkout expires, and ignores an expiry after payment', async () => {
    const { scope, siteId, origin } = await shop();
    const tee = await createProduct(deps, scope, actor, {
      kind: 'physical',
      name: 'Tee',
      currency: 'EUR',
      price: 2000,
    });
    const m = await createVariant(deps, scope, actor, tee.id, {
      name: 'M',
      attributes: { size: 'M' },
      price: 2000,
      stock: 3,
    });
    const a = await startCheckout(deps, scope, {
      siteId,
      siteOrigin: origin,
      productId: tee.id,
      variantId: m.id,
      quantity: 2,
    });
    const b = await startCheckout(deps, scope, {
      siteId,
      siteOrigin: origin,
      productId: tee.id,
      variantId: m.id,
      quantity: 1,
    });
    const stock = async () =>
      (await dbOf(deps).select().from(productVariants).where(eq(productVariants.id, m.id)))[0]!.stock;
    expect(await stock()).toBe(0);
    expect(
      (
        await deliver('checkout.session.expired', {
          id: `cs_test_${a.orderId}`,
          metadata: { orderId: a.orderId },
        })
      ).outcome,
    ).toBe('applied: cancelled');
    expect(await stock()).toBe(2);
    await deliver(
      'checkout.session.completed',
      completedSession(b.orderId, 2000, {
        collected_information: {
          shipping_details: {
            name: 'Bea',
            address: {
              line1: '1 Main St',
              city: 'Berlin',
              postal_code: '10115',
              country: 'DE',
              line2: null,
              state: null,
            },
          },
        },
      }),
    );
    expect(
      (
        await deliver('checkout.session.expired', {
          id: `cs_test_${b.orderId}`,
          metadata: { orderId: b.orderId },
        })
      ).outcome,
    ).toBe('ignored: order already paid');
    expect(await stock()).toBe(2);
    const paid = await orderRow(b.orderId);
    expect(paid.shippingAddress).toMatchObject({ city: 'Berlin', country: 'DE', name: 'Bea' });
    // Fulfil with tracking; then a dispute on the fulfilled order.
    const done = await fulfilOrder(deps, scope, actor, b.orderId, { trackingNumber: '1Z999' });
    expect([done.status, done.trackingNumber]).toEqual(['fulfilled', '1Z999']);
    expect(
      (
        await deliver('charge.dispute.created', {
          id: 'dp_1',
          payment_intent: `pi_${b.orderId}`,
          amount: 2000,
          reason: 'fraudulent',
        })
      ).outcome,
    ).toBe('applied: disputed');
  });

  it('does not take an event for an order of another session or organization', async () => {
    const { orderId } = await paidDigital();
    const wrongSession = completedSession(orderId, 1900, { id: 'cs_test_someone_else' });
    expect((await deliver('checkout.session.completed', wrongSession)).outcome).toMatch(/^ignored/);
    const wrongOrg = completedSession(orderId, 1900, {
      metadata: { orderId, organizationId: 'org_01aaaaaaaaaaaaaaaaaaaaaaaa' },
    });
    expect((await deliver('checkout.session.completed', wrongOrg)).outcome).toMatch(/^ignored/);
    expect((await orderRow(orderId)).status).toBe('pending');
  });

  it('sweeps holds past their end: Stripe is asked to expire them, and a checkout that never reached Stripe is released', async () => {
    const { scope, siteId, origin } = await shop();
    const p = await createProduct(deps, scope, actor, {
      kind: 'physical',
      name: 'Cap',
      currency: 'USD',
      price: 1000,
      stock: 2,
    });
    const a = await startCheckout(deps, scope, { siteId, siteOrigin: origin, productId: p.id, quantity: 1 });
    const b = await startCheckout(deps, scope, { siteId, siteOrigin: origin, productId: p.id, quantity: 1 });
    await scope.update(orders, { stripeSessionId: null }, eq(orders.id, b.orderId));
    const later = new Date(Date.now() + 60 * 60_000);
    await sweepExpiredCheckouts(deps, later, 10_000);
    expect(payments.expired).toContain(`cs_test_${a.orderId}`);
    expect((await orderRow(b.orderId)).status).toBe('cancelled');
    expect((await orderRow(a.orderId)).status).toBe('pending'); // its expiry webhook will cancel it
    const [row] = await dbOf(deps)
      .select()
      .from(products)
      .where(and(eq(products.id, p.id)));
    expect(row!.stock).toBe(1);
  });
});

describe('order state machine', () => {
  it('names the same statuses in the database and the API', () => {
    expect([...orderStatuses]).toEqual([...orderStatusValues]);
  });

  it('allows the documented moves and refuses walking backwards', () => {
    expect(canTransition('pending', 'paid')).toBe(true);
    expect(canTransition('paid', 'fulfilled')).toBe(true);
    expect(canTransition('partially_refunded', 'refunded')).toBe(true);
    expect(canTransition('paid', 'pending')).toBe(false);
    expect(canTransition('refunded', 'paid')).toBe(false);
    expect(canTransition('cancelled', 'paid')).toBe(false);
    expect(canTransition('pending', 'fulfilled')).toBe(false);
  });
});

describe('sales report', () => {
  it('sums paid orders per day and currency, and counts views → checkouts → paid per product', async () => {
    const { scope, siteId, origin } = await shop();
    const ebook = await createProduct(deps, scope, actor, {
      kind: 'digital',
      name: 'Ebook',
      currency: 'USD',
      price: 1000,
    });
    const print = await createProduct(deps, scope, actor, {
      kind: 'physical',
      name: 'Print',
      currency: 'EUR',
      price: 2500,
      stock: 10,
    });
    const idle = await createProduct(deps, scope, actor, {
      kind: 'digital',
      name: 'Nobody looked',
      currency: 'USD',
      price: 300,
    });
    const today = new Date().toISOString().slice(0, 10);
    // Three human views and a bot's of the ebook's page, one of the print's, one of the bio page.
    const view = (linkId: string, isBot = false) =>
      analyticsEventSchema.parse({
        id: newId('event'),
        kind: 'view',
        organizationId: scope.orgId,
        siteId,
        linkId,
        occurredAt: new Date().toISOString(),
        visitorHash: 'v'.repeat(32),
        isBot,
      });
    await ingestEvents(deps, null, [
      view(ebook.id),
      view(ebook.id),
      view(ebook.id),
      view(ebook.id, true),
      view(print.id),
      view(''),
    ]);
    const line = { siteId, siteOrigin: origin, quantity: 1 };
    const paidEbook = await startCheckout(deps, scope, { ...line, productId: ebook.id });
    await startCheckout(deps, scope, { ...line, productId: ebook.id }); // left unpaid
    const paidPrint = await startCheckout(deps, scope, { ...line, productId: print.id, quantity: 2 });
    await deliver('checkout.session.completed', completedSession(paidEbook.orderId, 1000));
    await deliver('checkout.session.completed', completedSession(paidPrint.orderId, 5000));
    await deliver('charge.refunded', {
      id: `ch_${paidPrint.orderId}`,
      object: 'charge',
      payment_intent: `pi_${paidPrint.orderId}`,
      amount: 5000,
      amount_refunded: 1200,
    });

    const report = await salesReport(deps, scope, { from: today, to: today });
    expect(report.currencies.map((c) => [c.currency, c.orders, c.revenue, c.refunded, c.net])).toEqual([
      ['EUR', 1, 5000, 1200, 3800],
      ['USD', 1, 1000, 0, 1000],
    ]);
    expect(report.currencies[0]!.points).toEqual([{ day: today, orders: 1, revenue: 5000, refunded: 1200 }]);
    const funnel = Object.fromEntries(
      report.products.map((p) => [p.name, [p.views, p.checkouts, p.paid, p.revenue]]),
    );
    expect(funnel).toEqual({
      Print: [1, 1, 1, 5000],
      Ebook: [3, 2, 1, 1000],
      'Nobody looked': [0, 0, 0, 0],
    });
    expect(report.products.find((p) => p.productId === idle.id)?.currency).toBe('USD');
    // The product views are not links: the top-links report still lists only clicked links.
    const links = await topLinks(deps, scope, { from: today, to: today });
    expect(links.links).toEqual([]);
    // Another organization's report is empty, and its site filter is a 404 here.
    const other = await shop();
    const theirs = await salesReport(deps, other.scope, { from: today, to: today });
    expect([theirs.currencies, theirs.products]).toEqual([[], []]);
    expect((await failure(salesReport(deps, other.scope, { siteId })))[0]).toBe(404);
    // A day with no sales is zero-filled, and a range past the cap is refused.
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    const two = await salesReport(deps, scope, { from: yesterday, to: today });
    expect(two.currencies[1]!.points.map((p) => p.revenue)).toEqual([0, 1000]);
    expect(await failure(salesReport(deps, scope, { from: '2020-01-01', to: today }))).toEqual([
      422,
      'validation_failed',
      'from',
    ]);
  });
});
