import { publishNetworkNames } from '@mewayz/contracts';
import { socialService } from '@mewayz/core';
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/cloudflare';
import { Link, useLoaderData } from '@remix-run/react';
import { localLabel, Sparkline, slotLabel } from '../components/social-insights.tsx';
import { Badge, Card, cx, EmptyState, PageHeader } from '../components/ui.tsx';
import { zoneOfRequest } from '../lib/campaigns.server.ts';
import { depsOf } from '../lib/env.server.ts';
import { requireOrg, requirePermission } from '../lib/tenant.server.ts';

export const meta: MetaFunction = () => [{ title: 'Social insights · Mewayz' }];

const windows = ['7', '30', '90'] as const;

/**
 * Engagement per connected account over 7, 30 or 90 days, and the hours the workspace's own posts
 * did best, in the creator's zone (the one the calendar uses). Everything is server-rendered: links
 * for the window, SVG bars for the trend.
 */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const ctx = await requireOrg(request, context);
  requirePermission(ctx, 'content.view');
  const deps = depsOf(context);
  const url = new URL(request.url);
  const days = Number(windows.find((w) => w === url.searchParams.get('days')) ?? '30');
  const zone = zoneOfRequest(request);
  const [insights, best] = await Promise.all([
    socialService.socialInsights(deps, ctx.scope, { days, timeZone: zone }),
    socialService.socialBestTimes(deps, ctx.scope, { timeZone: zone }),
  ]);
  return {
    days,
    insights,
    best: {
      ...best,
      slots: best.slots.map((s) => ({ ...s, next: socialService.nextSlotStart(s, zone, deps.now()) })),
    },
    canManage: ctx.can('content.manage'),
  };
}

const fmt = new Intl.NumberFormat('en');

function Figure({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <div className="min-w-0">
      <dt className="text-xs font-medium text-slate-600">{label}</dt>
      <dd className="text-lg font-semibold text-slate-900 tabular-nums" data-testid={testId}>
        {value}
      </dd>
    </div>
  );
}

export default function SocialInsights() {
  const d = useLoaderData<typeof loader>();
  const { insights, best } = d;
  return (
    <>
      <PageHeader
        title="Social insights"
        description={`How each account did and when your posts do best. Days and hours in ${insights.timeZone}.`}
        actions={
          <Link to="/social" className="text-sm font-medium text-indigo-700 underline">
            ← Social
          </Link>
        }
      />
      <div className="space-y-6">
        <Card
          title="Best times to post"
          description="From your own published posts of the last 90 days, each account compared with its usual."
        >
          {best.status === 'not_enough_history' ? (
            <p className="text-sm text-slate-700" data-testid="best-times">
              Not enough history yet: best times need {best.minimumPosts} published posts from the last 90
              days (you have {best.posts}). Until then there is nothing of yours to go by, so we do not guess.
            </p>
          ) : best.slots.length === 0 ? (
            <p className="text-sm text-slate-700" data-testid="best-times">
              No hour stands out yet in your {best.posts} posts: try a few different times and check back.
            </p>
          ) : (
            <ol className="divide-y divide-slate-100" data-testid="best-times">
              {best.slots.map((s, i) => (
                <li
                  key={`${s.weekday}-${s.hour}`}
                  className="flex flex-wrap items-center gap-x-4 gap-y-1 py-2"
                >
                  <span className="w-5 text-sm font-semibold text-slate-500">{i + 1}.</span>
                  <span className="font-semibold text-slate-900">{slotLabel(s)}</span>
                  <span className="text-sm text-slate-700">
                    {s.score}× your usual engagement · {s.posts} posts
                  </span>
                  {d.canManage && s.next ? (
                    <Link
                      to={`/social?${new URLSearchParams({ when: 'later', at: s.next.local })}#compose`}
                      className="text-sm font-medium text-indigo-700 underline sm:ml-auto"
                    >
                      Schedule for {localLabel(s.next.local)}
                    </Link>
                  ) : null}
                </li>
              ))}
            </ol>
          )}
          <p className="mt-3 text-xs text-slate-600">
            Engagement is likes + 2 × reposts + 2 × replies. A slot needs two posts or more, and posts younger
            than a day are not counted yet.
          </p>
        </Card>
        <nav aria-label="Window" className="flex w-fit gap-1 rounded-lg bg-slate-100 p-1">
          {windows.map((w) => (
            <Link
              key={w}
              to={`?days=${w}`}
              aria-current={String(d.days) === w ? 'true' : undefined}
              className={cx(
                'rounded-md px-3 py-1.5 text-sm font-medium',
                String(d.days) === w
                  ? 'bg-white text-slate-900 shadow-sm'
                  : 'text-slate-700 hover:text-slate-900',
              )}
            >
              {w} days
            </Link>
          ))}
        </nav>
        {insights.accounts.length === 0 ? (
          <EmptyState title="No accounts connected">
            <Link to="/social" className="text-indigo-700 underline">
              Connect an account
            </Link>{' '}
            to see how your posts do.
          </EmptyState>
        ) : (
          <ul className="grid gap-4 lg:grid-cols-2" data-testid="account-insights">
            {insights.accounts.map((a) => (
              <li key={a.accountId} data-testid={`insights-${a.network}`}>
                <Card
                  title={
                    <span className="flex flex-wrap items-center gap-2">
                      {publishNetworkNames[a.network]}{' '}
                      <span className="font-normal text-slate-700">{a.handle}</span>
                      {a.status !== 'connected' ? (
                        <Badge tone="amber">{a.status.replace('_', ' ')}</Badge>
                      ) : null}
                    </span>
                  }
                  description={`${insights.from} – ${insights.to}`}
                >
                  <dl className="grid grid-cols-3 gap-x-4 gap-y-3">
                    <Figure label="Posts" value={fmt.format(a.totals.posts)} testId="total-posts" />
                    <Figure label="Likes" value={fmt.format(a.totals.likes)} testId="total-likes" />
                    <Figure label="Reposts" value={fmt.format(a.totals.reposts)} />
                    <Figure label="Replies" value={fmt.format(a.totals.replies)} />
                    <Figure
                      label="Impressions"
                      value={a.totals.impressions === null ? '—' : fmt.format(a.totals.impressions)}
                    />
                    <Figure
                      label="Engagement / post"
                      value={a.totals.engagementPerPost === null ? '—' : String(a.totals.engagementPerPost)}
                      testId="engagement-per-post"
                    />
                  </dl>
                  {a.totals.impressions === null ? (
                    <p className="mt-2 text-xs text-slate-600">
                      {publishNetworkNames[a.network]} does not report impressions.
                    </p>
                  ) : null}
                  <div className="mt-4">
                    <p className="mb-1 text-xs font-medium text-slate-600">Engagement per day</p>
                    <Sparkline points={a.series} label={`${publishNetworkNames[a.network]} ${a.handle}`} />
                  </div>
                </Card>
              </li>
            ))}
          </ul>
        )}
      </div>
    </>
  );
}
