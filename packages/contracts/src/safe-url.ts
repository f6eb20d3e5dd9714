import { z } from '@hono/zod-openapi';
import { say } from './messages.ts';
import { hasControlCharacters } from './text.ts';

const linkProtocols = new Set(['http:', 'https:', 'mailto:', 'tel:']);
const webProtocols = new Set(['http:', 'https:']);

/** Longest URL stored (after normalisation). */
export const MAX_URL_LENGTH = 2048;

/** True when `value` parses as a URL whose scheme visitors may be sent to. */
export function isSafeLinkUrl(value: string): boolean {
  try {
    return linkProtocols.has(new URL(value).protocol);
  } catch {
    return false;
  }
}

const explicitScheme = /^[a-z][a-z0-9+.-]*:/i;

/**
 * A URL as a creator types it → its WHATWG serialisation (`new URL(x).href`), or null when it is not
 * one of `protocols`. Control characters are refused outright: the URL parser would silently drop tabs
 * and newlines or percent-encode a NUL, so what was typed and what is stored would differ. Like
 * Linktree, a scheme-less `example.org/shop` means `https://example.org/shop` — but only when what
 * comes before the first `/` looks like a host name with a dot, so `javascript:…` or `data:…` never
 * turn into hosts.
 */
export function normaliseUrl(input: string, protocols: ReadonlySet<string> = linkProtocols): string | null {
  const value = input.trim();
  if (!value || hasControlCharacters(value)) return null;
  let candidate = value;
  if (value.startsWith('//')) candidate = `https:${value}`;
  else if (!value.includes('://')) {
    const scheme = explicitScheme.exec(value)?.[0];
    // `example.org:8080/x` has a "scheme" with a dot: that is a host and port, not a scheme.
    if (!scheme || scheme.includes('.')) {
      const host = value.split(/[/?#]/, 1)[0]!.replace(/:\d*$/, '');
      if (!/^[^\s@]+\.[^\s.@]+$/.test(host)) return null;
      candidate = `https://${value}`;
    }
  }
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return null;
  }
  if (!protocols.has(url.protocol)) return null;
  if ((url.protocol === 'http:' || url.protocol === 'https:') && !url.hostname) return null;
  return url.href;
}

function urlField(protocols: ReadonlySet<string>, example: string) {
  return z
    .string({ error: (iss) => (iss.input == null ? say.required('web address') : say.url) })
    .trim()
    .min(1, { error: say.required('web address'), abort: true })
    .max(MAX_URL_LENGTH, { error: say.tooLong(MAX_URL_LENGTH), abort: true })
    .refine((v) => normaliseUrl(v, protocols) !== null, { error: say.url, abort: true })
    .overwrite((v) => normaliseUrl(v, protocols) ?? v)
    .max(MAX_URL_LENGTH, { error: say.tooLong(MAX_URL_LENGTH) })
    .openapi({ format: 'uri', maxLength: MAX_URL_LENGTH, example });
}

/**
 * A link target: http(s), mailto or tel only — never `javascript:` or `data:`. Stored and returned
 * normalised (`example.org/shop` → `https://example.org/shop`).
 */
export const linkUrl = urlField(linkProtocols, 'https://example.com/shop');

/** An http(s) URL (images, destinations of redirects), normalised like `linkUrl`. */
export const webUrl = urlField(webProtocols, 'https://example.com/image.png');

/** A path of the creator's own site (`/about`, `/store#new`): no host, so it follows the site to any domain. */
export const sitePathPattern =
  /^\/(?:[a-z0-9][a-z0-9-]*(?:\/[a-z0-9][a-z0-9-]*)*)?(?:#[A-Za-z0-9_-]{1,64})?$/;

export function isSitePath(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 256 && sitePathPattern.test(value);
}

/**
 * Where a section's button or card goes: one of the site's own paths (a template's "Book a call" →
 * `/get-in-touch`), or any link `linkUrl` accepts.
 */
export const sectionLinkUrl = z
  .string({ error: (iss) => (iss.input == null ? say.required('web address') : say.sectionLink) })
  .trim()
  .min(1, { error: say.required('web address'), abort: true })
  .max(MAX_URL_LENGTH, { error: say.tooLong(MAX_URL_LENGTH), abort: true })
  .refine((v) => isSitePath(v) || normaliseUrl(v) !== null, { error: say.sectionLink, abort: true })
  .overwrite((v) => (isSitePath(v) ? v : (normaliseUrl(v) ?? v)))
  .max(MAX_URL_LENGTH, { error: say.tooLong(MAX_URL_LENGTH) })
  .openapi({ format: 'uri-reference', maxLength: MAX_URL_LENGTH, example: '/about' });
