import type { SiteSnapshot } from '@mewayz/contracts';
import {
  loadSnapshotForHost,
  missingPointer,
  pointerReuseMs,
  publicOrigin,
  readPointer,
  snapshotPointer,
} from '@mewayz/core';
import type { EdgeRequest } from '../platform/hono-env.ts';
import { LruMap } from '../platform/lru-map.ts';
import { ReadCollapser } from '../platform/read-collapser.ts';

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

/**
 * How long the edge keeps a pointer (seconds). Freshness does not depend on it: every change purges it
 * twice through core's go-live, and a racing put lands before the second purge (see below). The TTL
 * only bounds how long an entry for a host nobody changes stays in the cache.
 */
const pointerTtl = { live: 60, missing: 60 };
const pointerHeader = 'x-mewayz-pointer';

type Loaded = Awaited<ReturnType<typeof loadSnapshotForHost>>;

interface PointerRead {
  pointer: string;
  source: NonNullable<ResolvedSite['pointerSource']>;
  /** Set when the pointer had to come from MySQL: the snapshot loaded on the way. */
  loaded: Loaded | null;
}

/**
 * Pointer reads of concurrent requests for one host are shared, and a read that started less than
 * `POINTER_REUSE_MS` (at most core's `pointerReuseMs`) before a request arrived answers it: every
 * change to what a host serves waits `pointerReuseMs` after purging before it returns, so such a read
 * already saw any change a visitor could know about (core's cache/go-live.ts).
 */
const pointerReads = new ReadCollapser<PointerRead>();

/** Cache API (purged on publish), else Redis, else MySQL; a pointer found below the cache is written back to it. */
async function readPointerFresh(r: EdgeRequest, useCacheApi: boolean): Promise<PointerRead> {
  const { deps, host } = r;
  const cacheKey = pointerCacheKey(deps.config, host);
  // The pointer travels in a header of an empty cached response: no body stream to read.
  if (useCacheApi) {
    const hit = (await caches.default.match(cacheKey))?.headers.get(pointerHeader);
    if (hit) return { pointer: hit, source: 'cache', loaded: null };
  }
  let read: PointerRead;
  const readStartedAt = deps.now().getTime();
  const fromRedis = await readPointer(deps.redis, host);
  if (fromRedis !== null) {
    read = { pointer: fromRedis, source: 'redis', loaded: null };
  } else {
    const loaded = await loadSnapshotForHost(deps, host);
    read = {
      pointer: loaded.snapshot ? snapshotPointer(loaded.snapshot) : missingPointer,
      source: 'db',
      loaded,
    };
  }
  // A pointer read before a publish wrote Redis must not land in the cache after that publish's second
  // purge (core's go-live), which comes at least pointerReuseMs after the write: a read that took
  // half of that is answered but not cached (the other half is for the cache write itself).
  if (useCacheApi && deps.now().getTime() - readStartedAt < pointerReuseMs / 2) {
    const ttl = read.pointer === missingPointer ? pointerTtl.missing : pointerTtl.live;
    const entry = new Response(null, {
      headers: { 'cache-control': `s-maxage=${ttl}`, [pointerHeader]: read.pointer },
    });
    r.ctx.waitUntil(caches.default.put(cacheKey, entry));
  }
  return read;
}

/**
 * Which published version a host serves, and its snapshot. The pointer comes from the Cache API
 * (purged on publish), else Redis; the snapshot from this isolate's memory when it already holds that
 * version, else Redis, else MySQL. So a publish is visible on the next request, while a hot site costs
 * one tiny cache lookup per round trip (concurrent requests share it, see ReadCollapser).
 */
export async function resolveSite(r: EdgeRequest): Promise<ResolvedSite> {
  const { deps, host } = r;
  if (deps.vars.EDGE_CACHE === 'off') {
    const loaded = await loadSnapshotForHost(deps, host);
    return { ...loaded, pointer: loaded.snapshot ? snapshotPointer(loaded.snapshot) : null };
  }
  const useCacheApi = deps.vars.EDGE_CACHE === 'on';
  const {
    pointer,
    source: pointerSource,
    loaded: shared,
  } = await pointerReads.read(host, () => readPointerFresh(r, useCacheApi), deps.vars.POINTER_REUSE_MS);
  let loaded = shared;
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
