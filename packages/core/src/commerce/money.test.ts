import { describe, expect, it } from 'vitest';
import type { AppError } from '../errors.ts';
import {
  assertMoney,
  currencyCodes,
  formatMoney,
  isValidAmount,
  MAX_MINOR_AMOUNT,
  minorUnitExponent,
  toDecimalString,
} from './money.ts';

describe('money', () => {
  it('knows ISO 4217 minor units, including zero- and three-decimal currencies', () => {
    expect(minorUnitExponent('USD')).toBe(2);
    expect(minorUnitExponent('EUR')).toBe(2);
    expect(minorUnitExponent('JPY')).toBe(0);
    expect(minorUnitExponent('KRW')).toBe(0);
    expect(minorUnitExponent('BHD')).toBe(3);
    expect(minorUnitExponent('KWD')).toBe(3);
    // ISO, not ICU's display digits (Node's ICU says 0 for both, workerd's says 2 for HUF).
    expect(minorUnitExponent('HUF')).toBe(2);
    expect(minorUnitExponent('IQD')).toBe(3);
    expect(() => minorUnitExponent('XXX')).toThrow(RangeError);
    expect(() => minorUnitExponent('usd')).toThrow(RangeError);
  });

  it('lists only upper-case three-letter codes, each known to this runtime’s Intl', () => {
    expect(currencyCodes.length).toBeGreaterThan(140);
    for (const code of currencyCodes) {
      expect(code).toMatch(/^[A-Z]{3}$/);
      // Formatting must work for every code we accept.
      expect(() => formatMoney(100, code)).not.toThrow();
    }
  });

  it('formats for display with exactly the ISO fraction digits', () => {
    // ICU separates a code or a trailing symbol with a no-break space.
    const show = (amount: number, currency: string, locale?: string) =>
      formatMoney(amount, currency, locale).replace(/\u00a0/g, ' ');
    expect(formatMoney(1999, 'USD', 'en')).toBe('$19.99');
    expect(formatMoney(500, 'JPY')).toBe('¥500');
    expect(formatMoney(0, 'USD')).toBe('$0.00');
    expect(show(1234, 'KWD')).toBe('KWD 1.234');
    expect(show(5, 'BHD')).toBe('BHD 0.005');
    expect(show(123456, 'EUR', 'de-DE')).toBe('1.234,56 €');
    expect(formatMoney(MAX_MINOR_AMOUNT, 'USD')).toBe('$10,000,000.00');
  });

  it('writes decimal strings without floating point', () => {
    expect(toDecimalString(1999, 'USD')).toBe('19.99');
    expect(toDecimalString(7, 'USD')).toBe('0.07');
    expect(toDecimalString(500, 'JPY')).toBe('500');
    expect(toDecimalString(1, 'KWD')).toBe('0.001');
  });

  it('accepts only whole, non-negative, bounded amounts', () => {
    expect(isValidAmount(0)).toBe(true);
    expect(isValidAmount(1999)).toBe(true);
    expect(isValidAmount(MAX_MINOR_AMOUNT)).toBe(true);
    for (const bad of [-1, 19.99, MAX_MINOR_AMOUNT + 1, Number.NaN, Number.POSITIVE_INFINITY, '1999', null])
      expect(isValidAmount(bad), String(bad)).toBe(false);
  });

  it('refuses bad money with a 422 naming the field', () => {
    const codeOf = (fn: () => void) => {
      try {
        fn();
      } catch (e) {
        return [(e as AppError).status, (e as AppError).details[0]?.path];
      }
      return null;
    };
    expect(codeOf(() => assertMoney(100, 'USD'))).toBeNull();
    expect(codeOf(() => assertMoney(100, 'ABC'))).toEqual([422, 'currency']);
    expect(codeOf(() => assertMoney(1.5, 'JPY', 'minPrice'))).toEqual([422, 'minPrice']);
  });
});
