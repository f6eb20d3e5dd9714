import { analyticsRangeQuery, breakdownDimensions } from '@mewayz/contracts';
import { analyticsQueries, sitesService, type TenantScope } from '@mewayz/core';
import type { DashboardDeps } from './env.server.ts';
import { parseWith } from './forms.server.ts';

const dayMs = 86_400_000;
const iso = (d: Date) => d.toISOString().slice(0, 10);

/** Range from the query string: `range=7|30|90` presets or explicit `from`/`to` (shared zod schema). */
export function rangeFromUrl(url: URL, now: Date) {
  const preset = url.searchParams.get('range');
  const q: Record<string, string> = {};
  for (const k of ['from', 'to', 'siteId']) {
    const v = url.searchParams.get(k);
    if (v) q[k] = v;
  }
  if (preset && /^(7|30|90)$/.test(preset) && !q.from) {
    q.to = iso(now);
    q.from = iso(new Date(now.getTime() - (Number(preset) - 1) * dayMs));
  }
  const parsed = parseWith(analyticsRangeQuery, q);
  return parsed.ok
    ? { ok: true as const, query: parsed.data }
    : { ok: false as const, fieldErrors: parsed.fieldErrors };
}

export async function loadReport(
  deps: DashboardDeps,
  scope: TenantScope,
  filter: { from?: string; to?: string; siteId?: string },
) {
  const [ts, top, ...dims] = await Promise.all([
    analyticsQueries.timeseries(deps, scope, filter),
    analyticsQueries.topLinks(deps, scope, { ...filter, limit: 10 }),
    ...breakdownDimensions.map((d) => analyticsQueries.breakdown(deps, scope, d, { ...filter, limit: 10 })),
  ]);
  const breakdowns = Object.fromEntries(breakdownDimensions.map((d, i) => [d, dims[i]!.rows])) as Record<
    (typeof breakdownDimensions)[number],
    { value: string; views: number; visitors: number; clicks: number }[]
  >;
  return { timeseries: ts, topLinks: top.links, breakdowns };
}

/** Today's live counters (Redis `live:<siteId>:<day>:views|clicks`), summed over the given sites. */
export async function liveToday(deps: DashboardDeps, siteIds: string[]) {
  const day = iso(deps.now());
  if (siteIds.length === 0) return { day, views: 0, clicks: 0 };
  const keys = siteIds.flatMap((id) => [`live:${id}:${day}:views`, `live:${id}:${day}:clicks`]);
  const values = await deps.redis.mget<(string | number | null)[]>(...keys);
  let views = 0;
  let clicks = 0;
  values.forEach((v, i) => {
    if (i % 2 === 0) views += Number(v ?? 0);
    else clicks += Number(v ?? 0);
  });
  return { day, views, clicks };
}

export async function sitesOf(deps: DashboardDeps, scope: TenantScope) {
  const { items } = await sitesService.listSites(deps, scope, { page: 1, perPage: 100 });
  return items.map((s) => ({ id: s.id, name: s.name, slug: s.slug }));
}

function csvCell(v: unknown): string {
  let s = String(v ?? '');
  // Spreadsheet formula injection: prefix cells that a spreadsheet would evaluate.
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function reportCsv(report: Awaited<ReturnType<typeof loadReport>>): string {
  const rows: unknown[][] = [['section', 'key', 'views', 'visitors', 'clicks', 'bots']];
  for (const p of report.timeseries.points) rows.push(['day', p.day, p.views, p.visitors, p.clicks, p.bots]);
  for (const l of report.topLinks) rows.push(['link', l.title ?? l.url ?? l.linkId, '', '', l.clicks, '']);
  for (const [dim, list] of Object.entries(report.breakdowns)) {
    for (const r of list) rows.push([dim, r.value, r.views, r.visitors, r.clicks, '']);
  }
  return `${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
