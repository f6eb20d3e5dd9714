import type { SiteSnapshot } from '@mewayz/contracts';
import { findPublishedSnapshotByHost } from '../admin/host-lookup.ts';
import { type DB, dbOf } from '../data/db-handle.ts';
import type { CoreDeps } from '../deps.ts';
import { trustOrgId } from '../tenancy/org-id.ts';
import { forTenant, type TenantScope } from '../tenancy/scope.ts';
import { missingPointer, readSnapshot, writeMissing, writeSnapshot } from './snapshot-store.ts';

export type SnapshotSource = 'redis' | 'db';

/**
 * The snapshot for a host: Redis first, MySQL on a miss (then written back, including a short-lived
 * "no site here" marker so unknown hosts cannot hammer the database).
 */
export async function loadSnapshotForHost(
  deps: Pick<CoreDeps, typeof DB | 'redis' | 'config'>,
  host: string,
): Promise<{ snapshot: SiteSnapshot | null; source: SnapshotSource }> {
  const cached = await readSnapshot(deps.redis, host);
  if (cached === missingPointer) return { snapshot: null, source: 'redis' };
  if (cached) return { snapshot: cached, source: 'redis' };
  const snapshot = await findPublishedSnapshotByHost(dbOf(deps), deps.config, host);
  if (snapshot) await writeSnapshot(deps.redis, [host], snapshot, { writeBack: true });
  else await writeMissing(deps.redis, host);
  return { snapshot, source: 'db' };
}

/**
 * The data scope of the organization that owns a snapshot. The snapshot was found by host in our own
 * store, so its organization is established by host resolution — one of the two places that mint OrgIds.
 */
export function scopeOfSnapshot(deps: Pick<CoreDeps, typeof DB>, snapshot: SiteSnapshot): TenantScope {
  return forTenant(dbOf(deps), trustOrgId(snapshot.organizationId));
}
