import { fromBase64Url, toBase64Url, utf8 } from '../crypto/encoding.ts';
import { timingSafeEqual } from '../crypto/hash.ts';

/**
 * Signed tokens in campaign links: the open pixel, click redirects and unsubscribe links. The payload
 * (organization, campaign, contact and, for a click, the destination) is HMAC-SHA256 signed, so the
 * edge trusts it without a database read and a click can only go where the sent email pointed: an
 * altered destination fails the signature (no open redirect).
 */
export type TrackingKind = 'open' | 'click' | 'unsubscribe' | 'confirm';
const kindCode: Record<TrackingKind, string> = { open: 'o', click: 'c', unsubscribe: 'u', confirm: 'f' };

export interface TrackingClaims {
  kind: TrackingKind;
  organizationId: string;
  /** The campaign; for `confirm` (a double opt-in link), the site whose form the contact used. */
  campaignId: string;
  contactId: string;
  /** Click tokens only: where the link goes. */
  url?: string;
}

const keys = new Map<string, Promise<CryptoKey>>();
function hmacKey(secret: string): Promise<CryptoKey> {
  let key = keys.get(secret);
  if (!key) {
    key = crypto.subtle.importKey(
      'raw',
      utf8.encode(`mewayz-email-tracking|${secret}`),
      { name: 'HMAC', hash: 'SHA-256' },
      false,
      ['sign'],
    );
    keys.set(secret, key);
  }
  return key;
}

async function mac(secret: string, payload: string): Promise<string> {
  const sig = await crypto.subtle.sign('HMAC', await hmacKey(secret), utf8.encode(payload));
  // 128 bits are plenty against forgery and keep links short.
  return toBase64Url(new Uint8Array(sig).slice(0, 16));
}

export async function signTracking(secret: string, claims: TrackingClaims): Promise<string> {
  const parts = [kindCode[claims.kind], claims.organizationId, claims.campaignId, claims.contactId];
  if (claims.kind === 'click') parts.push(claims.url ?? '');
  const payload = toBase64Url(utf8.encode(parts.join('\n')));
  return `${payload}.${await mac(secret, payload)}`;
}

/** The claims of a token this platform signed for `kind`, or null (forged, altered, other kind, junk). */
export async function verifyTracking(
  secret: string,
  token: string,
  kind: TrackingKind,
): Promise<TrackingClaims | null> {
  if (token.length > 4000) return null;
  const dot = token.lastIndexOf('.');
  if (dot <= 0) return null;
  const payload = token.slice(0, dot);
  if (!/^[A-Za-z0-9_-]+$/.test(payload)) return null;
  if (!timingSafeEqual(await mac(secret, payload), token.slice(dot + 1))) return null;
  let parts: string[];
  try {
    parts = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false })
      .decode(fromBase64Url(payload))
      .split('\n');
  } catch {
    return null;
  }
  const [code, organizationId, campaignId, contactId, url] = parts;
  if (code !== kindCode[kind] || !organizationId || !campaignId || !contactId) return null;
  if (kind === 'click' && !url) return null;
  return { kind, organizationId, campaignId, contactId, ...(kind === 'click' ? { url } : {}) };
}
