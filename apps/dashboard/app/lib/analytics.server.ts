import { analyticsRangeQuery } from '@mewayz/contracts';
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

/** The page's first screen: core defines and reads every figure. */
export function loadSummary(
  deps: DashboardDeps,
  scope: TenantScope,
  filter: { from?: string; to?: string; siteId?: string },
) {
  return analyticsQueries.summary(deps, scope, filter);
}

/** Top links and breakdowns, below the first screen. */
export function loadDetails(
  deps: DashboardDeps,
  scope: TenantScope,
  filter: { from?: string; to?: string; siteId?: string },
) {
  return analyticsQueries.details(deps, scope, filter);
}

/** The whole report, for the CSV. */
export function loadReport(
  deps: DashboardDeps,
  scope: TenantScope,
  filter: { from?: string; to?: string; siteId?: string },
) {
  return analyticsQueries.report(deps, scope, filter);
}

export async function sitesOf(deps: DashboardDeps, scope: TenantScope) {
  const { items } = await sitesService.listSites(deps, scope, { page: 1, perPage: 100 });
  return items.map((s) => ({ id: s.id, name: s.name, slug: s.slug }));
}
