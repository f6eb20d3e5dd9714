import { isCurrencyCode } from '@mewayz/contracts';

/**
 * Amounts are integers in the currency's minor unit, as in Stripe's API. Most currencies have two
 * decimals; Stripe's zero-decimal ones (JPY: 500 means ¥500) and three-decimal ones need their own
 * exponent, both to validate and to display. This is Stripe's table, not ISO 4217's (the platform's,
 * in `@mewayz/contracts`): they differ (MGA is zero-decimal at Stripe, ISK two-decimal), and the
 * stand-in must read an amount the way Stripe would.
 */
const zeroDecimal = new Set('bif clp djf gnf jpy kmf krw mga pyg rwf ugx vnd vuv xaf xof xpf'.split(' '));
const threeDecimal = new Set('bhd jod kwd omr tnd'.split(' '));

/** A three-letter currency code (any case) the platform can sell in. */
export function isCurrency(code: string): boolean {
  return isCurrencyCode(code.toUpperCase());
}

/** How many decimals Stripe's minor unit has for `currency` (lower-case). */
export function minorUnitExponent(currency: string): number {
  if (zeroDecimal.has(currency)) return 0;
  return threeDecimal.has(currency) ? 3 : 2;
}

/** `1234, 'usd'` → `$12.34`; `500, 'jpy'` → `¥500`. */
export function formatAmount(amount: number, currency: string, locale = 'en-US'): string {
  const digits = minorUnitExponent(currency);
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: currency.toUpperCase(),
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(amount / 10 ** digits);
}

/**
 * The stand-in's stand-in for Stripe Tax: 10 % on top of the amount (exclusive), rounded half up to
 * a whole minor unit — deterministic, so tests can assert totals. Applied to each line item's
 * subtotal and to the shipping amount separately; the session's tax is their sum.
 */
export function taxOn(amount: number): number {
  return Math.floor((amount + 5) / 10);
}
