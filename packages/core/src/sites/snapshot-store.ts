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

/**
 * `<siteId>:<version>`, or `<siteId>:<version>~<hosts>` once the site has custom domains — identifies
 * one immutable snapshot. Verifying or removing a domain rewrites the published snapshot's
 * `customDomains` (canonical URLs, sitemap) without a new version, so the domains are part of the
 * pointer too: everything the edge keeps by pointer (parsed snapshots, rendered pages) moves with them.
 */
export function snapshotPointer(
  snapshot: Pick<SiteSnapshot, 'siteId' | 'version' | 'customDomains'>,
): string {
  const base = `${snapshot.siteId}:${snapshot.version}`;
  return snapshot.customDomains.length ? `${base}~${fnv1a(snapshot.customDomains.join(','))}` : base;
}

/** FNV-1a (32-bit) in base 36: a short, stable tag of a string (not a security boundary). */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
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

/**
 * Store the snapshot and its pointer for each of its hosts (no TTL: publishing replaces them).
 * `writeBack`: a copy read from MySQL on a miss, stored only where nothing is (SET NX), so a reader
 * that read MySQL just before a publish can never replace what that publish wrote.
 */
export async function writeSnapshot(
  redis: Redis,
  hosts: string[],
  snapshot: SiteSnapshot,
  { writeBack = false } = {},
): Promise<void> {
  if (hosts.length === 0) return;
  const p = redis.pipeline();
  const json = JSON.stringify(snapshot);
  const pointer = snapshotPointer(snapshot);
  const opts = writeBack ? { nx: true as const } : undefined;
  for (const h of hosts) {
    p.set(siteKey(h), json, opts);
    p.set(pointerKey(h), pointer, opts);
  }
  await p.exec();
}

/** A one-minute "no site here" marker on `hosts`; `writeBack`: only where nothing is (SET NX). */
async function writeMissingMarkers(redis: Redis, hosts: string[], writeBack: boolean): Promise<void> {
  if (hosts.length === 0) return;
  const p = redis.pipeline();
  const opts = writeBack ? { ex: missingTtlSeconds, nx: true as const } : { ex: missingTtlSeconds };
  for (const h of hosts) {
    p.set(siteKey(h), JSON.stringify({ missing: true }), opts);
    p.set(pointerKey(h), missingPointer, opts);
  }
  await p.exec();
}

/**
 * Remember for a minute that `host` has no site, so floods of unknown hosts do not reach MySQL. A
 * write-back (SET NX, like writeSnapshot's), never over what a publish stored meanwhile.
 */
export function writeMissing(redis: Redis, host: string): Promise<void> {
  return writeMissingMarkers(redis, [host], true);
}

/**
 * Take `hosts` offline: a one-minute "no site" marker rather than a delete, so a reader that loaded
 * the old snapshot from MySQL just before cannot write it back (write-backs only fill empty keys).
 */
export function deleteSnapshots(redis: Redis, hosts: string[]): Promise<void> {
  return writeMissingMarkers(redis, hosts, false);
}
