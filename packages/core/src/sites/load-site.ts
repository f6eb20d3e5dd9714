import { sites } from '@mewayz/db/schema';
import { eq } from 'drizzle-orm';
import { NotFound } from '../errors.ts';
import { assertId } from '../ids.ts';
import type { TenantScope } from '../tenancy/scope.ts';

/** The draft row of one of the organization's sites; NotFound for a missing, deleted or foreign one. */
export async function loadSite(scope: TenantScope, siteId: string) {
  assertId('site', siteId);
  const row = await scope.first(sites, eq(sites.id, siteId));
  if (!row) throw new NotFound('Site');
  return row;
}
