import type { SiteSnapshot } from '@mewayz/contracts';
import {
  loadSnapshotForHost,
  missingPointer,
  publicOrigin,
  readPointer,
  snapshotPointer,
} from '@mewayz/core';
import type { Context } from 'hono';
import type { EdgeHono } from '../platform/hono-env.ts';
import { LruMap } from '../platform/lru-map.ts';

export type SiteSource = 'memory' | 'redis' | 'db';

export interface ResolvedSite {
  snapshot: SiteSnapshot | null;
  /** `<siteId>:<version>` of the snapshot, the key of everything memoised for it. */
  pointer: string | null;
  source: SiteSource;
  /** Where the version pointer came from (the one lookup a hot request makes). */
  pointerSource?: 'cache' | 'redis' | 'db';
}

/** Parsed snapshots by pointer. A pointer names one immutable published version, so entries never go stale. */
const snapshots = new LruMap<string, SiteSnapshot>(256);

/** The edge-cache key of a host's version pointer: the only per-host entry a publish must purge. */
export function pointerCacheKey(config: Parameters<typeof publicOrigin>[0], host: string): string {
  return `${publicOrigin(config, host)}/__mewayz/pointer`;
}

const pointerTtl = { live: 86_400, missing: 60 };
const pointerHeader = 'x-mewayz-pointer';

/**
 * Which published version a host serves, and its snapshot. The pointer comes from the Cache API
 * (purged on publish), else Redis; the snapshot from this isolate's memory when it already holds that
 * version, else Redis, else MySQL. So a publish is visible on the next request, while a hot site costs
 * one tiny cache lookup per request.
 */
export async function resolveSite(c: Context<EdgeHono>): Promise<ResolvedSite> {
  const { deps, host } = c.var;
  if (deps.vars.EDGE_CACHE === 'off') {
    const loaded = await loadSnapshotForHost(deps, host);
    return { ...loaded, pointer: loaded.snapshot ? snapshotPointer(loaded.snapshot) : null };
  }
  const useCacheApi = deps.vars.EDGE_CACHE === 'on';
  const cache = caches.default;
  const cacheKey = pointerCacheKey(deps.config, host);
  let loaded: Awaited<ReturnType<typeof loadSnapshotForHost>> | null = null;
  // The pointer travels in a header of an empty cached response: no body stream to read.
  let pointer = useCacheApi ? ((await cache.match(cacheKey))?.headers.get(pointerHeader) ?? null) : null;
  let pointerSource: ResolvedSite['pointerSource'] = 'cache';
  if (pointer === null) {
    pointerSource = 'redis';
    pointer = await readPointer(deps.redis, host);
    if (pointer === null) {
      pointerSource = 'db';
      loaded = await loadSnapshotForHost(deps, host);
      pointer = loaded.snapshot ? snapshotPointer(loaded.snapshot) : missingPointer;
    }
    if (useCacheApi) {
      const ttl = pointer === missingPointer ? pointerTtl.missing : pointerTtl.live;
      const entry = new Response(null, {
        headers: { 'cache-control': `s-maxage=${ttl}`, [pointerHeader]: pointer },
      });
      c.executionCtx.waitUntil(cache.put(cacheKey, entry));
    }
  }
  if (pointer === missingPointer)
    return { snapshot: null, pointer: null, source: loaded?.source ?? 'memory' };
  const memo = loaded ? undefined : snapshots.get(pointer);
  if (memo) return { snapshot: memo, pointer, source: 'memory', pointerSource };
  loaded ??= await loadSnapshotForHost(deps, host);
  if (!loaded.snapshot) return { snapshot: null, pointer: null, source: loaded.source };
  const actual = snapshotPointer(loaded.snapshot);
  snapshots.set(actual, loaded.snapshot);
  return { snapshot: loaded.snapshot, pointer: actual, source: loaded.source, pointerSource };
}
