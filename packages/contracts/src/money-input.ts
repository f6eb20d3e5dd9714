import { currencyExponents, MAX_MINOR_AMOUNT } from './currencies.ts';

export type MoneyInput = { ok: true; amount: number } | { ok: false; message: string };

const examples: Record<number, string> = { 0: '1500', 2: '19.99', 3: '1.250' };

/** How a price in `currency` is typed: `19.99`, `1500` (no decimals), `1.250` (three). */
export function moneyInputExample(currency: string): string {
  return examples[currencyExponents[currency] ?? 2] ?? '19.99';
}

/**
 * A price as creators type it, in the currency's major unit — `19.99` USD, `1500` JPY, `1.250`
 * KWD — as an integer of its minor unit (1999, 1500, 1250), with a sentence for what cannot be
 * read: more decimals than the currency has (`19.999` USD, `12.5` JPY), a comma for decimals, a
 * sign, a symbol, too large. Digits are moved as text, never through floating point. `1,500.00`
 * (comma-grouped thousands) and zeros past the currency's decimals (`1500.00` JPY) are accepted:
 * they say the same amount. The inverse is core's `toDecimalString`.
 */
export function parseMoneyInput(text: string, currency: string): MoneyInput {
  const exponent = currencyExponents[currency];
  if (exponent === undefined) return { ok: false, message: 'Choose the currency first' };
  const example = moneyInputExample(currency);
  const fail = (message: string): MoneyInput => ({ ok: false, message });
  let s = text.trim();
  if (s === '') return fail(`Type a price, like ${example}`);
  if (s.startsWith('-')) return fail('Use 0 or more');
  if (/^\d{1,3}(,\d{3})+(\.\d*)?$/.test(s)) s = s.replaceAll(',', '');
  if (/^\d+,\d+$/.test(s))
    return fail(
      exponent === 0
        ? `${currency} amounts have no decimals: type a whole number, like ${example}`
        : `Use a dot for the decimals, like ${example}`,
    );
  const m = /^(\d*)(?:\.(\d*))?$/.exec(s);
  if (!m || (m[1] === '' && !m[2])) return fail(`Type the amount as a number, like ${example}`);
  const whole = m[1] || '0';
  const fraction = (m[2] ?? '').replace(/0+$/, '');
  if (fraction.length > exponent)
    return fail(
      exponent === 0
        ? `${currency} amounts have no decimals: type a whole number, like ${example}`
        : `${currency} amounts have at most ${exponent} decimals, like ${example}`,
    );
  const digits = (whole + fraction.padEnd(exponent, '0')).replace(/^0+(?=\d)/, '');
  if (digits.length > 10 || Number(digits) > MAX_MINOR_AMOUNT)
    return fail(
      `Use at most ${new Intl.NumberFormat('en').format(MAX_MINOR_AMOUNT / 10 ** exponent)} ${currency}`,
    );
  return { ok: true, amount: Number(digits) };
}
