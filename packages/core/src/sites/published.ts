import type { SiteSnapshot } from '@mewayz/contracts';
import { domains, sites } from '@mewayz/db/schema';
import { and, asc, eq } from 'drizzle-orm';
import { serveSnapshot } from '../cache/go-live.ts';
import type { CoreDeps } from '../deps.ts';
import type { TenantScope } from '../tenancy/scope.ts';

/** Where a site is served: its subdomain, then its verified custom domains (the first is canonical). */
export async function siteHosts(deps: CoreDeps, scope: TenantScope, site: { id: string; slug: string }) {
  const verified = await scope.list(
    domains,
    and(eq(domains.siteId, site.id), eq(domains.status, 'verified')),
    { orderBy: asc(domains.createdAt) },
  );
  const custom = verified.map((d) => d.hostname);
  return { custom, all: [`${site.slug}.${deps.config.rootDomain}`, ...custom] };
}

/**
 * Serve a published version that was just committed. Two writers (a publish and a catalog refresh,
 * or two refreshes) commit in one order but may reach Redis in the other, which would leave the
 * older version served; so after serving, a writer that finds a newer version committed serves
 * that one. The last write to Redis is then always followed by a check that saw it was the newest.
 */
export async function serveCommitted(
  deps: CoreDeps,
  scope: TenantScope,
  siteId: string,
  hosts: string[],
  snapshot: SiteSnapshot,
): Promise<void> {
  let served = snapshot;
  // Each round needs another writer to commit in between; three rounds end any realistic burst.
  for (let round = 0; round < 3; round++) {
    await serveSnapshot(deps, hosts, served);
    const row = await scope.first(sites, eq(sites.id, siteId));
    const latest = row?.publishedSnapshot;
    if (!latest || latest.version <= served.version) return;
    served = latest;
  }
}
