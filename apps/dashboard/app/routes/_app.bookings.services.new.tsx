import { currencyCodes } from '@mewayz/contracts';
import { bookingsService } from '@mewayz/core';
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/cloudflare';
import { redirect } from '@remix-run/cloudflare';
import { useActionData, useLoaderData } from '@remix-run/react';
import { newServiceValues, ServiceForm } from '../components/bookings/service-form.tsx';
import { ServicesBreadcrumb } from '../components/bookings/services-breadcrumb.tsx';
import { Alert, Card, PageHeader } from '../components/ui.tsx';
import { serviceInputOf } from '../lib/booking-forms.server.ts';
import { type ActionFailure, appErrorToResult, fail } from '../lib/forms.server.ts';
import { requireOrg, requirePermission, workspaceAction } from '../lib/tenant.server.ts';

export const meta: MetaFunction = () => [{ title: 'New service · Bookings · Mewayz' }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const ctx = await requireOrg(request, context);
  requirePermission(ctx, 'bookings.manage');
  return { currencies: currencyCodes };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const { form, ctx, deps } = await workspaceAction(request, context, 'bookings.manage');
  const input = serviceInputOf(form);
  if (!input.ok) return fail('Check the highlighted fields.', input.fieldErrors);
  try {
    const service = await bookingsService.createService(deps, ctx.scope, ctx.actor, input.data);
    return redirect(`/bookings/services/${service.id}?created=1`);
  } catch (err) {
    return appErrorToResult(err);
  }
}

export default function NewService() {
  const d = useLoaderData<typeof loader>();
  const failed = useActionData<ActionFailure>();
  return (
    <>
      <ServicesBreadcrumb />
      <PageHeader title="New service" description="A call visitors book on your site." />
      {failed ? (
        <div className="mb-6">
          <Alert>{failed.message}</Alert>
        </div>
      ) : null}
      <Card>
        <ServiceForm
          values={newServiceValues}
          errors={failed?.fieldErrors}
          currencies={d.currencies}
          submitLabel="Create service"
        />
      </Card>
    </>
  );
}
