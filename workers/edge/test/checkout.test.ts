import { type CoreDeps, commerceService, type TenantScope } from '@mewayz/core';
import { dbOf } from '@mewayz/core/admin';
import { emailOutbox, orderEvents, orders, products, productVariants, stripeEvents } from '@mewayz/db/schema';
import {
  createPublishedSite,
  createTenant,
  type EdgeHarness,
  eventually,
  startEdge,
  type Tenant,
  testActor,
  testStripeKey,
} from '@mewayz/testing';
import { eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * Buying on a site, end to end in workerd: the edge's buy form and Stripe webhook route, the jobs
 * Worker's `stripe-events` consumer, and the real `stripe` SDK on both sides of the devstack's Stripe
 * stand-in (its hosted checkout paid with test cards through its helper, its events signed like
 * Stripe's and POSTed to this edge over HTTP).
 */
let edge: EdgeHarness;
let tenant: Tenant;
let host: string;
let deps: CoreDeps;
let scope: TenantScope;

beforeAll(async () => {
  edge = await startEdge({ stripe: true });
  deps = edge.deps;
  tenant = await createTenant(deps, 'Checkout shop');
  scope = tenant.scope;
  ({ host } = await createPublishedSite(deps, scope));
});
afterAll(() => edge?.dispose());

const standin = () => edge.stripe!;

/** A test helper of the stand-in (`/__standin/…`), which takes JSON. */
function helper(path: string, body: object = {}) {
  return fetch(`${standin().url}/__standin${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

async function buy(fields: Record<string, string>, headers: Record<string, string> = {}) {
  return edge.fetch(`http://${host}/checkout`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(fields).toString(),
  });
}

/** Pay the session a checkout redirect points at, the way the hosted page does; the session after it. */
async function pay(location: string, card = '4242 4242 4242 4242', extra: object = {}) {
  const sessionId = location.slice(location.lastIndexOf('/') + 1);
  const res = await fetch(`${standin().url}/__standin/sessions/${sessionId}/pay`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ card, email: 'Buyer@Example.test', name: 'Bea Buyer', ...extra }),
  });
  return {
    status: res.status,
    body: (await res.json()) as { session: { id: string; payment_intent: string } },
  };
}

async function orderBySession(sessionId: string) {
  return (await dbOf(deps).select().from(orders).where(eq(orders.stripeSessionId, sessionId)))[0];
}

async function until(orderId: string, status: string) {
  await eventually(async () => {
    const [row] = await dbOf(deps).select().from(orders).where(eq(orders.id, orderId));
    return row?.status === status;
  });
}

function sessionOf(res: Response): string {
  const location = res.headers.get('location') ?? '';
  expect(location.startsWith(`${standin().url}/c/pay/cs_test_`), location).toBe(true);
  return location.slice(location.lastIndexOf('/') + 1);
}

