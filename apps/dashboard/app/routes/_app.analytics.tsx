import { analyticsFigures } from '@mewayz/core';
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/cloudflare';
import { Await, useLoaderData, useSearchParams } from '@remix-run/react';
import { Suspense } from 'react';
import { BarList, Stat, TimeSeriesChart } from '../components/charts.tsx';
import { RangeFilter } from '../components/range-filter.tsx';
import { Alert, Card, EmptyState, PageHeader } from '../components/ui.tsx';
import { loadDetails, loadSummary, rangeFromUrl, sitesOf } from '../lib/analytics.server.ts';
import { depsOf } from '../lib/env.server.ts';
import { appErrorToResult } from '../lib/forms.server.ts';
import { requireOrg, requirePermission } from '../lib/tenant.server.ts';

export const meta: MetaFunction = () => [{ title: 'Analytics · Mewayz' }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const ctx = await requireOrg(request, context);
  requirePermission(ctx, 'analytics.view');
  const deps = depsOf(context);
  const url = new URL(request.url);
  const range = rangeFromUrl(url, deps.now());
  const filter = range.ok ? range.query : {};
  try {
    // Top links and breakdowns stream in after the first screen (cards and chart) is on the way.
    const details = loadDetails(deps, ctx.scope, filter);
    details.catch(() => {}); // a failure shows in its own section, never as an unhandled rejection
    const [sites, report] = await Promise.all([
      sitesOf(deps, ctx.scope),
      loadSummary(deps, ctx.scope, filter),
    ]);
    return { report, details, figures: analyticsFigures, sites, errors: range.ok ? {} : range.fieldErrors };
  } catch (err) {
    return appErrorToResult(err) as never;
  }
}

const figureOrder = ['views', 'visitors', 'clicks', 'bots'] as const;

const dimLabels = {
  country: 'Countries',
  device: 'Devices',
  browser: 'Browsers',
  os: 'Operating systems',
  referrer: 'Referrers',
} as const;

const dimensions = Object.keys(dimLabels) as (keyof typeof dimLabels)[];

/** The detail cards' frames while their figures stream in, or when they could not be read. */
function DetailCards({ state }: { state: 'loading' | 'failed' }) {
  return (
    <>
      {['Top links', ...dimensions.map((k) => dimLabels[k])].map((title) => (
        <Card key={title} title={title}>
          <p className="py-6 text-center text-sm text-slate-600" aria-busy={state === 'loading'}>
            {state === 'loading'
              ? 'Loading…'
              : 'These figures could not be loaded. Reload the page to try again.'}
          </p>
        </Card>
      ))}
    </>
  );
}

export default function Analytics() {
  const { report, details, figures, sites, errors } = useLoaderData<typeof loader>();
  const today = report.today;
  const [params] = useSearchParams();
  const ts = report.timeseries;
  const csvHref = `/analytics/export.csv?${new URLSearchParams({ from: ts.from, to: ts.to, ...(params.get('siteId') ? { siteId: params.get('siteId')! } : {}) })}`;
  const noData = ts.totals.views + ts.totals.clicks + ts.totals.bots === 0;
  return (
    <>
      <PageHeader
        title="Analytics"
        description={`${ts.from} to ${ts.to} (UTC). Bots and link previews are excluded from every figure.`}
        actions={
          <a
            href={csvHref}
            download
            className="inline-flex items-center gap-2 rounded-lg bg-white px-3.5 py-2 text-sm font-semibold text-slate-800 shadow-sm ring-1 ring-slate-300 ring-inset hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-indigo-600"
          >
            Export CSV
          </a>
        }
      />
      <RangeFilter path="/analytics" sites={sites} allSites="All sites and short links" errors={errors} />
      {Object.keys(errors).length ? (
        <div className="mb-6">
          <Alert>The date range was not valid, so the default range is shown.</Alert>
        </div>
      ) : null}
      <section aria-labelledby="today" className="mb-6">
        <h2 id="today" className="mb-2 flex items-center gap-2 text-sm font-semibold text-slate-900">
          <span className="relative flex size-2.5">
            <span className="absolute inline-flex size-full animate-ping rounded-full bg-emerald-400 opacity-75 motion-reduce:hidden" />
            <span className="relative inline-flex size-2.5 rounded-full bg-emerald-500" />
          </span>
          Today ({today.day})
        </h2>
        <dl className="grid grid-cols-2 gap-4 sm:grid-cols-4">
          <Stat label={`${figures.views.label} today`} value={today.views} />
          <Stat label={`${figures.clicks.label} today`} value={today.clicks} />
        </dl>
      </section>
      <dl className="mb-6 grid grid-cols-2 gap-4 lg:grid-cols-4">
        {figureOrder.map((k) => (
          <Stat key={k} label={figures[k].label} value={ts.totals[k]} hint={figures[k].description} />
        ))}
      </dl>
      {noData ? (
        <div className="mb-6">
          <EmptyState title="No visits in this range yet">
            Share your site's link — views and clicks show up here within seconds.
          </EmptyState>
        </div>
      ) : null}
      <Card title="Views, visitors and clicks" className="mb-6">
        <TimeSeriesChart
          points={ts.points}
          labels={figures}
          title={`Daily views, unique visitors and clicks from ${ts.from} to ${ts.to}`}
        />
      </Card>
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
        <Suspense fallback={<DetailCards state="loading" />}>
          <Await resolve={details} errorElement={<DetailCards state="failed" />}>
            {(d) => (
              <>
                <Card title="Top links" description="Clicks on site links and short links">
                  <BarList
                    label="Top links by clicks"
                    rows={d.topLinks.map((l) => ({
                      name: l.title ?? l.url ?? l.linkId,
                      value: l.clicks,
                      detail: l.url ?? undefined,
                    }))}
                  />
                </Card>
                {dimensions.map((k) => (
                  <Card key={k} title={dimLabels[k]} description="Views and clicks">
                    <BarList
                      label={`${dimLabels[k]} by views and clicks`}
                      rows={d.breakdowns[k].map((r) => ({
                        name: r.value || '(direct / unknown)',
                        value: r.views + r.clicks,
                      }))}
                    />
                  </Card>
                ))}
              </>
            )}
          </Await>
        </Suspense>
      </div>
    </>
  );
}
