import { type BreakdownDimension, breakdownDimensions, MAX_ANALYTICS_RANGE_DAYS } from '@mewayz/contracts';
import { analyticsDaily, blocks, shortLinks, sites } from '@mewayz/db/schema';
import { and, asc, desc, eq, gt, gte, inArray, lte, ne, type SQL, sql, sum } from 'drizzle-orm';
import type { CoreDeps } from '../deps.ts';
import { NotFound, ValidationFailed } from '../errors.ts';
import type { TenantScope } from '../tenancy/scope.ts';
import { addFigures, type Figures, figureScope, zeroFigures } from './definitions.ts';

/**
 * Read-only reports over the daily rollups (`analytics_daily`) — never the raw events, so a year of
 * data is at most a few hundred rows per site. Site-level rows have link_id '' and dimension 'total'
 * for the day's views/visitors/clicks/bots; other dimensions give breakdowns; link rows carry the
 * block or short-link id. Visitors are unique per site and day (summing days counts visitor-days).
 */
export interface AnalyticsFilter {
  from?: string;
  to?: string;
  siteId?: string;
  linkId?: string;
}

export interface DayRange {
  from: string;
  to: string;
  days: string[];
}

const dayMs = 86_400_000;
const iso = (d: Date) => d.toISOString().slice(0, 10);
const dayPattern = /^\d{4}-\d{2}-\d{2}$/;

function parseDay(value: string, path: string): Date {
  const d = new Date(`${value}T00:00:00Z`);
  if (!dayPattern.test(value) || Number.isNaN(d.getTime()) || iso(d) !== value) {
    throw new ValidationFailed('The date range is not valid.', [{ path, message: 'a date as YYYY-MM-DD' }]);
  }
  return d;
}

/** Resolve from/to (defaults: the last 30 days up to today, UTC) and check the range cap. */
export function resolveRange(now: Date, from?: string, to?: string): DayRange {
  const end = to ? parseDay(to, 'to') : new Date(`${iso(now)}T00:00:00Z`);
  const start = from ? parseDay(from, 'from') : new Date(end.getTime() - 29 * dayMs);
  if (start > end)
    throw new ValidationFailed('The date range is not valid.', [
      { path: 'from', message: 'must not be after `to`' },
    ]);
  const span = Math.round((end.getTime() - start.getTime()) / dayMs) + 1;
  if (span > MAX_ANALYTICS_RANGE_DAYS) {
    throw new ValidationFailed('The date range is too long.', [
      { path: 'from', message: `at most ${MAX_ANALYTICS_RANGE_DAYS} days` },
    ]);
  }
  const days = Array.from({ length: span }, (_, i) => iso(new Date(start.getTime() + i * dayMs)));
  return { from: iso(start), to: iso(end), days };
}

/** A site or link id from the request must be this organization's, or the report is a 404. */
async function checkTargets(scope: TenantScope, filter: AnalyticsFilter) {
  if (filter.siteId !== undefined && !(await scope.first(sites, eq(sites.id, filter.siteId))))
    throw new NotFound('Site');
  if (filter.linkId !== undefined) {
    const link =
      (await scope.first(shortLinks, eq(shortLinks.id, filter.linkId), { withDeleted: true })) ??
      (await scope.first(blocks, eq(blocks.id, filter.linkId), { withDeleted: true }));
    if (!link) throw new NotFound('Link');
  }
}

function baseWhere(range: DayRange, filter: AnalyticsFilter, dimension: string): SQL {
  const conds: SQL[] = [
    gte(analyticsDaily.day, range.from),
    lte(analyticsDaily.day, range.to),
    eq(analyticsDaily.dimension, dimension as never),
    eq(analyticsDaily.linkId, filter.linkId ?? ''),
    ...figureScope(filter),
  ];
  return and(...conds)!;
}

const num = (v: unknown) => Number(v ?? 0);

/** Views, visitors, clicks and bots per day of `range`, every day present (zero-filled). */
async function dailyFigures(scope: TenantScope, range: DayRange, filter: AnalyticsFilter) {
  const rows = await scope.aggregate(
    analyticsDaily,
    {
      day: analyticsDaily.day,
      views: sum(analyticsDaily.views),
      visitors: sum(analyticsDaily.visitors),
      clicks: sum(analyticsDaily.clicks),
      bots: sum(analyticsDaily.bots),
    },
    baseWhere(range, filter, 'total'),
    { groupBy: [analyticsDaily.day], orderBy: [asc(analyticsDaily.day)] },
  );
  const byDay = new Map(rows.map((r) => [String(r.day).slice(0, 10), r]));
  const points = range.days.map((day) => {
    const r = byDay.get(day);
    return {
      day,
      views: num(r?.views),
      visitors: num(r?.visitors),
      clicks: num(r?.clicks),
      bots: num(r?.bots),
    };
  });
  const totals = points.reduce<Figures>((t, p) => addFigures(t, p), zeroFigures());
  return { from: range.from, to: range.to, totals, points };
}

/** Views, visitors, clicks and bots per day, every day of the range present (zero-filled). */
export async function timeseries(deps: Pick<CoreDeps, 'now'>, scope: TenantScope, filter: AnalyticsFilter) {
  const range = resolveRange(deps.now(), filter.from, filter.to);
  await checkTargets(scope, filter);
  return dailyFigures(scope, range, filter);
}

/** Today's figures (UTC day), by the same definition as every day of `timeseries`. */
export async function today(deps: Pick<CoreDeps, 'now'>, scope: TenantScope, filter: AnalyticsFilter) {
  const day = iso(deps.now());
  await checkTargets(scope, filter);
  const { totals } = await dailyFigures(scope, { from: day, to: day, days: [day] }, filter);
  return { day, ...totals };
}

