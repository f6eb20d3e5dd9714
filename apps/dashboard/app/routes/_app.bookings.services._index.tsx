import { bookingsService } from '@mewayz/core';
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/cloudflare';
import { Link, useLoaderData } from '@remix-run/react';
import { BookingsTabs } from '../components/bookings/bookings-tabs.tsx';
import { Alert, Badge, buttonClass, Card, EmptyState, PageHeader } from '../components/ui.tsx';
import { bookingOrigin, serviceSummary } from '../lib/bookings.server.ts';
import { depsOf } from '../lib/env.server.ts';
import { requireOrg, requirePermission } from '../lib/tenant.server.ts';

export const meta: MetaFunction = () => [{ title: 'Services · Bookings · Mewayz' }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const ctx = await requireOrg(request, context);
  requirePermission(ctx, 'bookings.view');
  const deps = depsOf(context);
  const [services, origin] = await Promise.all([
    bookingsService.listServices(ctx.scope),
    bookingOrigin(deps, ctx.scope),
  ]);
  return {
    services: services.map(serviceSummary),
    origin,
    deleted: new URL(request.url).searchParams.has('deleted'),
    canManage: ctx.can('bookings.manage'),
  };
}

export default function Services() {
  const d = useLoaderData<typeof loader>();
  const add = d.canManage ? (
    <Link to="/bookings/services/new" className={buttonClass()}>
      New service
    </Link>
  ) : null;
  return (
    <>
      <PageHeader
        title="Bookings"
        description="Sell your time: 1:1 calls visitors book on your site, free or paid, in their own time zone."
        actions={d.services.length ? add : null}
      />
      <BookingsTabs />
      {d.deleted ? (
        <div className="mb-6">
          <Alert tone="success">Service deleted. Calls already booked stay in your calendar.</Alert>
        </div>
      ) : null}
      {d.origin ? null : (
        <div className="mb-6">
          <Alert tone="info">Publish a site to take bookings: booking pages live on your sites.</Alert>
        </div>
      )}
      {d.services.length === 0 ? (
        <EmptyState title="No services yet" action={add}>
          {d.canManage
            ? 'Add a call visitors can book: its length, price and where it happens.'
            : 'This workspace offers no bookable calls yet.'}
        </EmptyState>
      ) : (
        <Card>
          <ul className="-my-3 divide-y divide-slate-100" aria-label="Services">
            {d.services.map((s) => (
              <li
                key={s.id}
                className="flex flex-wrap items-center gap-x-4 gap-y-2 py-3"
                data-testid="service-row"
                data-service={s.id}
              >
                <div className="min-w-0 flex-1 basis-48">
                  <Link
                    to={`/bookings/services/${s.id}`}
                    className="font-medium break-words text-slate-900 hover:text-indigo-700 hover:underline"
                  >
                    {s.name}
                  </Link>
                  <p className="text-xs text-slate-600">
                    {s.duration} · {s.location}
                  </p>
                </div>
                <span className="font-medium tabular-nums text-slate-900">{s.price}</span>
                {s.active ? <Badge tone="green">Active</Badge> : <Badge>Inactive</Badge>}
                {d.origin && s.active ? (
                  <a
                    href={`${d.origin}/book/${s.slug}`}
                    target="_blank"
                    rel="noreferrer"
                    className="text-sm font-medium break-all text-indigo-700 hover:underline"
                  >
                    /book/{s.slug}
                    <span className="sr-only"> (booking page, opens in a new tab)</span>
                  </a>
                ) : null}
              </li>
            ))}
          </ul>
        </Card>
      )}
    </>
  );
}
