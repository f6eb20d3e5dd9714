import { analyticsDaily, sites } from '@mewayz/db/schema';
import { and, eq, gte, lte, ne, sum } from 'drizzle-orm';
import type { CoreDeps } from '../deps.ts';
import { NotFound } from '../errors.ts';
import type { TenantScope } from '../tenancy/scope.ts';
import { resolveRange } from './queries.ts';

/**
 * Clicks per block of one site over the last `days` days up to today (UTC), from the daily rollups'
 * link rows (link id = block id). Blocks without clicks are absent: the caller reads a missing id as 0.
 */
export async function blockClicks(
  deps: Pick<CoreDeps, 'now'>,
  scope: TenantScope,
  siteId: string,
  days = 30,
): Promise<{ from: string; to: string; clicks: Record<string, number> }> {
  const to = deps.now().toISOString().slice(0, 10);
  const from = new Date(Date.parse(`${to}T00:00:00Z`) - (days - 1) * 86_400_000).toISOString().slice(0, 10);
  const range = resolveRange(deps.now(), from, to);
  if (!(await scope.first(sites, eq(sites.id, siteId)))) throw new NotFound('Site');
  const clicks = sum(analyticsDaily.clicks);
  const rows = await scope.aggregate(
    analyticsDaily,
    { linkId: analyticsDaily.linkId, clicks },
    and(
      gte(analyticsDaily.day, range.from),
      lte(analyticsDaily.day, range.to),
      eq(analyticsDaily.dimension, 'total'),
      eq(analyticsDaily.siteId, siteId),
      ne(analyticsDaily.linkId, ''),
    ),
    { groupBy: [analyticsDaily.linkId] },
  );
  return {
    from: range.from,
    to: range.to,
    clicks: Object.fromEntries(rows.map((r) => [r.linkId, Number(r.clicks ?? 0)])),
  };
}