describe('buying a digital product', () => {
  it('pays through Stripe, sends one receipt whose download link works to its limit, and applies a replay once', async () => {
    const product = await commerceService.createProduct(deps, scope, testActor, {
      kind: 'digital',
      name: 'Presets',
      currency: 'USD',
      price: 1900,
      download: { fileKey: `files/${scope.orgId}/presets.zip`, downloadLimit: 2, linkExpiryHours: 24 },
    });
    await (await edge.mf.getR2Bucket('MEDIA')).put(`files/${scope.orgId}/presets.zip`, 'PRESETS-BYTES', {
      httpMetadata: { contentType: 'application/zip' },
    });
    const res = await buy({ product: product.id });
    expect(res.status).toBe(303);
    expect(res.headers.get('cache-control')).toContain('no-store');
    const sessionId = sessionOf(res);
    const order = (await orderBySession(sessionId))!;
    expect([order.status, order.total, order.siteOrigin]).toEqual(['pending', 1900, `http://${host}`]);

    const paid = await pay(res.headers.get('location')!);
    expect(paid.status).toBe(200);
    await until(order.id, 'paid');
    await edge.stripe!.waitForDeliveries();

    // The receipt (once), with a link on this site that downloads the file. Emails follow the
    // paying transaction's commit, so wait for them too.
    const reference = `%${order.id.slice(-8).toUpperCase()}%`;
    const mail = () => dbOf(deps).select().from(emailOutbox).where(like(emailOutbox.subject, reference));
    await eventually(async () => (await mail()).length === 2);
    const receipts = (await mail()).filter((m) => m.toAddress === 'buyer@example.test');
    expect(receipts).toHaveLength(1);
    const link = /http:\/\/[^\s]+\/d\/[A-Za-z0-9_-]{43}/.exec(receipts[0]!.textBody)?.[0];
    expect(link?.startsWith(`http://${host}/d/`)).toBe(true);
    const file = await edge.fetch(link!);
    expect(file.status).toBe(200);
    expect(await file.text()).toBe('PRESETS-BYTES');
    expect(file.headers.get('content-disposition')).toBe('attachment; filename="presets.zip"');
    expect(file.headers.get('cache-control')).toBe('private, no-store');
    expect((await edge.fetch(link!)).status).toBe(200);
    const used = await edge.fetch(link!);
    expect(used.status).toBe(410);
    expect(await used.text()).toContain('no longer works');
    // The link is this organization's: another site's host does not know it.
    const other = await createPublishedSite(deps, (await createTenant(deps, 'Other shop')).scope);
    expect((await edge.fetch(link!.replace(host, other.host))).status).toBe(404);

    // Stripe sends the completed event again (a fresh signature): acknowledged, not applied twice.
    const completed = standin()
      .events()
      .find((e) => e.type === 'checkout.session.completed' && JSON.stringify(e).includes(sessionId))!;
    const before = await dbOf(deps).select().from(orderEvents).where(eq(orderEvents.orderId, order.id));
    expect((await helper(`/events/${completed.id}/resend`)).status).toBe(200);
    await standin().waitForDeliveries();
    // …and a replay of it with a 10-minute-old signature is refused by the edge.
    expect((await helper(`/events/${completed.id}/resend?stale=1`)).status).toBe(200);
    await standin().waitForDeliveries();
    const sends = standin()
      .events()
      .find((e) => e.id === completed.id)!.sends;
    expect(sends.map((s) => [s.kind, s.status])).toEqual([
      ['original', 'delivered'],
      ['resend', 'delivered'],
      ['stale resend', 'failed'],
    ]);
    expect(sends[2]!.attempts.every((a) => a.status === 400)).toBe(true);
    await new Promise((r) => setTimeout(r, 500));
    const after = await dbOf(deps).select().from(orderEvents).where(eq(orderEvents.orderId, order.id));
    expect(after.length).toBe(before.length);
    expect(
      await dbOf(deps)
        .select()
        .from(emailOutbox)
        .where(like(emailOutbox.subject, `%${order.id.slice(-8).toUpperCase()}%`)),
    ).toHaveLength(2); // the receipt and the creator's notification, each once
  });
});

