import { fromBase64, toBase64, utf8 } from '../crypto/encoding.ts';
import { timingSafeEqual } from '../crypto/hash.ts';
import { randomBytes } from '../crypto/random.ts';

/**
 * Standard Webhooks signatures (https://www.standardwebhooks.com): `webhook-signature` carries
 * space-separated `v1,<base64 HMAC-SHA256(key, "<id>.<timestamp>.<body>")>`, one per valid secret, where
 * the key is the base64 part of `whsec_<base64>`. WebCrypto only, so it runs in workerd and Node alike.
 */
export const secretPrefix = 'whsec_';

/** A new signing secret: `whsec_` + 24 random bytes in base64 (32 characters). */
export function newWebhookSecret(): string {
  return `${secretPrefix}${toBase64(randomBytes(24))}`;
}

const keys = new Map<string, Promise<CryptoKey>>();

function keyOf(secret: string): Promise<CryptoKey> {
  let key = keys.get(secret);
  if (!key) {
    const raw = fromBase64(secret.startsWith(secretPrefix) ? secret.slice(secretPrefix.length) : secret);
    key = crypto.subtle.importKey('raw', raw, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
    if (keys.size > 500) keys.clear();
    keys.set(secret, key);
  }
  return key;
}

/** One `v1,<base64>` signature of a message. */
export async function signOne(secret: string, id: string, timestamp: number, body: string): Promise<string> {
  const mac = await crypto.subtle.sign(
    'HMAC',
    await keyOf(secret),
    utf8.encode(`${id}.${timestamp}.${body}`),
  );
  return `v1,${toBase64(new Uint8Array(mac))}`;
}

/** The three headers of one attempt, signed with every secret given (current first). */
export async function signedHeaders(
  secrets: readonly string[],
  id: string,
  timestamp: number,
  body: string,
): Promise<Record<'webhook-id' | 'webhook-timestamp' | 'webhook-signature', string>> {
  const signatures = await Promise.all(secrets.map((s) => signOne(s, id, timestamp, body)));
  return {
    'webhook-id': id,
    'webhook-timestamp': String(timestamp),
    'webhook-signature': signatures.join(' '),
  };
}

/** How far a timestamp may be from the receiver's clock (the spec's recommended tolerance). */
export const timestampToleranceSeconds = 5 * 60;

/**
 * Verify a message as a receiver would (the devstack receiver and tests use it): any `v1` signature
 * made with `secret` over the exact body, and a timestamp within the tolerance of `nowSeconds`.
 */
export async function verifyWebhook(
  secret: string,
  headers: { get(name: string): string | null },
  body: string,
  nowSeconds = Math.floor(Date.now() / 1000),
): Promise<{ ok: true } | { ok: false; reason: string }> {
  const id = headers.get('webhook-id');
  const ts = headers.get('webhook-timestamp');
  const sig = headers.get('webhook-signature');
  if (!id || !ts || !sig) return { ok: false, reason: 'missing webhook-* headers' };
  const timestamp = Number(ts);
  if (!Number.isInteger(timestamp)) return { ok: false, reason: 'bad timestamp' };
  if (Math.abs(nowSeconds - timestamp) > timestampToleranceSeconds)
    return { ok: false, reason: 'timestamp outside the tolerance' };
  const expected = await signOne(secret, id, timestamp, body);
  const match = sig.split(' ').some((s) => s.startsWith('v1,') && timingSafeEqual(s, expected));
  return match ? { ok: true } : { ok: false, reason: 'no matching signature' };
}
