import type Stripe from 'stripe';
import { applyTotals } from './checkout-sessions.ts';
import type { CheckedPayment, PayInput, SessionRecord, StandinContext } from './standin-state.ts';
import { unixNow } from './standin-state.ts';
import { invalidRequest, StripeApiError } from './stripe-error.ts';
import { base62, stripeId } from './stripe-ids.ts';

/**
 * Paying a Checkout Session with one of Stripe's test cards: the one code path behind the hosted
 * page's form and the `/__standin/sessions/:id/pay` helper. A payment creates the PaymentIntent and
 * its Charge, completes the session and sends `checkout.session.completed`; a declined card changes
 * nothing and sends nothing; the 3-D Secure card waits for the buyer's answer.
 */

interface TestCard {
  brand: 'visa' | 'mastercard';
  outcome: 'succeed' | 'authenticate' | 'decline';
  declineCode?: string;
  message?: string;
}

/** Stripe's test card numbers the stand-in knows (https://docs.stripe.com/testing). */
export const testCards: Record<string, TestCard> = {
  '4242424242424242': { brand: 'visa', outcome: 'succeed' },
  '5555555555554444': { brand: 'mastercard', outcome: 'succeed' },
  '4000002500003155': { brand: 'visa', outcome: 'authenticate' },
  '4000000000000002': {
    brand: 'visa',
    outcome: 'decline',
    declineCode: 'generic_decline',
    message: 'Your card was declined.',
  },
  '4000000000009995': {
    brand: 'visa',
    outcome: 'decline',
    declineCode: 'insufficient_funds',
    message: 'Your card has insufficient funds.',
  },
};

export type PayOutcome =
  /** Paid (or, async, completed unpaid): the buyer goes to `redirectUrl`. */
  | { kind: 'completed'; redirectUrl: string }
  /** The card wants 3-D Secure: the buyer answers on `authUrl`. */
  | { kind: 'requires_action'; authUrl: string };

const cardError = (message: string, code: string, param: string, declineCode?: string) =>
  new StripeApiError(402, message, { type: 'card_error', code, param, decline_code: declineCode });

/**
 * Check what the buyer entered and pay. Throws StripeApiError: 400 for a missing or malformed field
 * (`param` names it), 402 `card_error` for a declined or invalid card. Nothing changes on a throw.
 */
export function paySession(ctx: StandinContext, record: SessionRecord, input: PayInput): PayOutcome {
  assertOpen(record);
  const { session } = record;
  const email = session.customer_email ?? input.email?.trim();
  if (!email) throw invalidRequest('Enter your email address.', 'email');
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
    throw invalidRequest('Your email address is invalid.', 'email');
  const name = input.name?.trim();
  const shipping = checkShipping(record, input);
  const rate = input.shippingRate ?? record.shippingRates[0]?.id;
  if (rate && !record.shippingRates.some((r) => r.id === rate))
    throw invalidRequest('Choose one of the shipping options.', 'shipping_rate');
  const number = input.card.replace(/[\s-]/g, '');
  if (!/^\d{12,19}$/.test(number) || !luhn(number))
    throw cardError('Your card number is incorrect.', 'incorrect_number', 'card');
  const expiry = checkExpiry(input.expiry);
  if (input.cvc !== undefined && !/^\d{3,4}$/.test(input.cvc.trim()))
    throw cardError("Your card's security code is incomplete.", 'incomplete_cvc', 'cvc');
  const card = testCards[number];
  if (!card)
    throw cardError(
      'Your card was declined. Your request was in test mode, but used a non test card. For a list of valid test cards, visit: https://stripe.com/docs/testing.',
      'card_declined',
      'card',
      'test_mode_live_card',
    );
  if (card.outcome === 'decline') throw cardError(card.message!, 'card_declined', 'card', card.declineCode);
  const paid: CheckedPayment = {
    email,
    name,
    shipping,
    shippingRate: rate,
    async: input.async,
    ...expiry,
    last4: number.slice(-4),
    brand: card.brand,
  };
  if (card.outcome === 'authenticate') {
    const attempt = base62(24);
    record.pendingAuth.set(attempt, paid);
    return { kind: 'requires_action', authUrl: `${ctx.origin}/c/pay/${session.id}/authenticate/${attempt}` };
  }
  return { kind: 'completed', redirectUrl: completePayment(ctx, record, paid) };
}

/** The buyer's answer on the 3-D Secure page; a failed one throws the 402 Stripe gives. */
export function answerAuthentication(
  ctx: StandinContext,
  record: SessionRecord,
  attempt: string,
  answer: 'complete' | 'fail',
): PayOutcome {
  assertOpen(record);
  const paid = record.pendingAuth.get(attempt);
  if (!paid) throw invalidRequest('This authentication is no longer pending.', 'attempt');
  record.pendingAuth.delete(attempt);
  if (answer === 'fail')
    throw cardError(
      'We are unable to authenticate your payment method. Please choose a different payment method and try again.',
      'payment_intent_authentication_failure',
      'card',
    );
  return { kind: 'completed', redirectUrl: completePayment(ctx, record, paid, true) };
}

