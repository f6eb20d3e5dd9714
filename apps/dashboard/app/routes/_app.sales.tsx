import { commerceService, formatMoney } from '@mewayz/core';
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/cloudflare';
import { Link, useLoaderData } from '@remix-run/react';
import { DailyBars, Stat } from '../components/charts.tsx';
import { RangeFilter } from '../components/range-filter.tsx';
import { Alert, Card, EmptyState, PageHeader } from '../components/ui.tsx';
import { rangeFromUrl, sitesOf } from '../lib/analytics.server.ts';
import { depsOf } from '../lib/env.server.ts';
import { appErrorToResult } from '../lib/forms.server.ts';
import { requireOrg, requirePermission } from '../lib/tenant.server.ts';

export const meta: MetaFunction = () => [{ title: 'Sales · Mewayz' }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const ctx = await requireOrg(request, context);
  requirePermission(ctx, 'commerce.view');
  const deps = depsOf(context);
  const range = rangeFromUrl(new URL(request.url), deps.now());
  const { from, to, siteId } = range.ok ? range.query : {};
  try {
    const [sites, report] = await Promise.all([
      sitesOf(deps, ctx.scope),
      commerceService.salesReport(deps, ctx.scope, { from, to, siteId }),
    ]);
    return { report, sites, errors: range.ok ? {} : range.fieldErrors };
  } catch (err) {
    return appErrorToResult(err) as never;
  }
}

const pct = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 1 });
const count = new Intl.NumberFormat('en');

/** Paid ÷ earlier step, or a dash when the earlier step is empty (0 of 0 is not 0%). */
function rate(part: number, whole: number): string {
  return whole > 0 ? pct.format(part / whole) : '—';
}

export default function Sales() {
  const { report, sites, errors } = useLoaderData<typeof loader>();
  const sold = report.currencies.length > 0;
  return (
    <>
      <PageHeader
        title="Sales"
        description={`${report.from} to ${report.to} (UTC). Revenue is counted on the day Stripe confirmed the payment.`}
      />
      <RangeFilter path="/sales" sites={sites} allSites="All sites" errors={errors} />
      {Object.keys(errors).length ? (
        <div className="mb-6">
          <Alert>The date range was not valid, so the default range is shown.</Alert>
        </div>
      ) : null}
      {sold ? null : (
        <div className="mb-6">
          <EmptyState title="No sales in this range yet">
            Paid orders show up here as soon as Stripe confirms them.
          </EmptyState>
        </div>
      )}
      {report.currencies.map((c) => {
        const money = (v: number) => formatMoney(v, c.currency);
        return (
          <section key={c.currency} aria-label={`Sales in ${c.currency}`} className="mb-6">
            <dl className="mb-4 grid grid-cols-2 gap-4 lg:grid-cols-4">
              <Stat label={`Revenue (${c.currency})`} value={money(c.revenue)} />
              <Stat label="Refunded" value={money(c.refunded)} hint="Of the orders paid in this range" />
              <Stat label="Net" value={money(c.net)} />
              <Stat label="Paid orders" value={c.orders} />
            </dl>
            <Card title={`Revenue per day (${c.currency})`}>
              <DailyBars
                points={c.points.map((p) => ({ day: p.day, value: p.revenue }))}
                label="Revenue"
                title={`Revenue in ${c.currency} per day from ${report.from} to ${report.to}`}
                format={money}
              />
            </Card>
          </section>
        );
      })}
      <Card
        title="Products"
        description="From a view of the product's page to a paid order, over the same days. Checkouts can exceed views: a buy button on the bio page skips the product page."
      >
        {report.products.length === 0 ? (
          <p className="py-6 text-center text-sm text-slate-600">
            No products yet.{' '}
            <Link to="/products/new" className="font-medium text-indigo-700 underline">
              Add one
            </Link>
          </p>
        ) : (
          <div className="-mx-4 overflow-x-auto sm:mx-0">
            <table className="w-full min-w-[36rem] text-left text-sm">
              <caption className="sr-only">Sales funnel per product</caption>
              <thead className="text-xs text-slate-600 uppercase">
                <tr>
                  <th scope="col" className="py-2 pr-4 pl-4 sm:pl-0">
                    Product
                  </th>
                  <th scope="col" className="py-2 pr-4 text-right">
                    Views
                  </th>
                  <th scope="col" className="py-2 pr-4 text-right">
                    Checkouts
                  </th>
                  <th scope="col" className="py-2 pr-4 text-right">
                    Paid
                  </th>
                  <th scope="col" className="py-2 pr-4 text-right">
                    Conversion
                  </th>
                  <th scope="col" className="py-2 pr-4 text-right sm:pr-0">
                    Revenue
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {report.products.map((p) => (
                  <tr key={p.productId}>
                    <th scope="row" className="py-2 pr-4 pl-4 font-medium sm:pl-0">
                      <Link to={`/products/${p.productId}`} className="text-indigo-700 hover:underline">
                        {p.name}
                      </Link>
                    </th>
                    <td className="py-2 pr-4 text-right tabular-nums">{count.format(p.views)}</td>
                    <td className="py-2 pr-4 text-right tabular-nums">
                      {count.format(p.checkouts)}
                      <span className="block text-xs text-slate-600">
                        {rate(p.checkouts, p.views)} of views
                      </span>
                    </td>
                    <td className="py-2 pr-4 text-right tabular-nums">
                      {count.format(p.paid)}
                      <span className="block text-xs text-slate-600">
                        {rate(p.paid, p.checkouts)} of checkouts
                      </span>
                    </td>
                    <td className="py-2 pr-4 text-right tabular-nums">{rate(p.paid, p.views)}</td>
                    <td className="py-2 pr-4 text-right tabular-nums sm:pr-0">
                      {formatMoney(p.revenue, p.currency)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Card>
    </>
  );
}
