import { MAX_WINDOWS_PER_DAY } from '@mewayz/contracts';
import { bookingsService } from '@mewayz/core';
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/cloudflare';
import { data } from '@remix-run/cloudflare';
import { useActionData, useLoaderData } from '@remix-run/react';
import { BookingsTabs } from '../components/bookings/bookings-tabs.tsx';
import { ActionForm, Alert, Button, Card, Field, PageHeader, Select } from '../components/ui.tsx';
import { clockOf } from '../lib/booking-clock.ts';
import { availabilityInputOf } from '../lib/booking-forms.server.ts';
import { timeZoneChoices } from '../lib/bookings.server.ts';
import { type ActionFailure, appErrorToResult, fail } from '../lib/forms.server.ts';
import { requireOrg, requirePermission, workspaceAction } from '../lib/tenant.server.ts';

export const meta: MetaFunction = () => [{ title: 'Availability · Bookings · Mewayz' }];

const weekdays = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
/** Empty rows shown below the saved ones, to add hours without script. */
const spareWeeklyRows = 1;
const spareOverrideRows = 2;

export async function loader({ request, context }: LoaderFunctionArgs) {
  const ctx = await requireOrg(request, context);
  requirePermission(ctx, 'bookings.view');
  const calendar = await bookingsService.getAvailability(ctx.scope);
  const asRow = (w: { start: number; end: number }) => ({ start: clockOf(w.start), end: clockOf(w.end) });
  return {
    timeZone: calendar.timeZone,
    timeZones: timeZoneChoices(calendar.timeZone),
    weekly: calendar.weekly.map((windows) => windows.map(asRow)),
    // One row per window; a day off is a date without times.
    overrides: calendar.overrides.flatMap((o) =>
      o.windows.length
        ? o.windows.map((w) => ({ date: o.date, ...asRow(w) }))
        : [{ date: o.date, start: '', end: '' }],
    ),
    canManage: ctx.can('bookings.manage'),
  };
}

type Saved = { ok: true; message: string };

export async function action({ request, context }: ActionFunctionArgs) {
  const { form, ctx, deps } = await workspaceAction(request, context, 'bookings.manage');
  const input = availabilityInputOf(form);
  if (!input.ok) return fail('Check the highlighted hours.', input.fieldErrors);
  try {
    await bookingsService.setAvailability(deps, ctx.scope, ctx.actor, input.data);
    return data<Saved>({ ok: true, message: 'Availability saved.' });
  } catch (err) {
    return appErrorToResult(err);
  }
}

function TimeRange({
  prefix,
  label,
  value,
  errors,
}: {
  prefix: string;
  label: string;
  value?: { start: string; end: string };
  errors: Record<string, string>;
}) {
  return (
    <div className="grid grid-cols-2 gap-2">
      <Field
        label={`${label} from`}
        name={`${prefix}.start`}
        id={`f-${prefix}.start`}
        type="time"
        step={300}
        defaultValue={value?.start ?? ''}
        error={errors[`${prefix}.start`]}
      />
      <Field
        label={`${label} to`}
        name={`${prefix}.end`}
        id={`f-${prefix}.end`}
        type="time"
        step={300}
        defaultValue={value?.end ?? ''}
        error={errors[`${prefix}.end`]}
      />
    </div>
  );
}

export default function Availability() {
  const d = useLoaderData<typeof loader>();
  const r = useActionData<ActionFailure | Saved>();
  const errors = r && !r.ok ? r.fieldErrors : {};
  const overrideCount = d.overrides.length + spareOverrideRows;
  return (
    <>
      <PageHeader
        title="Bookings"
        description="When visitors can book you. Every service shares these hours, so calls never overlap."
      />
      <BookingsTabs />
      {r ? (
        <div className="mb-6">
          <Alert tone={r.ok ? 'success' : 'error'}>{r.message}</Alert>
        </div>
      ) : null}
      {d.canManage ? null : (
        <div className="mb-6">
          <Alert tone="info">Your role can see the hours but not change them.</Alert>
        </div>
      )}
      {/* Keyed by the saved state: after a save the rows (and the spare ones) are drawn again. */}
      <ActionForm key={JSON.stringify(d)} aria-label="Availability" className="space-y-6" noValidate>
        <fieldset disabled={!d.canManage} className="space-y-6">
          <Card title="Time zone" description="Your hours are in this zone; visitors see times in theirs.">
            <Select
              label="Your time zone"
              name="timeZone"
              defaultValue={d.timeZone}
              error={errors.timeZone}
              className="max-w-sm"
            >
              {d.timeZones.map((z) => (
                <option key={z} value={z}>
                  {z.replace(/_/g, ' ')}
                </option>
              ))}
            </Select>
          </Card>
          <Card
            title="Weekly hours"
            description="Several ranges a day are fine (09:00–12:00 and 14:00–17:00). Clear a range to remove it; a day without hours is a day off."
          >
            <ul className="divide-y divide-slate-100" aria-label="Weekly hours">
              {weekdays.map((day, i) => {
                const rows = Math.min(d.weekly[i]!.length + spareWeeklyRows, MAX_WINDOWS_PER_DAY);
                return (
                  <li key={day} className="grid gap-3 py-4 first:pt-0 last:pb-0 md:grid-cols-[9rem_1fr]">
                    <h3 className="pt-1 text-sm font-semibold text-slate-900">
                      {day}
                      {d.weekly[i]!.length === 0 ? (
                        <span className="ml-2 text-xs font-normal text-slate-500">Day off</span>
                      ) : null}
                    </h3>
                    <div className="space-y-3">
                      {Array.from({ length: rows }, (_, row) => (
                        <TimeRange
                          // biome-ignore lint/suspicious/noArrayIndexKey: a row is its position (`weekly.<day>.<row>`); a save redraws the form.
                          key={row}
                          prefix={`weekly.${i}.${row}`}
                          label={row === 0 ? day : `${day} (${row + 1})`}
                          value={d.weekly[i]![row]}
                          errors={errors}
                        />
                      ))}
                    </div>
                  </li>
                );
              })}
            </ul>
          </Card>
          <Card
            title="Date overrides and days off"
            description="Other hours on a date replace that weekday’s. A date without times is a day off. Several rows with one date give it several ranges."
          >
            <input type="hidden" name="overrideRows" value={overrideCount} />
            {errors.overrides ? (
              <p className="mb-3 text-xs font-medium text-red-700">{errors.overrides}</p>
            ) : null}
            <ul className="space-y-4" aria-label="Date overrides">
              {Array.from({ length: overrideCount }, (_, row) => {
                const o = d.overrides[row];
                const prefix = `overrides.${row}`;
                return (
                  // biome-ignore lint/suspicious/noArrayIndexKey: a row is its position (`overrides.<row>`); a save redraws the form.
                  <li key={row} className="grid gap-3 sm:grid-cols-[12rem_1fr]" data-testid="override-row">
                    <Field
                      label={`Date ${row + 1}`}
                      name={`${prefix}.date`}
                      id={`f-${prefix}.date`}
                      type="date"
                      defaultValue={o?.date ?? ''}
                      error={errors[`${prefix}.date`]}
                    />
                    <TimeRange prefix={prefix} label={`Hours ${row + 1}`} value={o} errors={errors} />
                  </li>
                );
              })}
            </ul>
          </Card>
        </fieldset>
        {d.canManage ? <Button type="submit">Save availability</Button> : null}
      </ActionForm>
    </>
  );
}