function completePayment(
  ctx: StandinContext,
  record: SessionRecord,
  paid: CheckedPayment,
  authenticated = false,
): string {
  const { session, paymentIntentData: pid } = record;
  applyTotals(record, paid.shippingRate);
  const now = unixNow();
  const async = paid.async;
  const address: Stripe.Address = paid.shipping
    ? {
        city: paid.shipping.city ?? null,
        country: paid.shipping.country ?? null,
        line1: paid.shipping.line1 ?? null,
        line2: paid.shipping.line2 || null,
        postal_code: paid.shipping.postal_code ?? null,
        state: paid.shipping.state || null,
      }
    : { city: null, country: null, line1: null, line2: null, postal_code: null, state: null };
  const shipping = paid.shipping
    ? { address, name: paid.shipping.name!, carrier: null, phone: null, tracking_number: null }
    : null;
  const piId = stripeId('pi');
  const chargeId = stripeId('ch');
  const paymentMethod = stripeId('pm');
  const amount = session.amount_total!;
  const currency = session.currency!;
  const transferData = pid.destination ? { destination: pid.destination } : null;
  const charge: Stripe.Charge = {
    id: chargeId,
    object: 'charge',
    amount,
    amount_captured: async ? 0 : amount,
    amount_refunded: 0,
    application: null,
    application_fee: pid.applicationFeeAmount ? stripeId('fee') : null,
    application_fee_amount: pid.applicationFeeAmount,
    balance_transaction: async ? null : stripeId('txn'),
    billing_details: { address, email: paid.email, name: paid.name ?? null, phone: null, tax_id: null },
    calculated_statement_descriptor: 'MEWAYZ LOCAL',
    captured: !async,
    created: now,
    currency,
    customer: null,
    description: pid.description,
    disputed: false,
    failure_balance_transaction: null,
    failure_code: null,
    failure_message: null,
    fraud_details: {},
    livemode: false,
    metadata: { ...pid.metadata },
    on_behalf_of: pid.onBehalfOf,
    outcome: {
      advice_code: null,
      network_advice_code: null,
      network_decline_code: null,
      network_status: 'approved_by_network',
      reason: null,
      risk_level: 'normal',
      seller_message: 'Payment complete.',
      type: 'authorized',
    },
    paid: !async,
    payment_intent: piId,
    payment_method: paymentMethod,
    payment_method_details: {
      type: 'card',
      card: {
        amount_authorized: amount,
        authorization_code: null,
        brand: paid.brand,
        checks: { address_line1_check: null, address_postal_code_check: null, cvc_check: 'pass' },
        country: 'US',
        electronic_commerce_indicator: null,
        exp_month: paid.expMonth,
        exp_year: paid.expYear,
        funding: 'credit',
        installments: null,
        last4: paid.last4,
        mandate: null,
        network: paid.brand,
        network_transaction_id: null,
        regulated_status: 'unregulated',
        three_d_secure: authenticated
          ? {
              authentication_flow: 'challenge',
              electronic_commerce_indicator: '05',
              exemption_indicator: null,
              result: 'authenticated',
              result_reason: null,
              transaction_id: base62(24),
              version: '2.2.0',
            }
          : null,
        transaction_link_id: null,
        wallet: null,
      },
    },
    receipt_email: pid.receiptEmail,
    receipt_number: null,
    receipt_url: null,
    refunded: false,
    refunds: { object: 'list', data: [], has_more: false, url: `/v1/charges/${chargeId}/refunds` },
    review: null,
    shipping,
    source: null,
    source_transfer: null,
    statement_descriptor: null,
    statement_descriptor_suffix: null,
    status: async ? 'pending' : 'succeeded',
    ...(transferData ? { transfer: stripeId('tr') } : {}),
    transfer_data: transferData ? { amount: null, ...transferData } : null,
    transfer_group: pid.transferGroup,
  };
  const intent: Stripe.PaymentIntent = {
    id: piId,
    object: 'payment_intent',
    allowed_payment_method_types: null,
    amount,
    amount_capturable: 0,
    amount_received: async ? 0 : amount,
    application: null,
    application_fee_amount: pid.applicationFeeAmount,
    automatic_payment_methods: null,
    canceled_at: null,
    cancellation_reason: null,
    capture_method: 'automatic_async',
    client_secret: `${piId}_secret_${base62(25)}`,
    confirmation_method: 'automatic',
    created: now,
    currency,
    customer: null,
    customer_account: null,
    description: pid.description,
    excluded_payment_method_types: null,
    last_payment_error: null,
    latest_charge: chargeId,
    livemode: false,
    managed_payments: null,
    metadata: { ...pid.metadata },
    next_action: null,
    on_behalf_of: pid.onBehalfOf,
    payment_method: paymentMethod,
    payment_method_configuration_details: null,
    payment_method_options: {
      card: { installments: null, mandate_options: null, network: null, request_three_d_secure: 'automatic' },
    },
    payment_method_types: ['card'],
    payment_record: null,
    processing: null,
    receipt_email: pid.receiptEmail,
    review: null,
    setup_future_usage: null,
    shipping,
    source: null,
    statement_descriptor: null,
    statement_descriptor_suffix: null,
    status: async ? 'processing' : 'succeeded',
    transfer_data: transferData,
    transfer_group: pid.transferGroup,
  };
  ctx.state.charges.set(chargeId, charge);
  ctx.state.paymentIntents.set(piId, intent);
  session.status = 'complete';
  session.payment_status = async ? 'unpaid' : 'paid';
  session.payment_intent = piId;
  session.url = null;
  session.customer_details = {
    address,
    business_name: null,
    email: paid.email,
    individual_name: null,
    name: paid.shipping?.name ?? paid.name ?? null,
    phone: null,
    tax_exempt: 'none',
    tax_ids: [],
  };
  session.collected_information = {
    business_name: null,
    individual_name: null,
    shipping_details: shipping ? { address, name: shipping.name } : null,
  };
  record.pendingAuth.clear();
  ctx.events.emit('checkout.session.completed', session, { request: ctx.request });
  ctx.log(`${session.id} completed (${async ? `unpaid, settles: ${async}` : 'paid'}), ${piId}, ${chargeId}`);
  if (async) ctx.later(ctx.asyncDelayMs, () => settleAsync(ctx, record, async === 'succeed'));
  const success = session.success_url;
  return success
    ? success.replaceAll('{CHECKOUT_SESSION_ID}', session.id)
    : `${ctx.origin}/c/pay/${session.id}`;
}

