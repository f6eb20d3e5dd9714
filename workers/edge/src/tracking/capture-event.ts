import type { EdgeRequest } from '../platform/hono-env.ts';
import { classifyRequest } from './classify-request.ts';
import { enqueueEvent, type PendingEvent } from './event-batcher.ts';
import { visitorHash } from './visitor-hash.ts';

const utmFields = [
  ['utm_source', 'utmSource'],
  ['utm_medium', 'utmMedium'],
  ['utm_campaign', 'utmCampaign'],
  ['utm_term', 'utmTerm'],
  ['utm_content', 'utmContent'],
] as const;

function referrerHost(req: Request, ownHost: string): string {
  const ref = req.headers.get('referer');
  if (!ref) return '';
  try {
    const h = new URL(ref).hostname.toLowerCase();
    // Moving around one's own site is not a referral.
    return h === ownHost ? '' : h.slice(0, 253);
  } catch {
    return '';
  }
}

/**
 * The visitor's country and city. Cloudflare's front line sets `cf-ipcountry` on every request (and
 * `cf-ipcity` once the zone's "Add visitor location headers" managed transform is on, see
 * docs/deploy.md): a header read costs far less than `request.cf`, which workerd builds from JSON on
 * first access — about a twentieth of a cached page view's CPU. `request.cf` is read only when no
 * country header came (local workerd, IP geolocation turned off).
 */
function geoOf(req: Request, headers: Headers): { country?: string; city?: string } {
  const country = headers.get('cf-ipcountry');
  if (country !== null) return { country, city: headers.get('cf-ipcity') ?? undefined };
  const cf = (req as Request & { cf?: { country?: string; city?: string } }).cf;
  return { country: cf?.country, city: cf?.city };
}

/** `YYYY-MM-DDTHH:MM:SS.` of the second last formatted: views arrive many a second. */
let isoSecond = { second: Number.NaN, prefix: '' };

/**
 * `now.toISOString()`, with the date and time up to the second formatted once per second: the
 * native formatting was a twentieth of a cached view's CPU.
 */
export function isoInstant(now: Date): string {
  const ms = now.getTime();
  const second = Math.floor(ms / 1000);
  if (second !== isoSecond.second) isoSecond = { second, prefix: now.toISOString().slice(0, 20) };
  const frac = ms - second * 1000;
  return `${isoSecond.prefix}${frac < 10 ? '00' : frac < 100 ? '0' : ''}${frac}Z`;
}

export interface EventTarget {
  kind: 'view' | 'click';
  organizationId: string;
  siteId: string;
  linkId: string;
  /** Which of the block's links was followed (`/go/<block>/<n>`); absent for a block's only link. */
  linkItem?: number;
  host: string;
}

/**
 * Build the analytics event for this request (synchronous and cheap: it runs on every view and click).
 * Empty fields are left out — the consumer's schema fills them in — so a bundle of events is small
 * to serialise and send.
 */
export function buildEvent(
  req: Request,
  url: URL,
  target: EventTarget,
  salt: string,
  now: Date,
): PendingEvent {
  const cls = classifyRequest(req);
  const occurredAt = isoInstant(now);
  const headers = req.headers;
  const ip = headers.get('cf-connecting-ip') ?? headers.get('x-real-ip') ?? '';
  const event: PendingEvent = {
    kind: target.kind,
    organizationId: target.organizationId,
    occurredAt,
    device: cls.device,
    browser: cls.browser,
    os: cls.os,
    visitorHash: visitorHash(
      salt,
      occurredAt.slice(0, 10),
      ip,
      cls.userAgent,
      target.siteId || target.linkId,
    ),
    isBot: cls.excluded,
  };
  if (target.siteId) event.siteId = target.siteId;
  if (target.linkId) event.linkId = target.linkId;
  if (target.linkItem !== undefined) event.linkItem = target.linkItem;
  const geo = geoOf(req, headers);
  // `XX`: Cloudflare does not know the country.
  if (geo.country && geo.country !== 'XX') event.country = geo.country.slice(0, 2).toUpperCase();
  if (geo.city) event.city = geo.city.slice(0, 80);
  const referrer = referrerHost(req, target.host);
  if (referrer) event.referrerHost = referrer;
  if (url.search) {
    for (const [param, field] of utmFields) {
      const value = url.searchParams.get(param);
      if (value) event[field] = value.slice(0, 100);
    }
  }
  return event;
}

/**
 * Record this request's view or click. Building the event is synchronous and cheap; sending is
 * batched after the response (event-batcher), so the visitor never waits for the queue. A failure is
 * logged, not thrown: losing analytics must never break a page or a redirect.
 */
export function trackHit(r: EdgeRequest, target: Omit<EventTarget, 'host'>): void {
  const { deps, host } = r;
  try {
    const event = buildEvent(r.raw, r.url, { ...target, host }, deps.vars.VISITOR_SALT, deps.now());
    enqueueEvent(r.ctx, r.env.EVENTS, event, deps.log);
  } catch (err) {
    r.log.error('event capture failed', { error: err });
  }
}
