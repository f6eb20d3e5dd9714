import { rescheduleBookingInput } from '@mewayz/contracts';
import { bookingsService } from '@mewayz/core';
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/cloudflare';
import { data } from '@remix-run/cloudflare';
import { Link, useActionData, useLoaderData } from '@remix-run/react';
import { BookingStatus } from '../components/bookings/booking-status.tsx';
import { ConfirmCard } from '../components/confirm-card.tsx';
import { ActionForm, Alert, Button, Card, PageHeader } from '../components/ui.tsx';
import { rescheduleChoices } from '../lib/bookings.server.ts';
import { depsOf } from '../lib/env.server.ts';
import { type ActionFailure, appErrorToResult, fail, parseWith, withAppErrors } from '../lib/forms.server.ts';
import { requireOrg, requirePermission, workspaceAction } from '../lib/tenant.server.ts';

export const meta: MetaFunction<typeof loader> = ({ data: d }) => [
  { title: `${d?.booking.name ?? 'Booking'} · Bookings · Mewayz` },
];

export const loader = withAppErrors(async ({ request, context, params }: LoaderFunctionArgs) => {
  const ctx = await requireOrg(request, context);
  requirePermission(ctx, 'bookings.view');
  const deps = depsOf(context);
  const booking = await bookingsService.getBooking(ctx.scope, params.bookingId ?? '');
  const { timeZone } = await bookingsService.loadCalendarRules(ctx.scope);
  const canManage = ctx.can('bookings.manage');
  const start = new Date(booking.startsAt);
  const end = new Date(booking.endsAt);
  return {
    booking,
    when: bookingsService.whenText(start, end, timeZone),
    theirs:
      booking.visitorTimeZone && booking.visitorTimeZone !== timeZone
        ? bookingsService.whenText(start, end, booking.visitorTimeZone)
        : null,
    choices: canManage ? await rescheduleChoices(deps, ctx.scope, booking, timeZone) : [],
    canManage,
    canSeeOrders: ctx.can('commerce.view'),
  };
});

type Done = { ok: true; intent: string; message: string };

export async function action({ request, context, params }: ActionFunctionArgs) {
  const { form, ctx, deps, intent } = await workspaceAction(request, context, 'bookings.manage');
  const id = params.bookingId ?? '';
  try {
    if (intent === 'cancel') {
      const before = await bookingsService.getBooking(ctx.scope, id);
      const after = await bookingsService.cancelBooking(deps, ctx.scope, ctx.actor, id);
      if (before.status === 'cancelled') return fail('This call was already cancelled.', {}, { intent }, 409);
      return data<Done>({
        ok: true,
        intent,
        message: after.orderId
          ? 'Call cancelled. The buyer is emailed and refunded in full.'
          : 'Call cancelled. The buyer is emailed.',
      });
    }
    if (intent === 'reschedule') {
      const input = parseWith(rescheduleBookingInput, { startsAt: String(form.get('startsAt') ?? '') });
      if (!input.ok)
        return fail('Choose a new time.', { startsAt: 'Choose one of the free times' }, { intent });
      await bookingsService.rescheduleBooking(deps, ctx.scope, ctx.actor, id, input.data.startsAt);
      return data<Done>({ ok: true, intent, message: 'Call moved. The buyer gets the updated invitation.' });
    }
    throw new Response('Unknown action.', { status: 400 });
  } catch (err) {
    if (err instanceof Response) throw err;
    return appErrorToResult(err, { intent });
  }
}

function Detail({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div className="py-2 sm:grid sm:grid-cols-[10rem_1fr] sm:gap-4">
      <dt className="text-sm font-medium text-slate-600">{term}</dt>
      <dd className="mt-0.5 text-sm break-words text-slate-900 sm:mt-0">{children}</dd>
    </div>
  );
}

export default function BookingPage() {
  const d = useLoaderData<typeof loader>();
  const r = useActionData<ActionFailure | Done>();
  const b = d.booking;
  const live = b.status !== 'cancelled';
  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2 text-sm">
        <Link to="/bookings" className="font-medium text-indigo-700 hover:underline">
          ← Calendar
        </Link>
      </nav>
      <PageHeader
        title={<span className="break-words">{b.serviceName}</span>}
        description={d.when}
        actions={<BookingStatus status={b.status} />}
      />
      <div className="space-y-6">
        {r ? <Alert tone={r.ok ? 'success' : 'error'}>{r.message}</Alert> : null}
        <Card title="The call">
          <dl className="-my-2 divide-y divide-slate-100">
            <Detail term="When (your time)">{d.when}</Detail>
            {d.theirs ? <Detail term="When (their time)">{d.theirs}</Detail> : null}
            <Detail term="Name">{b.name}</Detail>
            <Detail term="Email">
              <a href={`mailto:${b.email}`} className="text-indigo-700 hover:underline">
                {b.email}
              </a>
            </Detail>
            {b.notes ? <Detail term="Notes">{b.notes}</Detail> : null}
            {b.orderId ? (
              <Detail term="Order">
                {d.canSeeOrders ? (
                  <Link to={`/orders/${b.orderId}`} className="text-indigo-700 hover:underline">
                    Paid call: see the order
                  </Link>
                ) : (
                  'Paid call'
                )}
              </Detail>
            ) : null}
            {b.cancelledAt ? (
              <Detail term="Cancelled">
                {new Date(b.cancelledAt).toISOString().slice(0, 16).replace('T', ' ')} UTC by {b.cancelledBy}
              </Detail>
            ) : null}
          </dl>
        </Card>
        {d.canManage && live ? (
          <Card title="Move the call" description="To another free time of this service, in your time zone.">
            {d.choices.length === 0 ? (
              <p className="text-sm text-slate-700">No free times in the next three weeks.</p>
            ) : (
              <ActionForm intent="reschedule" className="flex flex-wrap items-end gap-3">
                <div className="min-w-0 flex-1 basis-56">
                  <label htmlFor="f-startsAt" className="block text-sm font-medium text-slate-800">
                    New time
                  </label>
                  <select
                    id="f-startsAt"
                    name="startsAt"
                    required
                    aria-invalid={r && !r.ok && r.fieldErrors.startsAt ? true : undefined}
                    aria-describedby={r && !r.ok && r.fieldErrors.startsAt ? 'f-startsAt-error' : undefined}
                    className="mt-1.5 block w-full rounded-lg border-0 bg-white py-2 pr-8 pl-3 text-sm text-slate-900 shadow-sm ring-1 ring-inset ring-slate-300 focus:ring-2 focus:ring-indigo-600 focus:outline-none"
                  >
                    {d.choices.map((g) => (
                      <optgroup key={g.day} label={g.day}>
                        {g.times.map((t) => (
                          <option key={t.value} value={t.value}>
                            {g.day}, {t.label}
                          </option>
                        ))}
                      </optgroup>
                    ))}
                  </select>
                  {r && !r.ok && r.fieldErrors.startsAt ? (
                    <p id="f-startsAt-error" className="mt-1 text-xs font-medium text-red-700">
                      {r.fieldErrors.startsAt}
                    </p>
                  ) : null}
                </div>
                <Button type="submit" variant="secondary" intent="reschedule">
                  Move call
                </Button>
              </ActionForm>
            )}
          </Card>
        ) : null}
        {d.canManage && live ? (
          <ConfirmCard
            title="Cancel"
            summary="Cancel this call…"
            intent="cancel"
            confirmLabel="Yes, cancel the call"
          >
            The time is free again at once and {b.name} is emailed.
            {b.orderId ? ' They are refunded in full.' : ''}
          </ConfirmCard>
        ) : null}
      </div>
    </>
  );
}
