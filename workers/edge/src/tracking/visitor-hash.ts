import { createHash } from 'node:crypto';

/**
 * A visitor id that rotates daily: SHA-256 of a secret salt, the UTC day, the IP, the user agent and
 * the site. The raw IP never leaves this function, and yesterday's hash cannot be linked to today's.
 * (node:crypto's synchronous hash: on every page view, WebCrypto's promise round trip costs far more
 * than the hashing itself.)
 */
export function visitorHash(
  salt: string,
  day: string,
  ip: string,
  userAgent: string,
  siteId: string,
): string {
  return createHash('sha256')
    .update(`${salt}|${day}|${ip}|${userAgent}|${siteId}`)
    .digest('hex')
    .slice(0, 32);
}
