import { bookingsService } from '@mewayz/core';
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/cloudflare';
import { data } from '@remix-run/cloudflare';
import { Link, useActionData, useLoaderData } from '@remix-run/react';
import { BookingStatus } from '../components/bookings/booking-status.tsx';
import { BookingsTabs } from '../components/bookings/bookings-tabs.tsx';
import { CopyButton } from '../components/copy-button.tsx';
import { ActionForm, Alert, Button, buttonClass, Card, PageHeader } from '../components/ui.tsx';
import { type CalendarEntry, calendarWeek, feedUrl, feedUrlOf, mondayOf } from '../lib/bookings.server.ts';
import { depsOf } from '../lib/env.server.ts';
import { type ActionFailure, appErrorToResult } from '../lib/forms.server.ts';
import { requireOrg, requirePermission, workspaceAction } from '../lib/tenant.server.ts';

export const meta: MetaFunction = () => [{ title: 'Calendar · Bookings · Mewayz' }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const ctx = await requireOrg(request, context);
  requirePermission(ctx, 'bookings.view');
  const deps = depsOf(context);
  const rules = await bookingsService.loadCalendarRules(ctx.scope);
  const tz = rules.timeZone;
  const monday = mondayOf(new URL(request.url).searchParams.get('week'), deps.now().getTime(), tz);
  const canManage = ctx.can('bookings.manage');
  const [week, feed] = await Promise.all([
    calendarWeek(ctx.scope, monday, tz),
    // The feed URL is a secret that opens every call's buyer details: managers only.
    canManage ? feedUrlOf(deps, ctx.scope) : null,
  ]);
  return { timeZone: tz, week, feed, canManage };
}

type Rotated = { ok: true; intent: string; message: string; feed: string };

export async function action({ request, context }: ActionFunctionArgs) {
  const { ctx, deps, intent } = await workspaceAction(request, context, 'bookings.manage');
  try {
    if (intent === 'rotateFeed') {
      const secret = await bookingsService.rotateFeedSecret(deps, ctx.scope, ctx.actor);
      return data<Rotated>({
        ok: true,
        intent,
        message: 'New feed URL made: the previous one no longer works.',
        feed: feedUrl(deps, secret),
      });
    }
  } catch (err) {
    return appErrorToResult(err, { intent });
  }
  throw new Response('Unknown action.', { status: 400 });
}

function Entry({ e, compact }: { e: CalendarEntry; compact?: boolean }) {
  return (
    <Link
      to={`/bookings/${e.id}`}
      data-booking={e.id}
      className="block rounded-lg bg-white p-2.5 text-sm shadow-sm ring-1 ring-slate-200 hover:ring-indigo-400 focus-visible:outline-2 focus-visible:outline-indigo-600"
    >
      <span className="flex flex-wrap items-center justify-between gap-1">
        <span className="font-semibold tabular-nums text-slate-900">{e.time}</span>
        <BookingStatus status={e.status} />
      </span>
      <span className="mt-1 block break-words font-medium text-slate-800">{e.service}</span>
      <span className="block break-words text-slate-700">{e.name}</span>
      <span
        className={
          compact ? 'block truncate text-xs text-slate-600' : 'block break-all text-xs text-slate-600'
        }
      >
        {e.email}
      </span>
    </Link>
  );
}

export default function Calendar() {
  const d = useLoaderData<typeof loader>();
  const r = useActionData<ActionFailure | Rotated>();
  const feed = r?.ok ? r.feed : d.feed;
  const empty = d.week.days.every((day) => day.entries.length === 0);
  return (
    <>
      <PageHeader
        title="Bookings"
        description={`Your calls, in your time zone (${d.timeZone.replace(/_/g, ' ')}).`}
      />
      <BookingsTabs />
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <h2 className="text-base font-semibold text-slate-900">{d.week.title}</h2>
        <nav aria-label="Weeks" className="flex gap-2">
          <Link to={`?week=${d.week.prev}`} className={buttonClass('secondary', 'sm')} rel="prev">
            ← Previous week
          </Link>
          <Link to="/bookings" className={buttonClass('secondary', 'sm')}>
            This week
          </Link>
          <Link to={`?week=${d.week.next}`} className={buttonClass('secondary', 'sm')} rel="next">
            Next week →
          </Link>
        </nav>
      </div>
      {/* Wide screens: a column per day. */}
      <div className="hidden gap-2 lg:grid lg:grid-cols-7">
        {d.week.days.map((day) => (
          <section key={day.date} aria-label={day.title} className="min-w-0 rounded-xl bg-slate-100/70 p-2">
            <h3 className="mb-2 px-1 text-xs font-semibold tracking-wide text-slate-700 uppercase">
              {day.title}
            </h3>
            <ul className="space-y-2">
              {day.entries.map((e) => (
                <li key={e.id}>
                  <Entry e={e} compact />
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
      {/* Phones and tablets: the week's days with calls, as a list. */}
      <div className="lg:hidden">
        {empty ? null : (
          <ul className="space-y-5" aria-label="Calls this week">
            {d.week.days
              .filter((day) => day.entries.length)
              .map((day) => (
                <li key={day.date}>
                  <h3 className="mb-2 text-sm font-semibold text-slate-900">{day.title}</h3>
                  <ul className="space-y-2">
                    {day.entries.map((e) => (
                      <li key={e.id}>
                        <Entry e={e} />
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
          </ul>
        )}
      </div>
      {empty ? <p className="mt-4 text-sm text-slate-600">No calls booked this week.</p> : null}
      {d.canManage ? (
        <Card
          className="mt-8"
          title="Calendar subscription"
          description="Add your confirmed calls to Google or Apple Calendar by subscribing to this secret URL. Anyone with it sees your buyers’ names and emails: rotate it if it leaks."
        >
          {r ? (
            <div className="mb-4">
              <Alert tone={r.ok ? 'success' : 'error'}>{r.message}</Alert>
            </div>
          ) : null}
          {feed ? (
            <div className="flex flex-wrap items-end gap-2">
              <div className="min-w-0 flex-1 basis-64">
                <label htmlFor="feed-url" className="block text-sm font-medium text-slate-800">
                  Feed URL
                </label>
                <input
                  id="feed-url"
                  readOnly
                  value={feed}
                  onFocus={(e) => e.currentTarget.select()}
                  className="mt-1.5 block w-full rounded-lg border-0 bg-slate-50 px-3 py-2 font-mono text-xs text-slate-900 ring-1 ring-inset ring-slate-300"
                />
              </div>
              <div className="pb-1.5">
                <CopyButton text={feed} label="Copy the feed URL" />
              </div>
            </div>
          ) : (
            <p className="text-sm text-slate-700">No feed URL yet.</p>
          )}
          <ActionForm intent="rotateFeed" className="mt-4">
            <Button type="submit" variant="secondary" intent="rotateFeed">
              {feed ? 'Rotate: make a new URL' : 'Make a feed URL'}
            </Button>
          </ActionForm>
        </Card>
      ) : null}
    </>
  );
}
