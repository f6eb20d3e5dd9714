import type { SiteSnapshot } from '@mewayz/contracts';
import type { Redis } from '../data/redis.ts';

/**
 * Redis layout of published sites, per host:
 * - `site:<host>`    the compiled snapshot (JSON);
 * - `sitever:<host>` a tiny pointer `<siteId>:<version>`, or `missing` for a host with no site.
 * The pointer lets the edge check "is my in-memory copy current?" without moving the whole snapshot.
 */
const siteKey = (host: string) => `site:${host}`;
const pointerKey = (host: string) => `sitever:${host}`;

export const missingPointer = 'missing';
const missingTtlSeconds = 60;

/** `<siteId>:<version>` — identifies one immutable published version of a site. */
export function snapshotPointer(snapshot: Pick<SiteSnapshot, 'siteId' | 'version'>): string {
  return `${snapshot.siteId}:${snapshot.version}`;
}

/** Read the snapshot served on `host`: the snapshot, `missing` (known to have no site) or null (unknown). */
export async function readSnapshot(
  redis: Redis,
  host: string,
): Promise<SiteSnapshot | typeof missingPointer | null> {
  const value = await redis.get<SiteSnapshot | { missing: true }>(siteKey(host));
  if (value === null) return null;
  return 'missing' in value ? missingPointer : value;
}

/** The pointer for `host`: `<siteId>:<version>`, `missing`, or null when Redis has nothing. */
export async function readPointer(redis: Redis, host: string): Promise<string | null> {
  const value = await redis.get<string | number>(pointerKey(host));
  return value === null ? null : String(value);
}

/** Store the snapshot and its pointer for each of its hosts (no TTL: publishing replaces them). */
export async function writeSnapshot(redis: Redis, hosts: string[], snapshot: SiteSnapshot): Promise<void> {
  if (hosts.length === 0) return;
  const p = redis.pipeline();
  const json = JSON.stringify(snapshot);
  const pointer = snapshotPointer(snapshot);
  for (const h of hosts) {
    p.set(siteKey(h), json);
    p.set(pointerKey(h), pointer);
  }
  await p.exec();
}

/** Remember for a minute that `host` has no site, so floods of unknown hosts do not reach MySQL. */
export async function writeMissing(redis: Redis, host: string): Promise<void> {
  const p = redis.pipeline();
  p.set(siteKey(host), JSON.stringify({ missing: true }), { ex: missingTtlSeconds });
  p.set(pointerKey(host), missingPointer, { ex: missingTtlSeconds });
  await p.exec();
}

export async function deleteSnapshots(redis: Redis, hosts: string[]): Promise<void> {
  if (hosts.length) await redis.del(...hosts.flatMap((h) => [siteKey(h), pointerKey(h)]));
}
