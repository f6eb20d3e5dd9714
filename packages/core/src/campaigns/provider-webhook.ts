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
 * The campaign event a verified Resend webhook body describes, or null for types and emails that are not
 * a campaign's (transactional mail has no campaign tags). Tags arrive as an object or a list of pairs.
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
  return campaignEventOf(kind, tags, createdAt);
}

/** The event when the tags name a campaign's recipient; the provider's time unless it is implausible. */
function campaignEventOf(
  type: ProviderEvent['type'],
  tags: Record<string, string>,
  reportedAt: unknown,
  now = new Date(),
): ProviderEvent | null {
  if (
    !isCanonicalId('organization', tags.organization ?? '') ||
    !isCanonicalId('campaign', tags.campaign ?? '') ||
    !isCanonicalId('contact', tags.contact ?? '')
  )
    return null;
  const parsed = typeof reportedAt === 'string' ? Date.parse(reportedAt) : Number.NaN;
  // A time far from now (a typo, a hostile value, or beyond MySQL's DATETIME) would skew reports: use now.
  const at =
    Number.isFinite(parsed) && Math.abs(parsed - now.getTime()) < MAX_EVENT_AGE_MS ? new Date(parsed) : now;
  return {
    type,
    organizationId: tags.organization!,
    campaignId: tags.campaign!,
    contactId: tags.contact!,
    at,
  };
}

/** Providers report late (Elastic retries a bounce for up to days), never months late. */
const MAX_EVENT_AGE_MS = 30 * 24 * 3_600_000;

/**
 * Elastic Email's `postback` value for a message: its tags as `name=value` pairs joined by `;` (ids and
 * tag names never contain either). Elastic echoes it in every HTTP web notification of the message.
 */
export function elasticPostback(tags: Record<string, string>): string {
  return Object.entries(tags)
    .map(([k, v]) => `${k}=${v}`)
    .join(';');
}

function tagsOfPostback(postback: string): Record<string, string> {
  const tags: Record<string, string> = {};
  for (const pair of postback.slice(0, 500).split(';')) {
    const eq = pair.indexOf('=');
    if (eq > 0) tags[pair.slice(0, eq).trim()] = pair.slice(eq + 1).trim();
  }
  return tags;
}

/**
 * Elastic Email's bounce categories that mean the address will not take mail (suppress it). The others
 * (GreyListed, Throttled, Timeout, ConnectionProblem, ManualCancel, CodeError, …) are about this one
 * attempt or our own account, and must not take a reader off the list.
 */
const elasticHardBounces = new Set([
  'nomailbox',
  'accountproblem',
  'dnsproblem',
  'blacklisted',
  'spam',
  'contentfilter',
  'notdelivered',
]);

/**
 * The campaign event of an Elastic Email HTTP web notification (its documented URL parameters:
 * `status` Sent | Opened | Clicked | Error | AbuseReport | Unsubscribed, `category` for errors, `date`
 * in UTC, `postback` as sent), or null for what we do not act on: opens and clicks (our own pixel and
 * links count those), soft errors, and mail that is not a campaign's.
 */
export function elasticEventOf(params: Record<string, string>): ProviderEvent | null {
  const status = (params.status ?? '').toLowerCase();
  const category = (params.category ?? '').toLowerCase();
  let type: ProviderEvent['type'] | null = null;
  if (status === 'sent') type = 'delivered';
  else if (status === 'abusereport') type = 'complaint';
  else if (status === 'unsubscribed') type = 'unsubscribe';
  else if (status === 'error' && elasticHardBounces.has(category)) type = 'bounce';
  if (!type) return null;
  // `date` comes as `YYYY-MM-DD HH:MM:SS` (UTC, no zone): read it as UTC.
  const date = (params.date ?? '').trim();
  const iso = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(date)
    ? `${date.replace(' ', 'T')}Z`
    : date;
  return campaignEventOf(type, tagsOfPostback(params.postback ?? ''), iso || undefined);
}

/**
 * Elastic Email does not sign its notifications, so the notification URL carries a secret path segment
 * (`/webhooks/email/elastic/<token>`), compared in constant time. Only https keeps it secret in transit.
 */
export function verifyElasticToken(expected: string, given: string): void {
  if (!expected || !timingSafeEqual(given, expected))
    throw new Unauthorized('Unknown notification URL.', 'invalid_token');
}
