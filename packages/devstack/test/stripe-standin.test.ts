import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFormParams } from '../src/stripe/form-params.ts';
import { type StripeStandin, startStripeStandin } from '../src/stripe/stripe-standin.ts';

/**
 * The Stripe stand-in driven by the real `stripe` SDK with the fetch HTTP client (as in Workers),
 * plus a local receiver for its webhooks, verified with the SDK's own `constructEventAsync`.
 */

const secret = 'whsec_standinTestSecret0123456789abcdef';
const crypto = Stripe.createSubtleCryptoProvider();

interface Received {
  path: string;
  host: string;
  signature: string;
  body: string;
  event: Stripe.Event;
}

/** A webhook endpoint that records what it gets; `failNext` answers that many requests with 500. */
async function startReceiver() {
  const received: Received[] = [];
  const control = { failNext: 0 };
  const server: Server = createServer((req: IncomingMessage, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (control.failNext > 0) {
        control.failNext--;
        res.writeHead(500).end('try later');
        return;
      }
      const body = Buffer.concat(chunks).toString('utf8');
      received.push({
        path: req.url ?? '',
        host: req.headers.host ?? '',
        signature: String(req.headers['stripe-signature'] ?? ''),
        body,
        event: JSON.parse(body),
      });
      res.writeHead(200).end('ok');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { received, control, url, close: () => new Promise<void>((r) => server.close(() => r())) };
}

let standin: StripeStandin;
let receiver: Awaited<ReturnType<typeof startReceiver>>;
let stripe: Stripe;
let base: string;

beforeAll(async () => {
  receiver = await startReceiver();
  standin = await startStripeStandin({
    port: 0,
    webhookUrl: `${receiver.url}/webhooks/stripe`,
    webhookSecret: secret,
    retryDelaysMs: [20, 40],
    asyncDelayMs: 30,
  });
  base = standin.url;
  stripe = client('sk_test_standin_tests');
});

afterAll(async () => {
  await standin?.close();
  await receiver?.close();
});

function client(key: string) {
  return new Stripe(key, {
    host: '127.0.0.1',
    port: standin.port,
    protocol: 'http',
    httpClient: Stripe.createFetchHttpClient(),
    maxNetworkRetries: 0,
  });
}

const item = (name: string, unitAmount: number, quantity = 1, currency = 'usd') => ({
  price_data: { currency, unit_amount: unitAmount, product_data: { name } },
  quantity,
});

function createSession(extra: Partial<Stripe.Checkout.SessionCreateParams> = {}) {
  return stripe.checkout.sessions.create({
    mode: 'payment',
    line_items: [item('T-shirt', 2000, 2)],
    success_url: 'https://shop.example/thanks?session={CHECKOUT_SESSION_ID}',
    cancel_url: 'https://shop.example/cart',
    ...extra,
  });
}

/** What the `/__standin` helpers answer (each uses some of these fields). */
interface HelperAnswer {
  id: string;
  status: string;
  outcome: string;
  redirect_url: string;
  authenticate_url: string;
  session: Stripe.Checkout.Session;
  error: Record<string, string>;
}

async function helper(path: string, body: unknown = {}) {
  const res = await fetch(`${base}/__standin${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as HelperAnswer };
}

const pay = (id: string, body: Record<string, unknown> = {}) =>
  helper(`/sessions/${id}/pay`, { card: '4242 4242 4242 4242', email: 'buyer@example.com', ...body });

/** The deliveries about object `id` of one type, once every queued delivery is done. */
async function delivered(type: string, id: string) {
  await standin.waitForDeliveries();
  return receiver.received.filter(
    (r) => r.event.type === type && (r.event.data.object as { id?: string }).id === id,
  );
}

async function postForm(path: string, fields: Record<string, string>) {
  return fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
    redirect: 'manual',
  });
}

/** A connected account that finished onboarding (destination charges need one). */
async function onboardedAccount() {
  const account = await stripe.accounts.create({
    type: 'express',
    country: 'US',
    email: 'creator@example.com',
  });
  const link = await stripe.accountLinks.create({
    account: account.id,
    type: 'account_onboarding',
    refresh_url: 'https://app.example/connect/refresh',
    return_url: 'https://app.example/connect/done',
  });
  const res = await postForm(new URL(link.url).pathname, { action: 'complete' });
  expect(res.status).toBe(303);
  return account.id;
}

describe('form bodies in bracket notation', () => {
  it('nest hashes and arrays like Stripe reads them', () => {
    expect(
      parseFormParams(
        'line_items[0][price_data][unit_amount]=500&line_items[0][quantity]=2&line_items[1][quantity]=1&metadata[orderId]=o%201&expand[]=a&expand[]=b&__proto__[x]=1',
      ),
    ).toEqual({
      line_items: [{ price_data: { unit_amount: '500' }, quantity: '2' }, { quantity: '1' }],
      metadata: { orderId: 'o 1' },
      expand: ['a', 'b'],
      ['__proto__']: { x: '1' },
    });
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    expect(() => parseFormParams('a=1&a[b]=2')).toThrow(/both a value and a hash/);
  });
});

describe('Checkout Sessions', () => {
  it('creates a session in Stripe shape, with a hosted page on the host the request came to', async () => {
    const s = await createSession({
      customer_email: 'buyer@example.com',
      client_reference_id: 'order_42',
      metadata: { orderId: 'o_1' },
    });
    expect(s.id).toMatch(/^cs_test_[A-Za-z0-9]{58}$/);
    expect(s).toMatchObject({
      object: 'checkout.session',
      mode: 'payment',
      status: 'open',
      payment_status: 'unpaid',
      amount_subtotal: 4000,
      amount_total: 4000,
      currency: 'usd',
      metadata: { orderId: 'o_1' },
      client_reference_id: 'order_42',
      customer_email: 'buyer@example.com',
      payment_intent: null,
      customer_details: null,
      shipping_cost: null,
      total_details: { amount_discount: 0, amount_shipping: 0, amount_tax: 0 },
      livemode: false,
    });
    expect(s.url).toBe(`${base}/c/pay/${s.id}`);
    expect(Math.abs(s.created - Date.now() / 1000)).toBeLessThan(5);
    expect(s.expires_at - s.created).toBeGreaterThanOrEqual(24 * 3600 - 2);

    const again = await stripe.checkout.sessions.retrieve(s.id, {
      expand: ['line_items.data.price.product'],
    });
    expect(again.line_items?.data).toHaveLength(1);
    const li = again.line_items!.data[0]!;
    expect(li).toMatchObject({ object: 'item', quantity: 2, amount_subtotal: 4000, description: 'T-shirt' });
    expect((li.price!.product as Stripe.Product).name).toBe('T-shirt');
    const listed = await stripe.checkout.sessions.listLineItems(s.id);
    expect(listed.data.map((d) => d.price?.unit_amount)).toEqual([2000]);
    expect(typeof listed.data[0]!.price!.product).toBe('string');

    await expect(stripe.checkout.sessions.retrieve('cs_test_nope')).rejects.toMatchObject({
      type: 'StripeInvalidRequestError',
      statusCode: 404,
      code: 'resource_missing',
    });
    await expect(stripe.checkout.sessions.retrieve(s.id, { expand: ['metadata'] })).rejects.toMatchObject({
      type: 'StripeInvalidRequestError',
      param: 'expand[0]',
    });
  });

  it('refuses invalid fields with StripeInvalidRequestError naming the param', async () => {
    const now = Math.floor(Date.now() / 1000);
    const cases: Array<[Partial<Stripe.Checkout.SessionCreateParams>, string]> = [
      [{ line_items: [] }, 'line_items'],
      [{ line_items: [item('x', -1)] }, 'line_items[0][price_data][unit_amount]'],
      [{ line_items: [{ ...item('x', 100), quantity: 0 }] }, 'line_items[0][quantity]'],
      [{ line_items: [item('x', 100, 1, 'usdx')] }, 'line_items[0][price_data][currency]'],
      [{ line_items: [item('a', 100), item('b', 100, 1, 'eur')] }, 'line_items[1][price_data][currency]'],
      [{ expires_at: now + 10 * 60 }, 'expires_at'],
      [{ expires_at: now + 25 * 3600 }, 'expires_at'],
      [{ success_url: 'not a url' }, 'success_url'],
      [
        { payment_intent_data: { application_fee_amount: 100 } },
        'payment_intent_data[application_fee_amount]',
      ],
      [
        { payment_intent_data: { transfer_data: { destination: 'acct_missing' } } },
        'payment_intent_data[transfer_data][destination]',
      ],
      [
        { shipping_address_collection: { allowed_countries: ['usa' as 'US'] } },
        'shipping_address_collection[allowed_countries][0]',
      ],
      [{ customer: 'cus_1' }, 'customer'],
    ];
    for (const [params, param] of cases) {
      await expect(createSession(params), param).rejects.toMatchObject({
        type: 'StripeInvalidRequestError',
        statusCode: 400,
        param,
      });
    }
    const unpriced = stripe.checkout.sessions.create({ mode: 'payment', line_items: [{ quantity: 1 }] });
    await expect(unpriced).rejects.toMatchObject({
      param: 'line_items[0][price_data]',
      message: 'Missing required param: line_items[0][price_data].',
    });
    // Upper-case currency codes are taken, as Stripe takes them, and stored lower-case.
    expect((await createSession({ line_items: [item('x', 100, 1, 'EUR')] })).currency).toBe('eur');
  });

  it('needs a test secret key, answering 401 in Stripe shape', async () => {
    await expect(client('sk_live_nope').checkout.sessions.retrieve('cs_test_x')).rejects.toMatchObject({
      type: 'StripeAuthenticationError',
      statusCode: 401,
    });
    const res = await fetch(`${base}/v1/charges/ch_1`);
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({
      error: {
        type: 'invalid_request_error',
        message: expect.stringContaining('did not provide an API key'),
      },
    });
  });

  it('honours Idempotency-Key: the same key and body give the same answer, another body is refused', async () => {
    const params = {
      mode: 'payment' as const,
      line_items: [item('Mug', 900)],
      success_url: 'https://s.example/ok',
    };
    const a = await stripe.checkout.sessions.create(params, { idempotencyKey: 'order-7-checkout' });
    const b = await stripe.checkout.sessions.create(params, { idempotencyKey: 'order-7-checkout' });
    expect(b.id).toBe(a.id);
    await expect(
      stripe.checkout.sessions.create(
        { ...params, line_items: [item('Mug', 901)] },
        { idempotencyKey: 'order-7-checkout' },
      ),
    ).rejects.toMatchObject({ type: 'StripeIdempotencyError', statusCode: 400 });
    // Without a key of ours the SDK sends a fresh one per call: two sessions.
    const c = await stripe.checkout.sessions.create(params);
    const d = await stripe.checkout.sessions.create(params);
    expect(new Set([a.id, c.id, d.id]).size).toBe(3);
    // A replay says so, as Stripe's does.
    const raw = () =>
      fetch(`${base}/v1/accounts`, {
        method: 'POST',
        headers: { authorization: 'Bearer sk_test_raw', 'idempotency-key': 'acct-once' },
        body: new URLSearchParams({ type: 'express' }),
      });
    const first = await raw();
    const second = await raw();
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    expect(((await second.json()) as { id: string }).id).toBe(((await first.json()) as { id: string }).id);
  });

  it('charges the 10 % stand-in tax (exclusive, half up) on items and shipping', async () => {
    const s = await createSession({
      line_items: [item('Print', 1999), item('Sticker', 500, 3)],
      automatic_tax: { enabled: true },
      shipping_address_collection: { allowed_countries: ['US', 'CA'] },
      shipping_options: [
        {
          shipping_rate_data: {
            display_name: 'Standard',
            type: 'fixed_amount',
            fixed_amount: { amount: 495, currency: 'usd' },
          },
        },
      ],
    });
    // Tax: 1999 → 200 (199.9), 1500 → 150, shipping 495 → 50 (49.5 rounds up).
    expect(s).toMatchObject({
      amount_subtotal: 3499,
      amount_total: 3499 + 495 + 350 + 50,
      total_details: { amount_shipping: 495, amount_tax: 400 },
      shipping_cost: { amount_subtotal: 495, amount_tax: 50, amount_total: 545 },
      automatic_tax: { enabled: true, status: 'complete' },
    });
    expect(s.shipping_cost!.shipping_rate).toMatch(/^shr_/);
    const items = await stripe.checkout.sessions.listLineItems(s.id);
    expect(items.data.map((i) => i.amount_tax)).toEqual([200, 150]);
  });
});

describe('paying', () => {
  it('with 4242: completes the session and sends a signed checkout.session.completed', async () => {
    const destination = await onboardedAccount();
    const s = await createSession({
      client_reference_id: 'order_9',
      metadata: { orderId: 'o_9' },
      payment_intent_data: {
        application_fee_amount: 400,
        transfer_data: { destination },
        metadata: { orderId: 'o_9', creator: 'alice' },
      },
    });
    const paid = await pay(s.id, { name: 'Bea Buyer' });
    expect(paid.status).toBe(200);
    expect(paid.body.redirect_url).toBe(`https://shop.example/thanks?session=${s.id}`);

    const [hit, ...more] = await delivered('checkout.session.completed', s.id);
    expect(more).toHaveLength(0);
    expect(hit!.path).toBe('/webhooks/stripe');
    const event = await stripe.webhooks.constructEventAsync(
      hit!.body,
      hit!.signature,
      secret,
      undefined,
      crypto,
    );
    expect(event).toMatchObject({
      object: 'event',
      type: 'checkout.session.completed',
      api_version: Stripe.API_VERSION,
      livemode: false,
      pending_webhooks: 1,
      request: { id: null, idempotency_key: null },
    });
    expect(event.id).toMatch(/^evt_/);
    const completed = event.data.object as Stripe.Checkout.Session;
    expect(completed).toMatchObject({
      id: s.id,
      status: 'complete',
      payment_status: 'paid',
      client_reference_id: 'order_9',
      metadata: { orderId: 'o_9' },
      customer_details: { email: 'buyer@example.com', name: 'Bea Buyer' },
    });
    expect(completed.payment_intent).toMatch(/^pi_/);

    // A changed body or another secret: the SDK refuses the delivery.
    await expect(
      stripe.webhooks.constructEventAsync(
        hit!.body.replace('"paid"', '"unpaid"'),
        hit!.signature,
        secret,
        undefined,
        crypto,
      ),
    ).rejects.toThrow(/signature/i);
    await expect(
      stripe.webhooks.constructEventAsync(
        hit!.body,
        hit!.signature,
        'whsec_other0000000000000000',
        undefined,
        crypto,
      ),
    ).rejects.toThrow(/signature/i);

    const intent = await stripe.paymentIntents.retrieve(completed.payment_intent as string);
    expect(intent).toMatchObject({
      object: 'payment_intent',
      status: 'succeeded',
      amount: 4000,
      amount_received: 4000,
      currency: 'usd',
      metadata: { orderId: 'o_9', creator: 'alice' },
      application_fee_amount: 400,
      transfer_data: { destination },
    });
    const charge = await stripe.charges.retrieve(intent.latest_charge as string);
    expect(charge).toMatchObject({
      object: 'charge',
      status: 'succeeded',
      amount: 4000,
      amount_refunded: 0,
      refunded: false,
      disputed: false,
      payment_intent: intent.id,
      application_fee_amount: 400,
      transfer_data: { destination },
      metadata: { orderId: 'o_9', creator: 'alice' },
    });
    expect(charge.id).toMatch(/^ch_/);
    const expanded = await stripe.checkout.sessions.retrieve(s.id, {
      expand: ['payment_intent.latest_charge'],
    });
    expect(((expanded.payment_intent as Stripe.PaymentIntent).latest_charge as Stripe.Charge).id).toBe(
      charge.id,
    );
    expect(expanded.url).toBeNull();

    // A paid session cannot be paid again.
    expect((await pay(s.id)).status).toBe(400);
  });

  it('declined card: 402 card_error, the session stays open and nothing is sent', async () => {
    const s = await createSession();
    const declined = await pay(s.id, { card: '4000 0000 0000 0002' });
    expect(declined.status).toBe(402);
    expect(declined.body.error).toMatchObject({
      type: 'card_error',
      code: 'card_declined',
      decline_code: 'generic_decline',
      message: 'Your card was declined.',
    });
    expect((await stripe.checkout.sessions.retrieve(s.id)).status).toBe('open');
    await standin.waitForDeliveries();
    expect(standin.events().filter((r) => (r.event.data.object as { id: string }).id === s.id)).toEqual([]);
  });

  it('3-D Secure card: waits for the authentication page, fails or completes there', async () => {
    const s = await createSession();
    const failed = await pay(s.id, { card: '4000002500003155', authenticate: 'fail' });
    expect(failed.status).toBe(402);
    expect(failed.body.error.code).toBe('payment_intent_authentication_failure');
    expect(failed.body.session.status).toBe('open');

    const pending = await pay(s.id, { card: '4000 0025 0000 3155' });
    expect(pending.body.outcome).toBe('requires_action');
    const authUrl = new URL(pending.body.authenticate_url);
    const page = await fetch(authUrl);
    expect(await page.text()).toContain('Complete authentication');
    expect((await stripe.checkout.sessions.retrieve(s.id)).status).toBe('open');
    const done = await postForm(authUrl.pathname, { outcome: 'complete' });
    expect(done.status).toBe(303);
    expect(done.headers.get('location')).toBe(`https://shop.example/thanks?session=${s.id}`);
    const after = await stripe.checkout.sessions.retrieve(s.id, { expand: ['payment_intent.latest_charge'] });
    expect(after.payment_status).toBe('paid');
    const charge = (after.payment_intent as Stripe.PaymentIntent).latest_charge as Stripe.Charge;
    expect(charge.payment_method_details?.card?.three_d_secure?.result).toBe('authenticated');
    expect(await delivered('checkout.session.completed', s.id)).toHaveLength(1);
  });

  it('through the hosted page with plain form posts, 3-D Secure and shipping included', async () => {
    const s = await createSession({
      customer_email: 'pat@example.com',
      shipping_address_collection: { allowed_countries: ['US', 'GB'] },
      shipping_options: [
        { shipping_rate_data: { display_name: 'Post', fixed_amount: { amount: 300, currency: 'usd' } } },
        { shipping_rate_data: { display_name: 'Courier', fixed_amount: { amount: 900, currency: 'usd' } } },
      ],
    });
    const path = `/c/pay/${s.id}`;
    const page = await (await fetch(`${base}${path}`)).text();
    expect(page).toContain('Local Stripe stand-in — test mode, no real money');
    expect(page).toContain('value="pat@example.com" readonly');
    expect(page).toContain('$40.00'); // the items
    expect(page).toContain('$43.00'); // total with the first shipping option
    expect(page).toContain('<option value="GB">United Kingdom</option>');
    expect(page).toContain('href="https://shop.example/cart"');
    expect(page).not.toMatch(/<script/i);

    const form = {
      email: 'pat@example.com',
      name: 'Pat Doe',
      expiry: '12 / 40',
      cvc: '123',
      shipping_name: 'Pat Doe',
      shipping_line1: '1 Main St',
      shipping_city: 'London',
      shipping_postal_code: 'N1 9GU',
      shipping_country: 'GB',
      shipping_rate: s.shipping_options[1]!.shipping_rate as string,
    };
    const declined = await postForm(path, { ...form, card: '4000 0000 0000 0002' });
    expect(declined.status).toBe(402);
    const declinedPage = await declined.text();
    expect(declinedPage).toContain('Your card was declined.');
    expect(declinedPage).toContain('value="1 Main St"'); // what was typed stays
    expect(declinedPage).toContain('$49.00'); // with the Courier option that was picked
    expect(declinedPage).toContain(
      'name="card" inputmode="numeric" autocomplete="cc-number" placeholder="4242 4242 4242 4242" required>',
    );

    const noAddress = await postForm(path, { ...form, shipping_line1: ' ', card: '4242424242424242' });
    expect(noAddress.status).toBe(400);
    expect(await noAddress.text()).toContain('Enter the shipping address.');

    const challenge = await postForm(path, { ...form, card: '4000 0025 0000 3155' });
    expect(challenge.status).toBe(303);
    const authPath = new URL(challenge.headers.get('location')!).pathname;
    expect(await (await fetch(`${base}${authPath}`)).text()).toContain('Fail authentication');
    const failed = await postForm(authPath, { outcome: 'fail' });
    expect(failed.status).toBe(303);
    expect(failed.headers.get('location')).toBe(`${path}?error=authentication_failed`);
    expect(await (await fetch(`${base}${path}?error=authentication_failed`)).text()).toContain(
      'unable to authenticate',
    );

    const ok = await postForm(path, { ...form, card: '4242424242424242' });
    expect(ok.status).toBe(303);
    expect(ok.headers.get('location')).toBe(`https://shop.example/thanks?session=${s.id}`);
    const done = await stripe.checkout.sessions.retrieve(s.id);
    expect(done).toMatchObject({
      status: 'complete',
      payment_status: 'paid',
      amount_total: 4900,
      total_details: { amount_shipping: 900 },
      customer_details: {
        email: 'pat@example.com',
        name: 'Pat Doe',
        address: { country: 'GB', city: 'London' },
      },
      collected_information: {
        shipping_details: {
          name: 'Pat Doe',
          address: { line1: '1 Main St', postal_code: 'N1 9GU', country: 'GB' },
        },
      },
    });
    expect(done.shipping_cost?.shipping_rate).toBe(form.shipping_rate);
    expect(await (await fetch(`${base}${path}`)).text()).toContain('Payment complete');
  });

  it('shows zero-decimal currencies in whole units', async () => {
    const s = await createSession({ line_items: [item('Tea', 500, 2, 'jpy')] });
    expect(s.amount_total).toBe(1000);
    const page = await (await fetch(s.url!)).text();
    expect(page).toContain('Pay ¥1,000');
    expect(page).toContain('¥500 each');
    expect(page).not.toContain('¥10.00');
  });

  it('async payments complete unpaid, then settle with async_payment_succeeded or _failed', async () => {
    const ok = await createSession();
    const bad = await createSession();
    expect((await pay(ok.id, { async: 'succeed' })).body.session.payment_status).toBe('unpaid');
    expect((await pay(bad.id, { async: 'fail' })).body.session.status).toBe('complete');
    const [completed] = await delivered('checkout.session.completed', ok.id);
    expect((completed!.event.data.object as Stripe.Checkout.Session).payment_status).toBe('unpaid');
    const [succeeded] = await delivered('checkout.session.async_payment_succeeded', ok.id);
    expect((succeeded!.event.data.object as Stripe.Checkout.Session).payment_status).toBe('paid');
    expect(await delivered('checkout.session.async_payment_failed', bad.id)).toHaveLength(1);
    expect(await delivered('checkout.session.async_payment_succeeded', bad.id)).toHaveLength(0);
    // The completed event came first.
    const order = receiver.received.map((r) => r.event.id);
    expect(order.indexOf(completed!.event.id)).toBeLessThan(order.indexOf(succeeded!.event.id));
    const okIntent = await stripe.paymentIntents.retrieve(
      (await stripe.checkout.sessions.retrieve(ok.id)).payment_intent as string,
    );
    expect(okIntent.status).toBe('succeeded');
    const badSession = await stripe.checkout.sessions.retrieve(bad.id, { expand: ['payment_intent'] });
    expect(badSession.payment_status).toBe('unpaid');
    expect((badSession.payment_intent as Stripe.PaymentIntent).status).toBe('requires_payment_method');
  });
});

