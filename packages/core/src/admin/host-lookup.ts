import type { SiteSnapshot } from '@mewayz/contracts';
import { domains, sites } from '@mewayz/db/schema';
import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Db } from '../data/db.ts';
import type { PlatformConfig } from '../deps.ts';
import { classifyHost } from '../sites/hostname.ts';

/**
 * The published snapshot served on `host`, straight from MySQL (the edge's cache-miss path).
 * Unscoped by nature: the host is what tells us the tenant. Only published, live sites answer.
 */
export async function findPublishedSnapshotByHost(
  db: Db,
  config: PlatformConfig,
  host: string,
): Promise<SiteSnapshot | null> {
  const kind = classifyHost(host, config.rootDomain);
  if (kind.kind === 'root') return null;
  const live = and(isNull(sites.deletedAt), gt(sites.publishedVersion, 0));
  if (kind.kind === 'subdomain') {
    const [row] = await db
      .select({ snapshot: sites.publishedSnapshot })
      .from(sites)
      .where(and(eq(sites.slug, kind.slug), live))
      .limit(1);
    return row?.snapshot ?? null;
  }
  // A verified custom domain answers on its own name and on its `www.` name.
  const candidates = host.startsWith('www.') ? [host, host.slice(4)] : [host];
  for (const hostname of candidates) {
    const [row] = await db
      .select({ snapshot: sites.publishedSnapshot })
      .from(domains)
      .innerJoin(sites, and(eq(sites.id, domains.siteId), eq(sites.organizationId, domains.organizationId)))
      .where(and(eq(domains.hostname, hostname), eq(domains.status, 'verified'), live))
      .limit(1);
    if (row?.snapshot) return row.snapshot;
  }
  return null;
}
