import { type PlatformConfig, publicOrigin } from '@mewayz/core';

/**
 * The only site responses the edge caches; anything else (an opened embed, a signup thank-you) is
 * rendered from the Redis snapshot. A closed list means a publish can purge every cached page exactly.
 */
export const cacheablePaths = ['/', '/?age-confirmed', '/robots.txt', '/sitemap.xml'] as const;
export type CacheablePath = (typeof cacheablePaths)[number];

/** The Cache API key of a page: the public URL, independent of the visitor's query string. */
export function pageCacheKey(config: PlatformConfig, host: string, path: CacheablePath): string {
  return `${publicOrigin(config, host)}${path}`;
}

const maxEdgeTtlSeconds = 86_400;

/** How long the edge may keep a page: until the next scheduled block change, at most a day. */
export function edgeTtlSeconds(now: Date, nextChangeAt: Date | null): number {
  if (!nextChangeAt) return maxEdgeTtlSeconds;
  return Math.max(0, Math.min(maxEdgeTtlSeconds, Math.floor((nextChangeAt.getTime() - now.getTime()) / 1000)));
}

/** Browsers always revalidate (ETag/304), so a publish is visible to them on the next load too. */
export const browserCacheControl = 'public, max-age=0, must-revalidate';

/** Answer 304 when the browser already holds this exact version. */
export function notModified(req: Request, etag: string): boolean {
  const inm = req.headers.get('if-none-match');
  return inm !== null && inm.split(',').some((t) => t.trim() === etag || t.trim() === `W/${etag}`);
}