describe('after payment', () => {
  async function paidIntent() {
    const s = await createSession();
    await pay(s.id);
    return (await stripe.checkout.sessions.retrieve(s.id)).payment_intent as string;
  }

  it('refunds part, then the rest: two charge.refunded events; more is refused', async () => {
    const pi = await paidIntent();
    const first = await stripe.refunds.create({
      payment_intent: pi,
      amount: 1500,
      reason: 'requested_by_customer',
    });
    expect(first).toMatchObject({ object: 'refund', status: 'succeeded', amount: 1500, payment_intent: pi });
    expect(first.id).toMatch(/^re_/);
    await expect(stripe.refunds.create({ payment_intent: pi, amount: 2501 })).rejects.toMatchObject({
      type: 'StripeInvalidRequestError',
      statusCode: 400,
      param: 'amount',
    });
    const rest = await stripe.refunds.create({ charge: first.charge as string, metadata: { why: 'rest' } });
    expect(rest.amount).toBe(2500);
    await expect(stripe.refunds.create({ payment_intent: pi })).rejects.toMatchObject({
      code: 'charge_already_refunded',
    });

    const events = await delivered('charge.refunded', first.charge as string);
    const charges = events.map((e) => e.event.data.object as Stripe.Charge);
    expect(charges.map((c) => [c.amount, c.amount_refunded, c.refunded])).toEqual([
      [4000, 1500, false],
      [4000, 4000, true],
    ]);
    expect(charges[1]!.payment_intent).toBe(pi);
    expect(charges[1]!.refunds?.data.map((r) => r.amount)).toEqual([2500, 1500]);
    expect(events[0]!.event.data.previous_attributes).toEqual({ amount_refunded: 0, refunded: false });
    expect(events[1]!.event.request?.id).toMatch(/^req_/);
    expect(await delivered('refund.created', rest.id)).toHaveLength(1);
  });

  it('a dispute marks the charge and sends charge.dispute.created, and its close charge.dispute.closed', async () => {
    const pi = await paidIntent();
    const { latest_charge } = await stripe.paymentIntents.retrieve(pi);
    const opened = await helper(`/charges/${latest_charge}/dispute`, { reason: 'product_not_received' });
    expect(opened.status).toBe(200);
    const [hit] = await delivered('charge.dispute.created', opened.body.id);
    expect(hit!.event.data.object).toMatchObject({
      object: 'dispute',
      charge: latest_charge,
      payment_intent: pi,
      amount: 4000,
      reason: 'product_not_received',
      status: 'needs_response',
    });
    expect(opened.body.id).toMatch(/^dp_/);
    expect((await stripe.charges.retrieve(latest_charge as string)).disputed).toBe(true);
    await expect(stripe.refunds.create({ payment_intent: pi })).rejects.toMatchObject({
      code: 'charge_disputed',
    });
    // The bank decides: charge.dispute.closed with the outcome, once.
    expect((await helper(`/disputes/${opened.body.id}/close`, { status: 'maybe' })).status).toBe(400);
    const closed = await helper(`/disputes/${opened.body.id}/close`, { status: 'won' });
    expect([closed.status, closed.body.status]).toEqual([200, 'won']);
    const [closing] = await delivered('charge.dispute.closed', opened.body.id);
    expect(closing!.event.data.object).toMatchObject({
      id: opened.body.id,
      status: 'won',
      payment_intent: pi,
    });
    expect((await stripe.disputes.retrieve(opened.body.id)).status).toBe('won');
    expect((await helper(`/disputes/${opened.body.id}/close`, { status: 'lost' })).status).toBe(400);
  });

  it('resends an event with the same id and body; a stale resend fails the default tolerance', async () => {
    const s = await createSession();
    await pay(s.id);
    const [original] = await delivered('checkout.session.completed', s.id);
    const id = original!.event.id;
    expect((await helper(`/events/${id}/resend`)).status).toBe(200);
    const again = await delivered('checkout.session.completed', s.id);
    expect(again).toHaveLength(2);
    expect(again[1]!.event.id).toBe(id);
    expect(again[1]!.body).toBe(original!.body);
    await stripe.webhooks.constructEventAsync(again[1]!.body, again[1]!.signature, secret, undefined, crypto);

    await helper(`/events/${id}/resend?stale=1`);
    const stale = (await delivered('checkout.session.completed', s.id))[2]!;
    const t = Number(/t=(\d+)/.exec(stale.signature)![1]);
    expect(Date.now() / 1000 - t).toBeGreaterThan(590);
    await expect(
      stripe.webhooks.constructEventAsync(stale.body, stale.signature, secret, undefined, crypto),
    ).rejects.toThrow(/tolerance/i);
    // Only its age is wrong: with a 15-minute tolerance the same delivery verifies.
    await stripe.webhooks.constructEventAsync(stale.body, stale.signature, secret, 900, crypto);

    const log = (await (
      await fetch(`${base}/__standin/events?type=checkout.session.completed`)
    ).json()) as Array<{
      id: string;
      sends: Array<{ kind: string; status: string }>;
    }>;
    expect(log.find((r) => r.id === id)!.sends.map((x) => [x.kind, x.status])).toEqual([
      ['original', 'delivered'],
      ['resend', 'delivered'],
      ['stale resend', 'delivered'],
    ]);
    // The event is also there to retrieve through the API.
    expect((await stripe.events.retrieve(id)).type).toBe('checkout.session.completed');
  });
});

