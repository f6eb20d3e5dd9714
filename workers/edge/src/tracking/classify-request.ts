import { isbot } from 'isbot';
import { UAParser } from 'ua-parser-js';

export interface ClientClass {
  device: string;
  browser: string;
  os: string;
  /** Bots, link-preview fetchers, HEAD and prefetch requests: recorded, but never counted as visits. */
  excluded: boolean;
}

/** Classify the visitor from headers alone (no client JavaScript). */
export function classifyRequest(req: Request): ClientClass {
  const ua = req.headers.get('user-agent') ?? '';
  const parsed = new UAParser(ua).getResult();
  const prefetch =
    req.headers.get('sec-purpose')?.includes('prefetch') ||
    req.headers.get('purpose') === 'prefetch' ||
    req.headers.get('x-moz') === 'prefetch' ||
    req.headers.get('x-purpose') === 'preview';
  const excluded = req.method === 'HEAD' || Boolean(prefetch) || ua === '' || isbot(ua);
  const type = parsed.device.type;
  const device = type === 'mobile' || type === 'tablet' ? type : type ? 'other' : 'desktop';
  return {
    device: excluded ? 'bot' : device,
    browser: (parsed.browser.name ?? 'Other').slice(0, 40),
    os: (parsed.os.name ?? 'Other').slice(0, 40),
    excluded,
  };
}
