import { currencyExponents } from './currencies.ts';

/**
 * Money as people and machines read it, from integer minor units and an ISO 4217 code. Here rather
 * than in core because the renderer (which depends on contracts only) prints prices and the
 * structured data of product pages; core re-exports these.
 */

/** How many digits the currency's minor unit has (USD 2, JPY 0, KWD 3); throws for an unknown code. */
export function minorUnitExponent(currency: string): number {
  const exponent = Object.hasOwn(currencyExponents, currency) ? currencyExponents[currency] : undefined;
  if (exponent === undefined) throw new RangeError(`Unknown currency: ${currency}`);
  return exponent;
}

/** The amount in major units as a decimal string without rounding: 1999 USD → "19.99", 5 KWD → "0.005". */
export function toDecimalString(amount: number, currency: string): string {
  const exponent = minorUnitExponent(currency);
  if (exponent === 0) return String(amount);
  const digits = String(Math.abs(amount)).padStart(exponent + 1, '0');
  const sign = amount < 0 ? '-' : '';
  return `${sign}${digits.slice(0, -exponent)}.${digits.slice(-exponent)}`;
}

const formatters = new Map<string, Intl.NumberFormat>();

/**
 * The amount for people: `formatMoney(1999, 'USD', 'en')` → `$19.99`, `formatMoney(500, 'JPY')` →
 * `¥500`, `formatMoney(1234, 'KWD')` → `KWD 1.234`. Always the ISO number of fraction digits (ICU's
 * own choice for the currency may differ), so what is shown is exactly what is charged.
 */
export function formatMoney(amount: number, currency: string, locale = 'en'): string {
  const exponent = minorUnitExponent(currency);
  const key = `${locale}|${currency}`;
  let fmt = formatters.get(key);
  if (!fmt) {
    fmt = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      minimumFractionDigits: exponent,
      maximumFractionDigits: exponent,
    });
    formatters.set(key, fmt);
  }
  // Through the decimal string, so large amounts of 3-digit currencies are not divided in floating point.
  return fmt.format(toDecimalString(amount, currency) as unknown as number);
}