describe('expiry', () => {
  it('expires through the API and the helper; an expired session cannot be paid', async () => {
    const a = await createSession();
    const expired = await stripe.checkout.sessions.expire(a.id, {}, { idempotencyKey: 'expire-a' });
    expect(expired).toMatchObject({ status: 'expired', url: null, payment_status: 'unpaid' });
    await expect(stripe.checkout.sessions.expire(a.id)).rejects.toMatchObject({ statusCode: 400 });
    const [hit] = await delivered('checkout.session.expired', a.id);
    expect(hit!.event.request).toMatchObject({ idempotency_key: 'expire-a' });

    const b = await createSession();
    expect((await helper(`/sessions/${b.id}/expire`)).body.status).toBe('expired');
    expect(await delivered('checkout.session.expired', b.id)).toHaveLength(1);
    expect((await pay(b.id)).status).toBe(400);
    expect(await (await fetch(b.url!)).text()).toContain('This checkout has expired');
  });
});

describe('Connect Express', () => {
  it('onboards through an account link: account.updated with charges_enabled', async () => {
    const account = await stripe.accounts.create({
      type: 'express',
      country: 'GB',
      email: 'maker@example.com',
      metadata: { orgId: 'org_1' },
    });
    expect(account.id).toMatch(/^acct_/);
    expect(account).toMatchObject({
      object: 'account',
      type: 'express',
      charges_enabled: false,
      payouts_enabled: false,
      details_submitted: false,
      default_currency: 'gbp',
      email: 'maker@example.com',
      metadata: { orgId: 'org_1' },
    });
    expect(account.requirements?.currently_due?.length).toBeGreaterThan(0);
    await expect(stripe.accounts.createLoginLink(account.id)).rejects.toMatchObject({ statusCode: 400 });
    await expect(
      createSession({ payment_intent_data: { transfer_data: { destination: account.id } } }),
    ).rejects.toMatchObject({ code: 'insufficient_capabilities_for_transfer' });

    const link = await stripe.accountLinks.create({
      account: account.id,
      type: 'account_onboarding',
      refresh_url: 'https://app.example/refresh',
      return_url: 'https://app.example/return',
    });
    expect(link).toMatchObject({ object: 'account_link' });
    expect(link.expires_at).toBeGreaterThan(Date.now() / 1000);
    const path = new URL(link.url).pathname;
    const page = await (await fetch(link.url)).text();
    expect(page).toContain('Complete onboarding');
    expect(page).toContain('Local Stripe stand-in — test mode, no real money');
    const done = await postForm(path, { action: 'complete' });
    expect(done.status).toBe(303);
    expect(done.headers.get('location')).toBe('https://app.example/return');

    const [updated] = await delivered('account.updated', account.id);
    expect(updated!.event.account).toBe(account.id);
    expect(updated!.event.data.object).toMatchObject({
      charges_enabled: true,
      payouts_enabled: true,
      details_submitted: true,
      requirements: { currently_due: [] },
    });
    expect(updated!.event.data.previous_attributes).toMatchObject({ charges_enabled: false });
    expect((await stripe.accounts.retrieve(account.id)).charges_enabled).toBe(true);
    // A link is used once: again, the creator is sent to refresh_url.
    const reused = await fetch(link.url, { redirect: 'manual' });
    expect(reused.status).toBe(303);
    expect(reused.headers.get('location')).toBe('https://app.example/refresh');
    const login = await stripe.accounts.createLoginLink(account.id);
    expect(login.object).toBe('login_link');
    expect(await (await fetch(login.url)).text()).toContain(account.id);
  });
});

