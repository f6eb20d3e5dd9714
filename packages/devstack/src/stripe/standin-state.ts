import type { IncomingMessage } from 'node:http';
import type Stripe from 'stripe';
import type { EventSender, StripeEventRecord } from './event-sender.ts';
import { noSuch } from './stripe-error.ts';

/** What the buyer entered on the hosted page (or a test sent to `/__standin/sessions/:id/pay`). */
export interface PayInput {
  card: string;
  /** `MM/YY`; the test helper may leave it out (a date in the future is assumed). */
  expiry?: string;
  cvc?: string;
  email?: string;
  name?: string;
  shipping?: ShippingInput;
  /** The chosen `shr_…` when the session offers several shipping options. */
  shippingRate?: string;
  /** Test helper only: complete unpaid, then settle the payment later (`async_payment_*` events). */
  async?: 'succeed' | 'fail';
}

export interface ShippingInput {
  name?: string;
  line1?: string;
  line2?: string;
  city?: string;
  postal_code?: string;
  state?: string;
  country?: string;
}

/** A payment whose fields were checked; the card is kept only as its brand and last four digits. */
export interface CheckedPayment {
  email: string;
  name?: string;
  shipping?: ShippingInput;
  shippingRate?: string;
  async?: 'succeed' | 'fail';
  last4: string;
  brand: string;
  expMonth: number;
  expYear: number;
}

/** A Checkout Session and what Stripe keeps beside it but only shows on request. */
export interface SessionRecord {
  session: Stripe.Checkout.Session;
  lineItems: Stripe.LineItem[];
  shippingRates: Stripe.ShippingRate[];
  paymentIntentData: {
    applicationFeeAmount: number | null;
    destination: string | null;
    onBehalfOf: string | null;
    metadata: Record<string, string>;
    description: string | null;
    transferGroup: string | null;
    receiptEmail: string | null;
  };
  /** Payments waiting for the buyer's 3-D Secure answer, by attempt id. */
  pendingAuth: Map<string, CheckedPayment>;
}

export interface AccountLinkRecord {
  id: string;
  account: string;
  refreshUrl: string;
  returnUrl: string;
  expiresAt: number;
  used: boolean;
}

/** All of the stand-in's objects, in memory: a restart forgets them, as a fresh test mode would. */
export class StandinState {
  readonly sessions = new Map<string, SessionRecord>();
  readonly paymentIntents = new Map<string, Stripe.PaymentIntent>();
  readonly charges = new Map<string, Stripe.Charge>();
  readonly refunds = new Map<string, Stripe.Refund>();
  readonly disputes = new Map<string, Stripe.Dispute>();
  readonly accounts = new Map<string, Stripe.Account>();
  readonly products = new Map<string, Stripe.Product>();
  readonly shippingRates = new Map<string, Stripe.ShippingRate>();
  readonly accountLinks = new Map<string, AccountLinkRecord>();

  /** Any stored object by its id (for `expand[]`); the prefix says which kind it is. */
  byId(id: string): { object: string } | undefined {
    const prefix = id.slice(0, id.indexOf('_'));
    const maps: Record<string, Map<string, { object: string }>> = {
      pi: this.paymentIntents,
      ch: this.charges,
      re: this.refunds,
      dp: this.disputes,
      acct: this.accounts,
      prod: this.products,
      shr: this.shippingRates,
    };
    if (prefix === 'cs') return this.sessions.get(id)?.session;
    return maps[prefix]?.get(id);
  }
}

/** Now as Stripe counts time: whole seconds since the epoch. */
export const unixNow = () => Math.floor(Date.now() / 1000);

/** What a handler works with: the state, the event sender, and who is asking. */
export interface StandinContext {
  state: StandinState;
  events: EventSender;
  /** The API request behind what happens now (an event's `request`); nulls for the buyer's pages and helpers. */
  request: { id: string | null; idempotency_key: string | null };
  /** Where this request reached the stand-in (`http://127.0.0.1:3903`): hosted page links are built on it. */
  origin: string;
  log: (line: string) => void;
  /** Run `fn` after `ms` (async payments settling); the stand-in waits for these in `waitForDeliveries`. */
  later: (ms: number, fn: () => void) => void;
  asyncDelayMs: number;
}

/** What the request handlers share: the state, the event sender, a context per request. */
export interface StandinCore {
  state: StandinState;
  events: EventSender;
  /** The context of one request; `request` is the API request behind it (nulls for pages and helpers). */
  context(req: IncomingMessage | null, request?: StandinContext['request']): StandinContext;
}

/** The largest request body the stand-in reads. */
export const maxBodyBytes = 1024 * 1024;

/** A recorded event by id, or Stripe's 404. */
export function eventById(ctx: StandinContext, id: string): StripeEventRecord {
  const record = ctx.events.find(id);
  if (!record) throw noSuch('event', id);
  return record;
}
