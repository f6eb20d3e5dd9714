import Stripe from 'stripe';
import { AppError, Conflict } from '../errors.ts';

/**
 * The payment provider as commerce sees it: the few Stripe calls checkout, refunds and payouts make.
 * One implementation talks to Stripe through its SDK — to api.stripe.com, or locally to the devstack's
 * stand-in through the SDK's own host/port/protocol options — so the code under test is the code in
 * production.
 */
export interface CheckoutLine {
  name: string;
  description?: string;
  unitAmount: number;
  quantity: number;
  imageUrl?: string;
}

export interface CheckoutSessionRequest {
  orderId: string;
  organizationId: string;
  /** ISO 4217, upper case as the catalog stores it. */
  currency: string;
  lines: CheckoutLine[];
  successUrl: string;
  cancelUrl: string;
  expiresAt: Date;
  /** Physical goods: the countries a shipping address may be in. */
  shippingCountries?: string[];
  /** Physical goods with a shipping price: the one option offered, in `currency`. */
  shippingRate?: { displayName: string; amount: number };
  automaticTax: boolean;
  /** Stripe Connect: a destination charge to the creator's account, the platform keeping `applicationFee`. */
  destination?: { accountId: string; applicationFee: number };
}

export interface CheckoutSessionCreated {
  id: string;
  url: string;
}

export interface PaymentAccountState {
  id: string;
  chargesEnabled: boolean;
  payoutsEnabled: boolean;
  detailsSubmitted: boolean;
  requirementsDue: string[];
}

/** A signed Stripe event, verified; `data.object` is whatever Stripe sent for its type. */
export type StripeEvent = Stripe.Event;

export interface PaymentsGateway {
  createCheckoutSession(req: CheckoutSessionRequest): Promise<CheckoutSessionCreated>;
  expireCheckoutSession(sessionId: string): Promise<void>;
  refund(paymentIntentId: string, amount: number, idempotencyKey: string): Promise<{ id: string }>;
  createConnectedAccount(organizationId: string, email: string | null): Promise<PaymentAccountState>;
  onboardingLink(accountId: string, returnUrl: string, refreshUrl: string): Promise<string>;
  retrieveAccount(accountId: string): Promise<PaymentAccountState>;
  /** The event of a webhook request, or WebhookSignatureInvalid (forged, tampered or stale). */
  verifyWebhook(rawBody: string, signatureHeader: string): Promise<StripeEvent>;
}

/** Stripe could not be reached or refused the call for a reason that is not the buyer's input. */
export class PaymentProviderUnavailable extends AppError {
  constructor(message = 'Payments are unavailable right now. Please try again in a minute.') {
    super('payment_provider_unavailable', 503, message);
  }
}

/** This organization cannot take payments (no provider configured, or payouts not set up). */
export class PaymentsNotEnabled extends AppError {
  constructor(message = 'This store cannot take payments yet.') {
    super('payments_not_enabled', 409, message);
  }
}

/** A webhook request that is not a genuine, fresh Stripe event. */
export class WebhookSignatureInvalid extends AppError {
  constructor() {
    super('invalid_signature', 400, 'The Stripe signature is missing, wrong or too old.');
  }
}

export interface StripeSettings {
  secretKey: string;
  /** Only the edge, which receives the webhooks, has it. */
  webhookSecret?: string;
  /** `http://127.0.0.1:3903` for the local stand-in; absent for api.stripe.com. */
  apiUrl?: string;
  /** Seconds a webhook's signed timestamp may be old (Stripe's default 300). */
  toleranceSeconds?: number;
}

function accountState(a: Stripe.Account): PaymentAccountState {
  return {
    id: a.id,
    chargesEnabled: Boolean(a.charges_enabled),
    payoutsEnabled: Boolean(a.payouts_enabled),
    detailsSubmitted: Boolean(a.details_submitted),
    requirementsDue: a.requirements?.currently_due ?? [],
  };
}

/**
 * Run a Stripe call; the SDK's connection and server errors become PaymentProviderUnavailable (a
 * clear "try again"), anything else is a bug in how we called it and is rethrown as is.
 */
async function call<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (
      err instanceof Stripe.errors.StripeConnectionError ||
      err instanceof Stripe.errors.StripeAPIError ||
      err instanceof Stripe.errors.StripeRateLimitError
    )
      throw new PaymentProviderUnavailable();
    throw err;
  }
}

