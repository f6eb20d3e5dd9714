import { randomBytes } from 'node:crypto';

const alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** Random base62 characters (a byte's value modulo 62 is close enough to uniform for ids). */
export function base62(length: number): string {
  return [...randomBytes(length)].map((b) => alphabet[b % 62]).join('');
}

/**
 * An id shaped like Stripe's: its prefix (`pi`, `ch`, `re`, `evt`, …) and random base62 characters;
 * Checkout Sessions carry `cs_test_` and a longer tail, connected accounts a shorter one, as Stripe's do.
 */
export function stripeId(prefix: string): string {
  if (prefix === 'cs') return `cs_test_${base62(58)}`;
  if (prefix === 'acct') return `acct_${base62(16)}`;
  if (prefix === 'req' || prefix === 'prod') return `${prefix}_${base62(14)}`;
  return `${prefix}_${base62(24)}`;
}
