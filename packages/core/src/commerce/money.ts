import {
  currencyCodes,
  formatMoney,
  isCurrencyCode,
  MAX_MINOR_AMOUNT,
  minorUnitExponent,
  toDecimalString,
} from '@mewayz/contracts';
import { ValidationFailed } from '../errors.ts';

/**
 * Money of the catalog: integer amounts of a currency's minor unit beside an ISO 4217 code. The
 * exponents come from the ISO table in contracts (`currencies.ts` says why not from `Intl`: its
 * digits are CLDR's display digits and differ between Node's and workerd's ICU). Formatting lives in
 * contracts (`money.ts`), where the renderer reaches it too.
 */
export { currencyCodes, formatMoney, isCurrencyCode, MAX_MINOR_AMOUNT, minorUnitExponent, toDecimalString };

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
