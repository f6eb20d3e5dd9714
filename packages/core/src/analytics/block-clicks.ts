import { analyticsDaily, sites } from '@mewayz/db/schema';
import { and, eq, gte, inArray, lte, ne, sum } from 'drizzle-orm';
import type { CoreDeps } from '../deps.ts';
import { NotFound } from '../errors.ts';
import type { TenantScope } from '../tenancy/scope.ts';
import { resolveRange } from './queries.ts';

/**
 * Clicks per block of one site over the last `days` days up to today (UTC), from the daily rollups'
 * link rows (link id = block id). Blocks without clicks are absent: the caller reads a missing id as 0.
 * `items`: for blocks with several links (social icons, contact links, links in a text), clicks per
 * item index (`/go/<block>/<n>`); items without clicks are absent.
 */
export async function blockClicks(
  deps: Pick<CoreDeps, 'now'>,
  scope: TenantScope,
  siteId: string,
  days = 30,
): Promise<{
  from: string;
  to: string;
  clicks: Record<string, number>;
  items: Record<string, Record<string, number>>;
}> {
  const to = deps.now().toISOString().slice(0, 10);
  const from = new Date(Date.parse(`${to}T00:00:00Z`) - (days - 1) * 86_400_000).toISOString().slice(0, 10);
  const range = resolveRange(deps.now(), from, to);
  if (!(await scope.first(sites, eq(sites.id, siteId)))) throw new NotFound('Site');
  const clicks = sum(analyticsDaily.clicks);
  const rows = await scope.aggregate(
    analyticsDaily,
    {
      linkId: analyticsDaily.linkId,
      dimension: analyticsDaily.dimension,
      value: analyticsDaily.value,
      clicks,
    },
    and(
      gte(analyticsDaily.day, range.from),
      lte(analyticsDaily.day, range.to),
      inArray(analyticsDaily.dimension, ['total', 'item']),
      eq(analyticsDaily.siteId, siteId),
      ne(analyticsDaily.linkId, ''),
    ),
    { groupBy: [analyticsDaily.linkId, analyticsDaily.dimension, analyticsDaily.value] },
  );
  const out: Record<string, number> = {};
  const items: Record<string, Record<string, number>> = {};
  for (const r of rows) {
    const n = Number(r.clicks ?? 0);
    if (r.dimension === 'total') out[r.linkId] = n;
    else if (n > 0) items[r.linkId] = { ...items[r.linkId], [r.value]: n };
  }
  return { from: range.from, to: range.to, clicks: out, items };
}