describe('buying a physical variant', () => {
  it('gives the last item to exactly one of two buyers, and a partial refund through the API changes the order when Stripe confirms', async () => {
    const tee = await commerceService.createProduct(deps, scope, testActor, {
      kind: 'physical',
      name: 'Tee',
      currency: 'EUR',
      price: 3200,
    });
    const l = await commerceService.createVariant(deps, scope, testActor, tee.id, {
      name: 'L',
      attributes: { size: 'L' },
      price: 3200,
      stock: 1,
    });
    const [one, two] = await Promise.all([
      buy({ product: tee.id, variant: l.id, quantity: '1' }),
      buy({ product: tee.id, variant: l.id, quantity: '1' }),
    ]);
    const statuses = [one.status, two.status].sort();
    expect(statuses).toEqual([303, 409]);
    const loser = one.status === 409 ? one : two;
    expect(await loser.text()).toContain('Sold out');
    const winner = one.status === 303 ? one : two;
    const sessionId = sessionOf(winner);
    const order = (await orderBySession(sessionId))!;

    // A declined card leaves the checkout open and the order pending.
    const shipping = {
      name: 'Bea Buyer',
      line1: '1 Main St',
      city: 'Berlin',
      postal_code: '10115',
      country: 'DE',
    };
    const declined = await pay(winner.headers.get('location')!, '4000 0000 0000 0002', { shipping });
    expect(declined.status).toBeGreaterThanOrEqual(400);
    expect(JSON.stringify(declined.body)).toContain('declined');
    expect((await orderBySession(sessionId))!.status).toBe('pending');

    await pay(winner.headers.get('location')!, '4242424242424242', {
      shipping: {
        name: 'Bea Buyer',
        line1: '1 Main St',
        city: 'Berlin',
        postal_code: '10115',
        country: 'DE',
      },
    });
    await until(order.id, 'paid');
    const paidRow = (await orderBySession(sessionId))!;
    expect(paidRow.shippingAddress).toMatchObject({ city: 'Berlin', country: 'DE' });
    expect(
      (await dbOf(deps).select().from(productVariants).where(eq(productVariants.id, l.id)))[0]!.stock,
    ).toBe(0);

    const api = (path: string, body?: object) =>
      edge.fetch(`http://mewayz.localhost/api/v1${path}`, {
        method: body ? 'POST' : 'GET',
        headers: { authorization: `Bearer ${tenant.token}`, 'content-type': 'application/json' },
        body: body ? JSON.stringify(body) : undefined,
      });
    const tooMuch = await api(`/orders/${order.id}/refunds`, { amount: paidRow.total + 1 });
    expect(tooMuch.status).toBe(422);
    const refund = await api(`/orders/${order.id}/refunds`, { amount: 1000 });
    expect(refund.status).toBe(202);
    await until(order.id, 'partially_refunded');
    const shown = (await (await api(`/orders/${order.id}`)).json()) as {
      data: { refundedTotal: number; events: { type: string }[] };
    };
    expect(shown.data.refundedTotal).toBe(1000);
    expect(shown.data.events.map((e) => e.type)).toEqual(
      expect.arrayContaining([
        'checkout.started',
        'checkout.session.completed',
        'refund.requested',
        'charge.refunded',
      ]),
    );
    // Stock is taken once: paying did not take it again, the refund does not give it back.
    expect(
      (await dbOf(deps).select().from(productVariants).where(eq(productVariants.id, l.id)))[0]!.stock,
    ).toBe(0);
  });

  it('charges the shipping of the chosen destination and ships there only', async () => {
    const print = await commerceService.createProduct(deps, scope, testActor, {
      kind: 'physical',
      name: 'Print',
      currency: 'EUR',
      price: 2000,
      shippingRates: [
        { country: 'ES', amount: 500 },
        { country: '*', amount: 1500 },
      ],
    });
    // No destination: the buyer is sent back with the reason, nothing held.
    const none = await buy({ product: print.id, quantity: '1' });
    expect(none.status).toBe(422);
    expect(await none.text()).toContain('Choose where to ship it');
    const res = await buy({ product: print.id, quantity: '2', country: 'ES' });
    expect(res.status).toBe(303);
    const sessionId = sessionOf(res);
    const session = (await (
      await fetch(`${standin().url}/v1/checkout/sessions/${sessionId}`, {
        headers: { authorization: `Bearer ${testStripeKey}` },
      })
    ).json()) as {
      shipping_address_collection: { allowed_countries: string[] };
      shipping_options: { shipping_amount: number }[];
    };
    expect(session.shipping_address_collection.allowed_countries).toEqual(['ES']);
    expect(session.shipping_options.map((o) => o.shipping_amount)).toEqual([500]);
    // An address elsewhere is refused by Stripe; in Spain the order is paid with its shipping.
    const address = { name: 'Bea Buyer', line1: 'Calle Mayor 1', city: 'Madrid', postal_code: '28013' };
    const abroad = await pay(res.headers.get('location')!, undefined, {
      shipping: { ...address, country: 'FR' },
    });
    expect(abroad.status).toBeGreaterThanOrEqual(400);
    expect(
      (await pay(res.headers.get('location')!, undefined, { shipping: { ...address, country: 'ES' } }))
        .status,
    ).toBe(200);
    const order = (await orderBySession(sessionId))!;
    await until(order.id, 'paid');
    const [paid] = await dbOf(deps).select().from(orders).where(eq(orders.id, order.id));
    expect([paid!.subtotal, paid!.shippingTotal, paid!.total, paid!.shippingAddress?.country]).toEqual([
      4000,
      500,
      4500,
      'ES',
    ]);
  });

  it('releases the held stock when the checkout expires unpaid', async () => {
    const cap = await commerceService.createProduct(deps, scope, testActor, {
      kind: 'physical',
      name: 'Cap',
      currency: 'USD',
      price: 1500,
      stock: 2,
    });
    const res = await buy({ product: cap.id, quantity: '2' });
    const sessionId = sessionOf(res);
    const stock = async () =>
      (await dbOf(deps).select().from(products).where(eq(products.id, cap.id)))[0]!.stock;
    expect(await stock()).toBe(0);
    const expired = await helper(`/sessions/${sessionId}/expire`);
    expect(expired.status, await expired.text()).toBe(200);
    await standin().waitForDeliveries();
    expect(
      JSON.stringify(
        standin()
          .events()
          .filter((e) => e.type === 'checkout.session.expired'),
      ),
    ).toContain('200');
    const order = (await orderBySession(sessionId))!;
    await until(order.id, 'cancelled');
    expect(await stock()).toBe(2);
  });
});

