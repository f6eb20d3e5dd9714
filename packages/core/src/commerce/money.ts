import { currencyCodes, currencyExponents, isCurrencyCode, MAX_MINOR_AMOUNT } from '@mewayz/contracts';
import { ValidationFailed } from '../errors.ts';

/**
 * Money of the catalog: integer amounts of a currency's minor unit beside an ISO 4217 code. The
 * exponents come from the ISO table in contracts (`currencies.ts` says why not from `Intl`: its
 * digits are CLDR's display digits and differ between Node's and workerd's ICU).
 */
export { currencyCodes, isCurrencyCode, MAX_MINOR_AMOUNT };

/** How many digits the currency's minor unit has (USD 2, JPY 0, KWD 3); throws for an unknown code. */
export function minorUnitExponent(currency: string): number {
  const exponent = currencyExponents[currency];
  if (exponent === undefined) throw new RangeError(`Unknown currency: ${currency}`);
  return exponent;
}

/** Whether `amount` is a valid price in minor units: an integer from 0 to MAX_MINOR_AMOUNT. */
export function isValidAmount(amount: unknown): amount is number {
  return (
    typeof amount === 'number' && Number.isSafeInteger(amount) && amount >= 0 && amount <= MAX_MINOR_AMOUNT
  );
}

/** Refuse an invalid amount or currency with a 422 naming the field. */
export function assertMoney(amount: unknown, currency: unknown, field = 'price'): void {
  if (!isCurrencyCode(currency))
    throw new ValidationFailed('The currency is not valid.', [
      { path: 'currency', message: 'Use a three-letter ISO 4217 currency code, like USD, EUR or JPY' },
    ]);
  if (!isValidAmount(amount))
    throw new ValidationFailed('The amount is not valid.', [
      { path: field, message: `Use a whole number of minor units from 0 to ${MAX_MINOR_AMOUNT}` },
    ]);
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
