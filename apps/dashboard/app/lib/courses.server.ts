import { currencyCodes, formatMoney, parseMoneyInput, toDecimalString } from '@mewayz/contracts';
import type { FieldErrors } from './forms.server.ts';

/** The currencies a course can be priced in (the catalog's). */
export const courseCurrencies = currencyCodes;

export function coursePriceText(price: number, currency: string): string {
  return price === 0 ? 'Free' : formatMoney(price, currency);
}

/** The price field's value as typed back into the form: major units, empty for free. */
export function priceInputOf(price: number, currency: string): string {
  return price === 0 ? '' : toDecimalString(price, currency);
}

/** A typed price in major units (empty: free) → minor units, or a field error. */
export function readPrice(
  form: FormData,
): { ok: true; price: number; currency: string } | { ok: false; fieldErrors: FieldErrors } {
  const currency = String(form.get('currency') ?? 'USD');
  const text = String(form.get('price') ?? '').trim();
  if (text === '' || text === '0') return { ok: true, price: 0, currency };
  const parsed = parseMoneyInput(text, currency);
  return parsed.ok
    ? { ok: true, price: parsed.amount, currency }
    : { ok: false, fieldErrors: { price: parsed.message } };
}

/** A form's optional text: null when empty. */
export function optionalText(form: FormData, name: string): string | null {
  const v = String(form.get(name) ?? '').trim();
  return v === '' ? null : v;
}

/** An optional whole number of a form (drip days, minutes): null when empty, NaN kept for the contract to refuse. */
export function optionalInt(form: FormData, name: string): number | null {
  const v = String(form.get(name) ?? '').trim();
  return v === '' ? null : Number(v);
}
