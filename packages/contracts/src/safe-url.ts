import { z } from '@hono/zod-openapi';

const linkProtocols = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/** True when `value` parses as a URL whose scheme visitors may be sent to. */
export function isSafeLinkUrl(value: string): boolean {
  try {
    return linkProtocols.has(new URL(value).protocol);
  } catch {
    return false;
  }
}

/** A link target: http(s), mailto or tel only — never `javascript:` or `data:`. */
export const linkUrl = z
  .string()
  .trim()
  .max(2048)
  .refine(isSafeLinkUrl, { message: 'must be an http(s), mailto: or tel: URL' })
  .openapi({ example: 'https://example.com/shop' });

/** An http(s) URL (images, destinations of redirects). */
export const webUrl = z
  .string()
  .trim()
  .max(2048)
  .refine(
    (v) => {
      try {
        const p = new URL(v).protocol;
        return p === 'http:' || p === 'https:';
      } catch {
        return false;
      }
    },
    { message: 'must be an http(s) URL' },
  );
