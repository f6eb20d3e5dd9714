import { fromBase64Url, toBase64Url, utf8 } from '../crypto/encoding.ts';
import { timingSafeEqual } from '../crypto/hash.ts';
import { randomBytes } from '../crypto/random.ts';

/**
 * Password hashing: PBKDF2-HMAC-SHA256 through WebCrypto, the only slow KDF Workers run natively.
 * Production Workers refuse PBKDF2 above 100,000 iterations (local workerd does not), so we sit
 * exactly at that cap. Hashes are versioned strings `pbkdf2-sha256$<iterations>$<salt>$<hash>` so a
 * change of parameters is picked up by rehash-on-sign-in. See docs/security.md for the cost.
 */
export const PASSWORD_SCHEME = 'pbkdf2-sha256';
/** The most PBKDF2 iterations Cloudflare's production runtime accepts. */
export const WORKERS_PBKDF2_MAX_ITERATIONS = 100_000;
export const PASSWORD_ITERATIONS = 100_000;
const saltBytes = 16;
const hashBytes = 32;

export const PASSWORD_MIN_LENGTH = 10;
/** Long enough for any passphrase, short enough that nobody feeds megabytes into the KDF. */
export const PASSWORD_MAX_LENGTH = 256;

async function derive(password: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', utf8.encode(password.normalize('NFKC')), 'PBKDF2', false, [
    'deriveBits',
  ]);
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    key,
    hashBytes * 8,
  );
  return new Uint8Array(bits);
}

/** Hash a password with the current parameters. */
export async function hashPassword(password: string, iterations = PASSWORD_ITERATIONS): Promise<string> {
  if (iterations > WORKERS_PBKDF2_MAX_ITERATIONS)
    throw new Error('PBKDF2 iterations above what Workers accept');
  const salt = randomBytes(saltBytes);
  const hash = await derive(password, salt, iterations);
  return `${PASSWORD_SCHEME}$${iterations}$${toBase64Url(salt)}$${toBase64Url(hash)}`;
}

export interface ParsedPasswordHash {
  scheme: string;
  iterations: number;
  salt: Uint8Array;
  hash: Uint8Array;
}

export function parsePasswordHash(stored: string): ParsedPasswordHash | null {
  const [scheme, iter, salt, hash, ...rest] = stored.split('$');
  if (scheme !== PASSWORD_SCHEME || !iter || !salt || !hash || rest.length) return null;
  const iterations = Number(iter);
  if (!Number.isSafeInteger(iterations) || iterations < 1 || iterations > WORKERS_PBKDF2_MAX_ITERATIONS)
    return null;
  return { scheme, iterations, salt: fromBase64Url(salt), hash: fromBase64Url(hash) };
}

export interface PasswordCheck {
  ok: boolean;
  /** The hash was made with other parameters than today's: store a fresh one. */
  needsRehash: boolean;
}

/** Check a password against a stored hash (constant-time compare). */
export async function verifyPassword(password: string, stored: string): Promise<PasswordCheck> {
  const parsed = parsePasswordHash(stored);
  if (!parsed || password.length > PASSWORD_MAX_LENGTH) return { ok: false, needsRehash: false };
  const candidate = await derive(password, parsed.salt, parsed.iterations);
  const ok = timingSafeEqual(toBase64Url(candidate), toBase64Url(parsed.hash));
  return {
    ok,
    needsRehash: ok && (parsed.iterations !== PASSWORD_ITERATIONS || parsed.salt.length !== saltBytes),
  };
}

let dummyHash: Promise<string> | null = null;

/**
 * Spend the time of one verification without a user, so "no such account" and "wrong password"
 * take equally long and sign-in does not reveal which emails are registered.
 */
export async function burnPasswordCheck(password: string): Promise<void> {
  dummyHash ??= hashPassword('not-a-real-password-just-timing');
  await verifyPassword(password.slice(0, PASSWORD_MAX_LENGTH), await dummyHash);
}
