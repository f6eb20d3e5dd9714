import { everywhereElse, type ShippingRate } from '@mewayz/contracts';
import type { CoreDeps } from '../deps.ts';
import { defaultShippingCountries } from '../platform/vars.ts';

/**
 * The platform's shipping countries: from the commerce settings, or the default list where none are
 * configured (the seed and tools run without Stripe, and still compile the same catalog).
 */
export function platformShipsTo(deps: Pick<CoreDeps, 'commerce'>): string[] {
  return deps.commerce?.shippingCountries ?? defaultShippingCountries.split(',');
}

/**
 * Shipping prices of a physical product. A product's rates name countries, and `*` stands for every
 * other country the platform ships to (`SHIPPING_COUNTRIES`), so a creator can say "€5 in Germany,
 * €15 everywhere else" without listing the world. The storefront shows the expanded list and checkout
 * charges from it, so what the page offers and what Stripe is asked for are the same figures.
 */
export function shippingDestinations(
  rates: readonly ShippingRate[] | null,
  shipsTo: readonly string[],
): { country: string; amount: number }[] {
  if (!rates?.length) return [];
  const named = rates.filter((r) => r.country !== everywhereElse);
  const rest = rates.find((r) => r.country === everywhereElse);
  const namedSet = new Set(named.map((r) => r.country));
  const others = rest
    ? shipsTo.filter((c) => !namedSet.has(c)).map((country) => ({ country, amount: rest.amount }))
    : [];
  return [...named.map((r) => ({ country: r.country, amount: r.amount })), ...others].sort((a, b) =>
    a.country.localeCompare(b.country),
  );
}

/** The price of shipping one order to `country`, or null when the product does not ship there. */
export function shippingPriceTo(
  rates: readonly ShippingRate[] | null,
  shipsTo: readonly string[],
  country: string,
): number | null {
  return shippingDestinations(rates, shipsTo).find((d) => d.country === country)?.amount ?? null;
}