describe('webhook deliveries', () => {
  it('retry after a 500 and log every attempt', async () => {
    receiver.control.failNext = 1;
    const s = await createSession();
    await pay(s.id);
    const hits = await delivered('checkout.session.completed', s.id);
    expect(hits).toHaveLength(1);
    const record = standin
      .events()
      .find((r) => r.type === 'checkout.session.completed' && hits[0]!.event.id === r.id)!;
    expect(record.sends[0]!.attempts.map((a) => a.status)).toEqual([500, 200]);
    expect(record.sends[0]!.status).toBe('delivered');
  });

  it('go where POST /__standin/config says, and give up after the retries', async () => {
    expect((await helper('/config', { webhookUrl: 'http://127.0.0.1:9/nothing-listens' })).status).toBe(200);
    const s = await createSession();
    await pay(s.id);
    await standin.waitForDeliveries();
    const record = standin
      .events()
      .find(
        (r) => r.type === 'checkout.session.completed' && (r.event.data.object as { id: string }).id === s.id,
      )!;
    expect(record.sends[0]).toMatchObject({ url: 'http://127.0.0.1:9/nothing-listens', status: 'failed' });
    expect(record.sends[0]!.attempts).toHaveLength(3);
    expect(record.sends[0]!.attempts[0]).toMatchObject({ status: null, error: expect.any(String) });
    // *.localhost names (the platform's local hosts) are reached on 127.0.0.1 with their own Host.
    const port = new URL(receiver.url).port;
    await helper('/config', { webhookUrl: `http://mewayz.localhost:${port}/webhooks/stripe` });
    expect((await helper(`/events/${record.id}/resend`)).status).toBe(200);
    const [hit] = await delivered('checkout.session.completed', s.id);
    expect(hit!.host).toBe(`mewayz.localhost:${port}`);
    await helper('/config', { webhookUrl: `${receiver.url}/webhooks/stripe` });
    // The helpers take JSON only.
    const form = await fetch(`${base}/__standin/config`, {
      method: 'POST',
      body: 'webhookUrl=http://evil.example',
    });
    expect(form.status).toBe(415);
  });
});
