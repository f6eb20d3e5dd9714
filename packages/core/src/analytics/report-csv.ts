import { toCsv } from '../platform/csv.ts';
import { figureKeys } from './definitions.ts';
import type { AnalyticsReport } from './queries.ts';

/**
 * The analytics report as CSV: one row per day (the chart), the range's totals and today's figures
 * (the cards), then top links and breakdowns — the same numbers the page shows.
 */
export function reportCsv(report: AnalyticsReport): string {
  const ts = report.timeseries;
  const rows: unknown[][] = [['section', 'key', ...figureKeys]];
  for (const p of ts.points) rows.push(['day', p.day, ...figureKeys.map((k) => p[k])]);
  rows.push(['total', `${ts.from}..${ts.to}`, ...figureKeys.map((k) => ts.totals[k])]);
  rows.push(['today', report.today.day, ...figureKeys.map((k) => report.today[k])]);
  for (const l of report.topLinks) rows.push(['link', l.title ?? l.url ?? l.linkId, '', '', l.clicks, '']);
  for (const [dim, list] of Object.entries(report.breakdowns)) {
    for (const r of list) rows.push([dim, r.value, r.views, r.visitors, r.clicks, '']);
  }
  return toCsv(rows);
}
