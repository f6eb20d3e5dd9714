import type { CachePurger, PlatformConfig, PlatformVars } from '@mewayz/core';
import { pointerCacheKey } from '../sites/site-resolver.ts';

/**
 * Purge a site's cached version pointer after publish; pages are cached under versioned keys, so once
 * the pointer moves, the next request renders (or finds) the new version.
 * - `local`: this Worker's Cache API (one location; what `npm start` and the tests run).
 * - `cloudflare`: the zone purge API by URL, which clears every location at once.
 */
export function createCachePurger(vars: PlatformVars, config: PlatformConfig): CachePurger {
  const urls = (hosts: string[]) => hosts.map((h) => pointerCacheKey(config, h));
  if (vars.CACHE_PURGE === 'cloudflare') {
    return {
      async purgeHosts(hosts) {
        if (!vars.CF_API_TOKEN || !vars.CF_ZONE_ID)
          throw new Error('CACHE_PURGE=cloudflare needs CF_API_TOKEN and CF_ZONE_ID');
        const res = await fetch(`https://api.cloudflare.com/client/v4/zones/${vars.CF_ZONE_ID}/purge_cache`, {
          method: 'POST',
          headers: { authorization: `Bearer ${vars.CF_API_TOKEN}`, 'content-type': 'application/json' },
          body: JSON.stringify({ files: urls(hosts) }),
        });
        if (!res.ok) throw new Error(`cache purge failed: HTTP ${res.status}`);
      },
    };
  }
  return {
    async purgeHosts(hosts) {
      const cache = caches.default;
      await Promise.all(urls(hosts).map((u) => cache.delete(u)));
    },
  };
}
