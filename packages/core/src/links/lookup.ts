import { shortLinks } from '@mewayz/db/schema';
import { and, eq, isNull } from 'drizzle-orm';
import { type DB, dbOf } from '../data/db-handle.ts';
import type { CoreDeps } from '../deps.ts';

/** What the edge needs to answer a short link, cached in Redis under `shortlink:<domain>/<code>`. */
export interface ShortLinkTarget {
  id: string;
  organizationId: string;
  url: string;
  fallbackUrl: string | null;
  startsAt: string | null;
  expiresAt: string | null;
  passQuery: boolean;
  active: boolean;
}

export const shortLinkKey = (domain: string, code: string) => `shortlink:${domain}/${code}`;
const missingTtlSeconds = 60;

/** A one-minute "no such link" marker; `writeBack`: only where nothing is (SET NX). */
function writeMissingMarker(redis: CoreDeps['redis'], key: string, writeBack: boolean) {
  const opts = writeBack ? { ex: missingTtlSeconds, nx: true as const } : { ex: missingTtlSeconds };
  return redis.set(key, JSON.stringify({ missing: true }), opts);
}

/** Cache a short link for the edge (call after every create/update). */
export async function cacheShortLink(
  deps: Pick<CoreDeps, 'redis'>,
  domain: string,
  code: string,
  target: ShortLinkTarget,
) {
  await deps.redis.set(shortLinkKey(domain, code), JSON.stringify(target));
}

/**
 * Stop serving `<domain>/<code>`: a one-minute "missing" marker rather than a delete, so a click that
 * read the row from MySQL just before cannot write it back (write-backs only fill empty keys).
 */
export async function uncacheShortLink(deps: Pick<CoreDeps, 'redis'>, domain: string, code: string) {
  await writeMissingMarker(deps.redis, shortLinkKey(domain, code), false);
}

/** Resolve `<domain>/<code>`: Redis first, MySQL on a miss (written back, absent codes for a minute). */
export async function lookupShortLink(
  deps: Pick<CoreDeps, typeof DB | 'redis'>,
  domain: string,
  code: string,
): Promise<ShortLinkTarget | null> {
  const key = shortLinkKey(domain, code);
  const cached = await deps.redis.get<ShortLinkTarget | { missing: true }>(key);
  if (cached) return 'missing' in cached ? null : cached;
  const [row] = await dbOf(deps)
    .select()
    .from(shortLinks)
    .where(and(eq(shortLinks.domain, domain), eq(shortLinks.code, code), isNull(shortLinks.deletedAt)))
    .limit(1);
  // The column's collation compares case-insensitively, but codes are case-sensitive: `/promo` is
  // not `/Promo` (and must not be cached under a key the link's updates would never clear).
  if (!row || row.code !== code) {
    // NX: never over a value a writer stored meanwhile (a link created after this read of MySQL).
    await writeMissingMarker(deps.redis, key, true);
    return null;
  }
  const target: ShortLinkTarget = {
    id: row.id,
    organizationId: row.organizationId,
    url: row.url,
    fallbackUrl: row.fallbackUrl,
    startsAt: row.startsAt?.toISOString() ?? null,
    expiresAt: row.expiresAt?.toISOString() ?? null,
    passQuery: row.passQuery,
    active: row.active,
  };
  // NX: an update that stored a newer target after this read of MySQL wins.
  await deps.redis.set(key, JSON.stringify(target), { nx: true });
  return target;
}