describe('what the buy form and the webhook refuse', () => {
  it('answers bad buy forms with a 4xx page and holds nothing', async () => {
    const tip = await commerceService.createProduct(deps, scope, testActor, {
      kind: 'pay_what_you_want',
      name: 'Tip',
      currency: 'JPY',
      minPrice: 300,
    });
    const tee = await commerceService.createProduct(deps, scope, testActor, {
      kind: 'physical',
      name: 'Mug',
      currency: 'USD',
      price: 1200,
    });
    const before = (await dbOf(deps).select().from(orders).where(eq(orders.organizationId, scope.orgId)))
      .length;
    const cases: [Record<string, string>, number][] = [
      [{ product: 'prod_nope' }, 422],
      [{ product: tip.id.toUpperCase() }, 422],
      [{ product: tip.id, amount: 'abc' }, 422],
      [{ product: tip.id, amount: '299' }, 422],
      [{ product: tip.id, amount: '3.5' }, 422], // yen have no fractions
      [{ product: tee.id, quantity: '1e9' }, 422],
      [{ product: tee.id, quantity: '-1' }, 422],
      [{ product: 'prod_01aaaaaaaaaaaaaaaaaaaaaaaa' }, 404],
      [{}, 422],
    ];
    for (const [fields, status] of cases) {
      const res = await buy(fields);
      expect(res.status, JSON.stringify(fields)).toBe(status);
      expect(await res.text()).toContain('<h1>');
    }
    const json = await edge.fetch(`http://${host}/checkout`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(json.status).toBe(415);
    const big = await buy({ product: tip.id, pad: 'x'.repeat(10_000) });
    expect(big.status).toBe(413);
    expect(
      (await dbOf(deps).select().from(orders).where(eq(orders.organizationId, scope.orgId))).length,
    ).toBe(before);
    // A chosen amount in yen goes to Stripe as yen.
    const ok = await buy({ product: tip.id, amount: '1000' });
    expect(ok.status).toBe(303);
    expect((await orderBySession(sessionOf(ok)))!.total).toBe(1000);
  });

  it('refuses forged, unsigned and oversized webhook requests with 4xx and stores nothing', async () => {
    const url = 'http://mewayz.localhost/webhooks/stripe';
    const body = JSON.stringify({
      id: 'evt_forged_1',
      type: 'checkout.session.completed',
      created: 1,
      data: { object: {} },
    });
    const unsigned = await edge.fetch(url, { method: 'POST', body });
    expect(unsigned.status).toBe(400);
    const forged = await edge.fetch(url, {
      method: 'POST',
      body,
      headers: { 'stripe-signature': `t=${Math.floor(Date.now() / 1000)},v1=${'0'.repeat(64)}` },
    });
    expect(forged.status).toBe(400);
    expect(((await forged.json()) as { error: { code: string } }).error.code).toBe('invalid_signature');
    const huge = await edge.fetch(url, {
      method: 'POST',
      body: 'x'.repeat(300 * 1024),
      headers: { 'stripe-signature': 't=1,v1=00' },
    });
    expect(huge.status).toBe(413);
    expect(
      await dbOf(deps).select().from(stripeEvents).where(eq(stripeEvents.id, 'evt_forged_1')),
    ).toHaveLength(0);
    // Only the root host takes webhooks.
    expect((await edge.fetch(`http://${host}/webhooks/stripe`, { method: 'POST', body })).status).toBe(404);
  });
});
