import { isCanonicalId } from '@mewayz/contracts';
import { fromBase64, toBase64, utf8 } from '../crypto/encoding.ts';
import { timingSafeEqual } from '../crypto/hash.ts';
import { Unauthorized } from '../errors.ts';
import type { ProviderEvent } from './engagement.ts';

/** How far a webhook's timestamp may be from now (replays of old deliveries are refused). */
const TOLERANCE_S = 5 * 60;

/**
 * Verify a Resend webhook (Svix signing: `svix-id`, `svix-timestamp`, `svix-signature` with one or
 * more `v1,<base64 HMAC-SHA256>` over `<id>.<timestamp>.<raw body>`, keyed by the `whsec_` secret).
 */
export async function verifyProviderWebhook(
  secret: string,
  headers: { id: string | null; timestamp: string | null; signature: string | null },
  rawBody: string,
  now: Date,
): Promise<void> {
  if (!headers.id || !headers.timestamp || !headers.signature)
    throw new Unauthorized('Missing signature.', 'invalid_signature');
  const ts = Number(headers.timestamp);
  if (!Number.isInteger(ts) || Math.abs(now.getTime() / 1000 - ts) > TOLERANCE_S) {
    throw new Unauthorized('Stale or invalid timestamp.', 'invalid_signature');
  }
  const expected = await svixSignature(secret, headers.id, headers.timestamp, rawBody);
  const given = headers.signature.split(' ').map((s) => s.split(',')[1] ?? '');
  if (!given.some((g) => timingSafeEqual(g, expected)))
    throw new Unauthorized('Bad signature.', 'invalid_signature');
}

export async function svixSignature(
  secret: string,
  id: string,
  timestamp: string,
  body: string,
): Promise<string> {
  const key = await crypto.subtle.importKey(
    'raw',
    fromBase64(secret.replace(/^whsec_/, '')),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  return toBase64(
    new Uint8Array(await crypto.subtle.sign('HMAC', key, utf8.encode(`${id}.${timestamp}.${body}`))),
  );
}

/**
 * The campaign event a verified webhook body describes, or null for types and emails that are not a
 * campaign's (transactional mail has no campaign tags). Tags arrive as an object or a list of pairs.
 */
export function providerEventOf(body: unknown): ProviderEvent | null {
  if (!body || typeof body !== 'object') return null;
  const {
    type,
    created_at: createdAt,
    data,
  } = body as { type?: unknown; created_at?: unknown; data?: unknown };
  const kind = { 'email.delivered': 'delivered', 'email.bounced': 'bounce', 'email.complained': 'complaint' }[
    String(type)
  ] as ProviderEvent['type'] | undefined;
  if (!kind || !data || typeof data !== 'object') return null;
  const rawTags = (data as { tags?: unknown }).tags;
  const tags: Record<string, string> = {};
  if (Array.isArray(rawTags)) {
    for (const t of rawTags)
      if (t && typeof t === 'object')
        tags[String((t as { name: unknown }).name)] = String((t as { value: unknown }).value);
  } else if (rawTags && typeof rawTags === 'object') {
    for (const [k, v] of Object.entries(rawTags)) tags[k] = String(v);
  }
  if (
    !isCanonicalId('organization', tags.organization ?? '') ||
    !isCanonicalId('campaign', tags.campaign ?? '') ||
    !isCanonicalId('contact', tags.contact ?? '')
  )
    return null;
  const at =
    typeof createdAt === 'string' && !Number.isNaN(Date.parse(createdAt)) ? new Date(createdAt) : new Date();
  return {
    type: kind,
    organizationId: tags.organization!,
    campaignId: tags.campaign!,
    contactId: tags.contact!,
    at,
  };
}
