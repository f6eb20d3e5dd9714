import { describe, expect, it } from 'vitest';
import { MAX_MINOR_AMOUNT } from './currencies.ts';
import { parseMoneyInput } from './money-input.ts';

const amount = (text: string, currency: string) => {
  const r = parseMoneyInput(text, currency);
  return r.ok ? r.amount : r.message;
};

describe('parseMoneyInput', () => {
  it('reads major units as minor units by the currency’s exponent', () => {
    expect(amount('19.99', 'USD')).toBe(1999);
    expect(amount('19.9', 'USD')).toBe(1990);
    expect(amount('19', 'USD')).toBe(1900);
    expect(amount('.5', 'EUR')).toBe(50);
    expect(amount('0', 'USD')).toBe(0);
    expect(amount(' 7.00 ', 'GBP')).toBe(700);
    expect(amount('1500', 'JPY')).toBe(1500);
    expect(amount('1.250', 'KWD')).toBe(1250);
    expect(amount('0.005', 'KWD')).toBe(5);
  });

  it('takes grouped thousands and zeros past the decimals, which say the same amount', () => {
    expect(amount('1,500', 'JPY')).toBe(1500);
    expect(amount('1,234,567.80', 'USD')).toBe(123456780);
    expect(amount('1500.00', 'JPY')).toBe(1500);
    expect(amount('19.990', 'USD')).toBe(1999);
  });

  it('never goes through floating point', () => {
    // 0.29 * 100 is 28.999999999999996 in floating point.
    expect(amount('0.29', 'USD')).toBe(29);
    expect(amount('1.005', 'USD')).toMatch(/at most 2 decimals/);
    expect(amount('10000000.00', 'USD')).toBe(MAX_MINOR_AMOUNT);
  });

  it('says what is wrong in words', () => {
    expect(amount('19.999', 'USD')).toBe('USD amounts have at most 2 decimals, like 19.99');
    expect(amount('12.5', 'JPY')).toBe('JPY amounts have no decimals: type a whole number, like 1500');
    expect(amount('19,99', 'EUR')).toBe('Use a dot for the decimals, like 19.99');
    expect(amount('-5', 'USD')).toBe('Use 0 or more');
    expect(amount('$5', 'USD')).toBe('Type the amount as a number, like 19.99');
    expect(amount('1e3', 'USD')).toBe('Type the amount as a number, like 19.99');
    expect(amount('.', 'USD')).toBe('Type the amount as a number, like 19.99');
    expect(amount('', 'USD')).toBe('Type a price, like 19.99');
    expect(amount('10000000.01', 'USD')).toBe('Use at most 10,000,000 USD');
    expect(amount('99999999999999999999', 'JPY')).toBe('Use at most 1,000,000,000 JPY');
    expect(amount('5', 'XXX')).toBe('Choose the currency first');
  });
});
