import { isbot } from 'isbot';
import { UAParser } from 'ua-parser-js';
import { LruMap } from '../platform/lru-map.ts';

export interface ClientClass {
  device: string;
  browser: string;
  os: string;
  /** Bots, link-preview fetchers, HEAD and prefetch requests: recorded, but never counted as visits. */
  excluded: boolean;
  /** The User-Agent header as classified (at most 512 characters). */
  userAgent: string;
}

type UaClass = Omit<ClientClass, 'excluded' | 'userAgent'> & {
  bot: boolean;
  /** The browser-specific prefetch/preview header this browser family sends, if any. */
  legacyMarker: 'x-moz' | 'x-purpose' | null;
};

/** User agents repeat heavily; parsing one costs far more than a map lookup. */
const byUserAgent = new LruMap<string, UaClass>(1000);

function classifyUserAgent(ua: string): UaClass {
  const known = byUserAgent.get(ua);
  if (known) return known;
  const parsed = new UAParser(ua).getResult();
  const type = parsed.device.type;
  const result: UaClass = {
    device: type === 'mobile' || type === 'tablet' ? type : type ? 'other' : 'desktop',
    browser: (parsed.browser.name ?? 'Other').slice(0, 40),
    os: (parsed.os.name ?? 'Other').slice(0, 40),
    bot: ua === '' || isbot(ua),
    // Firefox marks link prefetches with X-Moz; Safari marks Top Sites previews with X-Purpose.
    legacyMarker: /firefox/i.test(parsed.browser.name ?? '')
      ? 'x-moz'
      : /safari/i.test(parsed.browser.name ?? '')
        ? 'x-purpose'
        : null,
  };
  byUserAgent.set(ua, result);
  return result;
}

/** Classify the visitor from headers alone (no client JavaScript). */
export function classifyRequest(req: Request): ClientClass {
  // One read of `req.headers` (each property read of a Request crosses into the runtime).
  const headers = req.headers;
  const ua = (headers.get('user-agent') ?? '').slice(0, 512);
  const cls = classifyUserAgent(ua);
  // Standard markers from any browser; the legacy ones are only read where their browser sends them
  // (every header read costs a call into the runtime, on every view and click).
  const prefetch =
    headers.get('sec-purpose')?.includes('prefetch') ||
    headers.get('purpose') === 'prefetch' ||
    (cls.legacyMarker === 'x-moz' && headers.get('x-moz') === 'prefetch') ||
    (cls.legacyMarker === 'x-purpose' && headers.get('x-purpose') === 'preview');
  const excluded = req.method === 'HEAD' || Boolean(prefetch) || cls.bot;
  return { device: excluded ? 'bot' : cls.device, browser: cls.browser, os: cls.os, excluded, userAgent: ua };
}
