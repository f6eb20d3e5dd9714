import { isSafeLinkUrl } from '@mewayz/contracts';

const hexColor = /^#[0-9a-f]{6}$/i;

/** The value when it is a `#rrggbb` colour, else null — colours end up inside CSS, so nothing else passes. */
export function hexColorOrNull(value: unknown): string | null {
  return typeof value === 'string' && hexColor.test(value) ? value.toLowerCase() : null;
}

/** The URL when visitors may be sent to it (http(s), mailto, tel), else null. */
export function linkOrNull(value: unknown): string | null {
  return typeof value === 'string' && isSafeLinkUrl(value) ? value : null;
}

/**
 * The URL when the page may load it as an image, else null: `https:` anywhere (what the CSP allows),
 * or the page's own origin (local development serves media over http from the edge itself).
 */
export function imageUrlOrNull(value: unknown, pageOrigin: string): string | null {
  if (typeof value !== 'string') return null;
  try {
    const url = new URL(value);
    if (url.protocol === 'https:') return url.href;
    if (url.protocol === 'http:' && url.origin === new URL(pageOrigin).origin) return url.href;
    return null;
  } catch {
    return null;
  }
}

/** The HTML id of a block's wrapper, used as a fragment to come back to the block. */
export function blockAnchor(blockId: string): string {
  return `b-${blockId.replace(/[^A-Za-z0-9_-]/g, '')}`;
}

/** Whether `href` is a same-site path (`/x`, not the protocol-relative `//x` nor `/\x`). */
export function isSameSitePath(href: string): boolean {
  return /^\/(?![/\\])/.test(href);
}

function hasControlOrSpace(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c <= 0x20 || c === 0x7f) return true;
  }
  return /\s/.test(value);
}

/** `href` when it is a same-site path or a safe absolute link, else null. */
export function navigableOrNull(href: unknown): string | null {
  if (typeof href !== 'string') return null;
  if (isSameSitePath(href) && !hasControlOrSpace(href)) return href;
  return linkOrNull(href);
}

/** The URL when it is an absolute http(s) URL (for metadata such as og:image), else null. */
export function httpUrlOrNull(value: unknown): string | null {
  const url = linkOrNull(value);
  return url && /^https?:/i.test(url) ? url : null;
}

/** `scheme://host[:port]` of an origin given with or without a trailing slash or path; throws when invalid. */
export function normalizeOrigin(value: string): string {
  const url = new URL(value);
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new TypeError(`not an http(s) origin: ${value}`);
  return url.origin;
}

/** Escape text for XML/HTML contexts that are built as strings rather than through JSX. */
export function escapeXml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