/** The delayed outcome of an async payment: `checkout.session.async_payment_succeeded` or `_failed`. */
function settleAsync(ctx: StandinContext, record: SessionRecord, succeeded: boolean) {
  const { session } = record;
  const intent = ctx.state.paymentIntents.get(session.payment_intent as string)!;
  const charge = ctx.state.charges.get(intent.latest_charge as string)!;
  if (succeeded) {
    charge.status = 'succeeded';
    charge.paid = true;
    charge.captured = true;
    charge.amount_captured = charge.amount;
    charge.balance_transaction = stripeId('txn');
    intent.status = 'succeeded';
    intent.amount_received = intent.amount;
    session.payment_status = 'paid';
  } else {
    charge.status = 'failed';
    charge.failure_code = 'card_declined';
    charge.failure_message = 'Your card was declined.';
    charge.outcome = {
      ...charge.outcome!,
      network_status: 'declined_by_network',
      type: 'issuer_declined',
      seller_message: 'The bank did not return any further details with this decline.',
    };
    intent.status = 'requires_payment_method';
    intent.last_payment_error = {
      type: 'card_error',
      code: 'card_declined',
      decline_code: 'generic_decline',
      message: 'Your card was declined.',
      charge: charge.id,
    };
  }
  const type = succeeded
    ? 'checkout.session.async_payment_succeeded'
    : 'checkout.session.async_payment_failed';
  ctx.events.emit(type, session);
  ctx.log(`${session.id}: ${type}`);
}

function assertOpen(record: SessionRecord) {
  const { status } = record.session;
  if (status !== 'open')
    throw invalidRequest(
      status === 'complete'
        ? 'This Checkout Session is already complete.'
        : 'This Checkout Session has expired.',
      undefined,
      status === 'complete' ? 'checkout_session_complete' : 'checkout_session_expired',
    );
}

function checkShipping(record: SessionRecord, input: PayInput): PayInput['shipping'] {
  const allowed = record.session.shipping_address_collection?.allowed_countries;
  if (!allowed) return undefined;
  const s = input.shipping ?? {};
  const labels = {
    name: 'name',
    line1: 'address',
    city: 'city',
    postal_code: 'postal code',
    country: 'country',
  };
  for (const [field, label] of Object.entries(labels) as [keyof typeof labels, string][]) {
    if (!s[field]?.trim()) throw invalidRequest(`Enter the shipping ${label}.`, `shipping[${field}]`);
  }
  if (!(allowed as string[]).includes(s.country!))
    throw invalidRequest(`We do not ship to ${s.country}.`, 'shipping[country]');
  return Object.fromEntries(Object.entries(s).map(([k, v]) => [k, v?.trim()]));
}

/** `MM/YY` (or `MM / YYYY`) in the future; the helper may leave it out. */
function checkExpiry(expiry: string | undefined): { expMonth: number; expYear: number } {
  const nowYear = new Date().getUTCFullYear();
  if (expiry === undefined) return { expMonth: 12, expYear: nowYear + 5 };
  const m = /^\s*(\d{1,2})\s*\/\s*(\d{2}|\d{4})\s*$/.exec(expiry);
  const month = Number(m?.[1]);
  if (!m || month < 1 || month > 12)
    throw cardError("Your card's expiration date is incomplete.", 'incomplete_expiry', 'expiry');
  const year = m[2]!.length === 2 ? 2000 + Number(m[2]) : Number(m[2]);
  const now = new Date();
  if (year < now.getUTCFullYear() || (year === now.getUTCFullYear() && month < now.getUTCMonth() + 1))
    throw cardError("Your card's expiration date is in the past.", 'expired_card', 'expiry');
  return { expMonth: month, expYear: year };
}

function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}
