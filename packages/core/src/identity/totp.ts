import { fromBase32, toBase32 } from '../crypto/encoding.ts';
import { randomBytes } from '../crypto/random.ts';

/** TOTP (RFC 6238) over WebCrypto HMAC: 30-second steps, 6 digits, SHA-1 for authenticator apps. */
export type TotpAlgorithm = 'SHA-1' | 'SHA-256' | 'SHA-512';

export interface TotpOptions {
  digits?: number;
  period?: number;
  algorithm?: TotpAlgorithm;
}

const defaults = { digits: 6, period: 30, algorithm: 'SHA-1' as TotpAlgorithm };

/** The time step of an instant (seconds since the epoch / period). */
export function totpStep(at: Date, period = defaults.period): number {
  return Math.floor(at.getTime() / 1000 / period);
}

/** The HOTP value (RFC 4226) of `secret` at counter `step`. */
export async function hotp(secret: Uint8Array, step: number, opts: TotpOptions = {}): Promise<string> {
  const { digits, algorithm } = { ...defaults, ...opts };
  const counter = new Uint8Array(8);
  new DataView(counter.buffer).setBigUint64(0, BigInt(step));
  const key = await crypto.subtle.importKey('raw', secret, { name: 'HMAC', hash: algorithm }, false, [
    'sign',
  ]);
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, counter));
  const offset = mac[mac.length - 1]! & 0x0f;
  const bin =
    ((mac[offset]! & 0x7f) << 24) | (mac[offset + 1]! << 16) | (mac[offset + 2]! << 8) | mac[offset + 3]!;
  return String(bin % 10 ** digits).padStart(digits, '0');
}

/** The TOTP code of `secret` at instant `at`. */
export function totpCode(secret: Uint8Array, at: Date, opts: TotpOptions = {}): Promise<string> {
  return hotp(secret, totpStep(at, opts.period), opts);
}

/**
 * Check a code against the current step and one step either side (clock drift). Returns the step
 * that matched, or null. A step at or before `lastUsedStep` is refused: a code works only once.
 */
export async function verifyTotp(
  secret: Uint8Array,
  code: string,
  at: Date,
  lastUsedStep: number | null,
  opts: TotpOptions = {},
): Promise<number | null> {
  const digits = opts.digits ?? defaults.digits;
  if (!new RegExp(`^[0-9]{${digits}}$`).test(code)) return null;
  const now = totpStep(at, opts.period);
  for (const step of [now - 1, now, now + 1]) {
    if (lastUsedStep !== null && step <= lastUsedStep) continue;
    if ((await hotp(secret, step, opts)) === code) return step;
  }
  return null;
}

/** A new 160-bit secret, base32 (what the authenticator app is given). */
export function newTotpSecret(): string {
  return toBase32(randomBytes(20));
}

export function decodeTotpSecret(base32: string): Uint8Array {
  return fromBase32(base32);
}

/** The otpauth:// URI an authenticator app reads from a QR code. */
export function totpUri(secretBase32: string, account: string, issuer = 'Mewayz'): string {
  const label = encodeURIComponent(`${issuer}:${account}`);
  const params = new URLSearchParams({
    secret: secretBase32,
    issuer,
    algorithm: 'SHA1',
    digits: '6',
    period: '30',
  });
  return `otpauth://totp/${label}?${params}`;
}
