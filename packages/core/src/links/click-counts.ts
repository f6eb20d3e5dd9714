import { analyticsDaily } from '@mewayz/db/schema';
import { and, eq, inArray, sql, sum } from 'drizzle-orm';
import { resolveRange } from '../analytics/queries.ts';
import type { CoreDeps } from '../deps.ts';
import type { TenantScope } from '../tenancy/scope.ts';

export interface LinkClicks {
  /** Clicks in the analytics default window: today (UTC) and the 29 days before. */
  last30Days: number;
  total: number;
}

/**
 * Clicks of the given links from the daily rollups (the same "clicks" as every analytics figure:
 * people only, bots excluded): one grouped read over the links' 'total' rows, whatever the page size.
 */
export async function clickCounts(
  deps: Pick<CoreDeps, 'now'>,
  scope: TenantScope,
  linkIds: string[],
): Promise<Map<string, LinkClicks>> {
  const counts = new Map<string, LinkClicks>(linkIds.map((id) => [id, { last30Days: 0, total: 0 }]));
  if (linkIds.length === 0) return counts;
  const { from, to } = resolveRange(deps.now());
  const rows = await scope.aggregate(
    analyticsDaily,
    {
      linkId: analyticsDaily.linkId,
      total: sum(analyticsDaily.clicks),
      recent: sql<string>`SUM(CASE WHEN ${analyticsDaily.day} BETWEEN ${from} AND ${to} THEN ${analyticsDaily.clicks} ELSE 0 END)`,
    },
    and(inArray(analyticsDaily.linkId, linkIds), eq(analyticsDaily.dimension, 'total')),
    { groupBy: [analyticsDaily.linkId] },
  );
  for (const r of rows)
    counts.set(r.linkId, { last30Days: Number(r.recent ?? 0), total: Number(r.total ?? 0) });
  return counts;
}