/** The most clicked links (bio-site link blocks and short links) in the range. */
export async function topLinks(
  deps: Pick<CoreDeps, 'now'>,
  scope: TenantScope,
  filter: Omit<AnalyticsFilter, 'linkId'> & { limit?: number },
) {
  const range = resolveRange(deps.now(), filter.from, filter.to);
  await checkTargets(scope, { siteId: filter.siteId });
  const limit = Math.min(Math.max(filter.limit ?? 10, 1), 100);
  const clicks = sum(analyticsDaily.clicks);
  const conds: SQL[] = [
    gte(analyticsDaily.day, range.from),
    lte(analyticsDaily.day, range.to),
    eq(analyticsDaily.dimension, 'total'),
    ne(analyticsDaily.linkId, ''),
    // Link rows of product pages hold views only.
    gt(analyticsDaily.clicks, 0),
    ...figureScope(filter),
  ];
  const rows = await scope.aggregate(
    analyticsDaily,
    { linkId: analyticsDaily.linkId, siteId: analyticsDaily.siteId, clicks },
    and(...conds),
    {
      groupBy: [analyticsDaily.linkId, analyticsDaily.siteId],
      orderBy: [desc(clicks), asc(analyticsDaily.linkId)],
      limit,
    },
  );
  const ids = rows.map((r) => r.linkId);
  const [links, blockRows] = ids.length
    ? await Promise.all([
        scope.list(shortLinks, inArray(shortLinks.id, ids), { withDeleted: true }),
        scope.list(blocks, inArray(blocks.id, ids), { withDeleted: true }),
      ])
    : [[], []];
  const linkById = new Map(links.map((l) => [l.id, l]));
  const blockById = new Map(blockRows.map((b) => [b.id, b]));
  return {
    from: range.from,
    to: range.to,
    links: rows.map((r) => {
      const l = linkById.get(r.linkId);
      const b = blockById.get(r.linkId);
      const data = (b?.data ?? {}) as { title?: unknown; url?: unknown };
      return {
        linkId: r.linkId,
        siteId: r.siteId,
        kind: l ? ('short_link' as const) : b ? ('block' as const) : ('unknown' as const),
        title: l ? l.title : typeof data.title === 'string' ? data.title : null,
        url: l ? l.url : typeof data.url === 'string' ? data.url : null,
        clicks: num(r.clicks),
      };
    }),
  };
}

/** Totals by country, device, browser, OS or referrer over the range, largest first. */
export async function breakdown(
  deps: Pick<CoreDeps, 'now'>,
  scope: TenantScope,
  dimension: BreakdownDimension,
  filter: AnalyticsFilter & { limit?: number },
) {
  const range = resolveRange(deps.now(), filter.from, filter.to);
  await checkTargets(scope, filter);
  const limit = Math.min(Math.max(filter.limit ?? 50, 1), 200);
  const views = sum(analyticsDaily.views);
  const clicks = sum(analyticsDaily.clicks);
  const rows = await scope.aggregate(
    analyticsDaily,
    { value: analyticsDaily.value, views, visitors: sum(analyticsDaily.visitors), clicks },
    baseWhere(range, filter, dimension),
    {
      groupBy: [analyticsDaily.value],
      orderBy: [desc(sql`${views} + ${clicks}`), asc(analyticsDaily.value)],
      limit,
    },
  );
  return {
    from: range.from,
    to: range.to,
    dimension,
    rows: rows.map((r) => ({
      value: r.value,
      views: num(r.views),
      visitors: num(r.visitors),
      clicks: num(r.clicks),
    })),
  };
}

/** The first screen of a report: the range's series and totals, and today's figures. */
export async function summary(
  deps: Pick<CoreDeps, 'now'>,
  scope: TenantScope,
  filter: Omit<AnalyticsFilter, 'linkId'>,
) {
  const [series, todays] = await Promise.all([timeseries(deps, scope, filter), today(deps, scope, filter)]);
  return { timeseries: series, today: todays };
}

/** The rest of a report: top links and the breakdowns (the dashboard streams these after the first screen). */
export async function details(
  deps: Pick<CoreDeps, 'now'>,
  scope: TenantScope,
  filter: Omit<AnalyticsFilter, 'linkId'>,
  opts: { limit?: number } = {},
) {
  const limit = opts.limit ?? 10;
  const [top, ...dims] = await Promise.all([
    topLinks(deps, scope, { ...filter, limit }),
    ...breakdownDimensions.map((d) => breakdown(deps, scope, d, { ...filter, limit })),
  ]);
  const breakdowns = Object.fromEntries(breakdownDimensions.map((d, i) => [d, dims[i]!.rows])) as Record<
    BreakdownDimension,
    Awaited<ReturnType<typeof breakdown>>['rows']
  >;
  return { topLinks: top.links, breakdowns };
}

/**
 * Everything the dashboard's analytics page and its CSV export show: `summary` and `details`, every
 * figure by `definitions.ts`.
 */
export async function report(
  deps: Pick<CoreDeps, 'now'>,
  scope: TenantScope,
  filter: Omit<AnalyticsFilter, 'linkId'>,
  opts: { limit?: number } = {},
) {
  const [first, rest] = await Promise.all([summary(deps, scope, filter), details(deps, scope, filter, opts)]);
  return { ...first, ...rest };
}
export type AnalyticsReport = Awaited<ReturnType<typeof report>>;
