import type { SiteSnapshot } from '@mewayz/contracts';
import type { Redis } from '../data/redis.ts';

const siteKey = (host: string) => `site:${host}`;
/** A marker for "no site on this host", so floods of unknown hosts do not reach MySQL. */
const missingMarker = { missing: true } as const;
const missingTtlSeconds = 60;

export type StoredSnapshot = SiteSnapshot | typeof missingMarker | null;

/** Read the compiled snapshot served on `host` (null: not cached; `{missing}`: known to be absent). */
export async function readSnapshot(redis: Redis, host: string): Promise<StoredSnapshot> {
  return (await redis.get<SiteSnapshot | typeof missingMarker>(siteKey(host))) ?? null;
}

/** Store the snapshot for each of its hosts (no TTL: publishing replaces it). */
export async function writeSnapshot(redis: Redis, hosts: string[], snapshot: SiteSnapshot): Promise<void> {
  if (hosts.length === 0) return;
  const p = redis.pipeline();
  const json = JSON.stringify(snapshot);
  for (const h of hosts) p.set(siteKey(h), json);
  await p.exec();
}

export async function writeMissing(redis: Redis, host: string): Promise<void> {
  await redis.set(siteKey(host), JSON.stringify(missingMarker), { ex: missingTtlSeconds });
}

export async function deleteSnapshots(redis: Redis, hosts: string[]): Promise<void> {
  if (hosts.length) await redis.del(...hosts.map(siteKey));
}

export function isMissing(s: StoredSnapshot): s is typeof missingMarker {
  return s !== null && 'missing' in s;
}
