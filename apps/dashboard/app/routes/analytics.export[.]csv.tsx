import { analyticsReportCsv } from '@mewayz/core';
import type { LoaderFunctionArgs } from '@remix-run/cloudflare';
import { loadReport, rangeFromUrl } from '../lib/analytics.server.ts';
import { depsOf } from '../lib/env.server.ts';
import { appErrorToResult } from '../lib/forms.server.ts';
import { requireOrg, requirePermission } from '../lib/tenant.server.ts';

/** CSV of the same report the analytics page shows. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const ctx = await requireOrg(request, context);
  requirePermission(ctx, 'analytics.view');
  const deps = depsOf(context);
  const range = rangeFromUrl(new URL(request.url), deps.now());
  if (!range.ok) throw new Response('The date range is not valid.', { status: 400 });
  try {
    const report = await loadReport(deps, ctx.scope, range.query);
    return new Response(analyticsReportCsv(report), {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="mewayz-analytics-${report.timeseries.from}-${report.timeseries.to}.csv"`,
        'cache-control': 'private, no-store',
      },
    });
  } catch (err) {
    appErrorToResult(err);
    throw err;
  }
}
