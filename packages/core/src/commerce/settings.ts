import type { PlatformVars } from '../platform/vars.ts';
import { type PaymentsGateway, stripePayments } from './payments.ts';

/** How this deployment sells: the payment provider and the store rules from configuration. */
export interface CommerceSettings {
  /** Null when no Stripe key is configured: products show, buying answers `payments_not_enabled`. */
  readonly payments: PaymentsGateway | null;
  platformFeeBps: number;
  requireConnect: boolean;
  automaticTax: boolean;
  shippingCountries: string[];
}

export function commerceSettingsOf(vars: PlatformVars): CommerceSettings {
  let gateway: PaymentsGateway | null | undefined;
  return {
    // Made on first use: most requests (page views, redirects) never pay for the SDK client.
    get payments() {
      if (gateway === undefined)
        gateway = vars.STRIPE_SECRET_KEY
          ? stripePayments({
              secretKey: vars.STRIPE_SECRET_KEY,
              webhookSecret: vars.STRIPE_WEBHOOK_SECRET,
              apiUrl: vars.STRIPE_API_URL,
            })
          : null;
      return gateway;
    },
    platformFeeBps: vars.STRIPE_PLATFORM_FEE_BPS,
    requireConnect: vars.STRIPE_REQUIRE_CONNECT === 'true',
    automaticTax: vars.STRIPE_AUTOMATIC_TAX === 'true',
    shippingCountries: vars.SHIPPING_COUNTRIES.split(','),
  };
}
