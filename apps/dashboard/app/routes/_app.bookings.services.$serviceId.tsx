import { currencyCodes } from '@mewayz/contracts';
import { bookingsService } from '@mewayz/core';
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/cloudflare';
import { data, redirect } from '@remix-run/cloudflare';
import { useActionData, useLoaderData } from '@remix-run/react';
import { ServiceForm } from '../components/bookings/service-form.tsx';
import { ServicesBreadcrumb } from '../components/bookings/services-breadcrumb.tsx';
import { ConfirmCard } from '../components/confirm-card.tsx';
import { Alert, Badge, Card, PageHeader } from '../components/ui.tsx';
import { serviceInputOf } from '../lib/booking-forms.server.ts';
import { bookingOrigin } from '../lib/bookings.server.ts';
import { priceInputOf } from '../lib/courses.server.ts';
import { depsOf } from '../lib/env.server.ts';
import { type ActionFailure, appErrorToResult, fail, withAppErrors } from '../lib/forms.server.ts';
import { requireOrg, requirePermission, workspaceAction } from '../lib/tenant.server.ts';

export const meta: MetaFunction<typeof loader> = ({ data: d }) => [
  { title: `${d?.service.name ?? 'Service'} · Bookings · Mewayz` },
];

export const loader = withAppErrors(async ({ request, context, params }: LoaderFunctionArgs) => {
  const ctx = await requireOrg(request, context);
  requirePermission(ctx, 'bookings.view');
  const deps = depsOf(context);
  const [service, origin] = await Promise.all([
    bookingsService.getService(ctx.scope, params.serviceId ?? ''),
    bookingOrigin(deps, ctx.scope),
  ]);
  return {
    service,
    values: {
      ...service,
      price: priceInputOf(service.price, service.currency),
      minNoticeHours: Math.round(service.minNoticeMinutes / 60),
    },
    bookingUrl: origin && service.active ? `${origin}/book/${service.slug}` : null,
    currencies: currencyCodes,
    created: new URL(request.url).searchParams.has('created'),
    canManage: ctx.can('bookings.manage'),
  };
});

type Saved = { ok: true; intent: string; message: string };

export async function action({ request, context, params }: ActionFunctionArgs) {
  const { form, ctx, deps, intent } = await workspaceAction(request, context, 'bookings.manage');
  const id = params.serviceId ?? '';
  try {
    if (intent === 'save') {
      const input = serviceInputOf(form);
      if (!input.ok) return fail('Check the highlighted fields.', input.fieldErrors, { intent });
      await bookingsService.updateService(deps, ctx.scope, ctx.actor, id, input.data);
      return data<Saved>({ ok: true, intent, message: 'Service saved.' });
    }
    if (intent === 'delete') {
      await bookingsService.deleteService(deps, ctx.scope, ctx.actor, id);
      return redirect('/bookings/services?deleted=1');
    }
    throw new Response('Unknown action.', { status: 400 });
  } catch (err) {
    if (err instanceof Response) throw err;
    return appErrorToResult(err, { intent });
  }
}

export default function ServiceEditor() {
  const d = useLoaderData<typeof loader>();
  const r = useActionData<ActionFailure | Saved>();
  const s = d.service;
  return (
    <>
      <ServicesBreadcrumb />
      <PageHeader
        title={<span className="break-words">{s.name}</span>}
        description={`${s.durationMinutes} minutes · /book/${s.slug}`}
        actions={s.active ? <Badge tone="green">Active</Badge> : <Badge>Inactive</Badge>}
      />
      <div className="space-y-6">
        {d.created && !r ? <Alert tone="success">Service created.</Alert> : null}
        {r ? <Alert tone={r.ok ? 'success' : 'error'}>{r.message}</Alert> : null}
        {d.bookingUrl ? (
          <p className="text-sm text-slate-700">
            Booking page:{' '}
            <a
              href={d.bookingUrl}
              target="_blank"
              rel="noreferrer"
              className="font-medium break-all text-indigo-700 hover:underline"
            >
              {d.bookingUrl}
            </a>
          </p>
        ) : null}
        {d.canManage ? null : <Alert tone="info">Your role can see services but not change them.</Alert>}
        <Card title="Details">
          <ServiceForm
            key={s.updatedAt}
            values={d.values}
            errors={r && !r.ok ? r.fieldErrors : undefined}
            currencies={d.currencies}
            intent="save"
            submitLabel="Save service"
            readOnly={!d.canManage}
          />
        </Card>
        {d.canManage ? (
          <ConfirmCard
            title="Delete"
            summary="Delete this service…"
            intent="delete"
            confirmLabel={`Yes, delete “${s.name}”`}
          >
            Its booking page stops taking bookings at once. Calls already booked stay in your calendar.
          </ConfirmCard>
        ) : null}
      </div>
    </>
  );
}