export function stripePayments(settings: StripeSettings): PaymentsGateway {
  const api = settings.apiUrl ? new URL(settings.apiUrl) : null;
  const stripe = new Stripe(settings.secretKey, {
    // fetch works in Workers and Node alike; the Node client would not load in workerd.
    httpClient: Stripe.createFetchHttpClient(),
    maxNetworkRetries: 2,
    timeout: 15_000,
    ...(api
      ? {
          host: api.hostname,
          port: Number(api.port || (api.protocol === 'https:' ? 443 : 80)),
          protocol: api.protocol === 'https:' ? 'https' : 'http',
        }
      : {}),
  });
  const crypto = Stripe.createSubtleCryptoProvider();

  return {
    async createCheckoutSession(req) {
      const session = await call(() =>
        stripe.checkout.sessions.create(
          {
            mode: 'payment',
            line_items: req.lines.map((l) => ({
              quantity: l.quantity,
              price_data: {
                currency: req.currency.toLowerCase(),
                unit_amount: l.unitAmount,
                product_data: {
                  name: l.name,
                  ...(l.description ? { description: l.description } : {}),
                  ...(l.imageUrl ? { images: [l.imageUrl] } : {}),
                },
              },
            })),
            client_reference_id: req.orderId,
            metadata: { orderId: req.orderId, organizationId: req.organizationId },
            success_url: req.successUrl,
            cancel_url: req.cancelUrl,
            expires_at: Math.floor(req.expiresAt.getTime() / 1000),
            ...(req.shippingCountries?.length
              ? {
                  shipping_address_collection: {
                    allowed_countries:
                      req.shippingCountries as Stripe.Checkout.SessionCreateParams.ShippingAddressCollection.AllowedCountry[],
                  },
                }
              : {}),
            ...(req.shippingRate
              ? {
                  shipping_options: [
                    {
                      shipping_rate_data: {
                        type: 'fixed_amount',
                        display_name: req.shippingRate.displayName,
                        fixed_amount: {
                          amount: req.shippingRate.amount,
                          currency: req.currency.toLowerCase(),
                        },
                      },
                    },
                  ],
                }
              : {}),
            ...(req.automaticTax ? { automatic_tax: { enabled: true } } : {}),
            payment_intent_data: {
              metadata: { orderId: req.orderId, organizationId: req.organizationId },
              ...(req.destination
                ? {
                    application_fee_amount: req.destination.applicationFee,
                    transfer_data: { destination: req.destination.accountId },
                  }
                : {}),
            },
          },
          // One session per order, even when the edge retries the call.
          { idempotencyKey: `checkout-${req.orderId}` },
        ),
      );
      if (!session.url) throw new PaymentProviderUnavailable();
      return { id: session.id, url: session.url };
    },
    async expireCheckoutSession(sessionId) {
      try {
        await stripe.checkout.sessions.expire(sessionId);
      } catch (err) {
        // Already expired or completed: the webhook says which; nothing to undo here.
        if (err instanceof Stripe.errors.StripeInvalidRequestError) return;
        throw err;
      }
    },
    async refund(paymentIntentId, amount, idempotencyKey) {
      try {
        const refund = await call(() =>
          stripe.refunds.create({ payment_intent: paymentIntentId, amount }, { idempotencyKey }),
        );
        return { id: refund.id };
      } catch (err) {
        // E.g. more than is left once refunds still in flight are counted: the creator's to fix.
        if (err instanceof Stripe.errors.StripeInvalidRequestError)
          throw new Conflict(`Stripe refused the refund: ${err.message}`, [
            { path: 'amount', message: err.message, code: 'refund_refused' },
          ]);
        throw err;
      }
    },
    async createConnectedAccount(organizationId, email) {
      const account = await call(() =>
        stripe.accounts.create(
          { type: 'express', ...(email ? { email } : {}), metadata: { organizationId } },
          { idempotencyKey: `connect-${organizationId}` },
        ),
      );
      return accountState(account);
    },
    async onboardingLink(accountId, returnUrl, refreshUrl) {
      const link = await call(() =>
        stripe.accountLinks.create({
          account: accountId,
          return_url: returnUrl,
          refresh_url: refreshUrl,
          type: 'account_onboarding',
        }),
      );
      return link.url;
    },
    async retrieveAccount(accountId) {
      return accountState(await call(() => stripe.accounts.retrieve(accountId)));
    },
    async verifyWebhook(rawBody, signatureHeader) {
      if (!settings.webhookSecret) throw new WebhookSignatureInvalid();
      try {
        return await stripe.webhooks.constructEventAsync(
          rawBody,
          signatureHeader,
          settings.webhookSecret,
          settings.toleranceSeconds ?? 300,
          crypto,
        );
      } catch {
        throw new WebhookSignatureInvalid();
      }
    },
  };
}
