import { orderStatuses } from '@mewayz/contracts';
import { commerceService, formatMoney } from '@mewayz/core';
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/cloudflare';
import { redirect } from '@remix-run/cloudflare';
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react';
import { OrderStatusBadge, orderStatusLabel } from '../components/order-status.tsx';
import {
  ActionForm,
  Alert,
  Badge,
  Button,
  Card,
  EmptyState,
  Field,
  PageHeader,
  Pagination,
  Select,
} from '../components/ui.tsx';
import { depsOf } from '../lib/env.server.ts';
import { appErrorToResult } from '../lib/forms.server.ts';
import { readOrderFilters } from '../lib/orders.server.ts';
import { pageOf } from '../lib/paging.server.ts';
import { requireOrg, requirePermission, workspaceAction } from '../lib/tenant.server.ts';

export const meta: MetaFunction = () => [{ title: 'Orders · Mewayz' }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const ctx = await requireOrg(request, context);
  requirePermission(ctx, 'commerce.view');
  const deps = depsOf(context);
  const filters = readOrderFilters(request);
  const paging = pageOf(request);
  const url = new URL(request.url);
  // Back from Stripe's onboarding: read the account now rather than wait for its webhook.
  const payouts =
    url.searchParams.get('payouts') === 'return' && ctx.can('commerce.manage')
      ? await commerceService
          .refreshPayoutStatus(deps, ctx.scope)
          .catch(() => commerceService.payoutStatus(deps, ctx.scope))
      : await commerceService.payoutStatus(deps, ctx.scope);
  const page = await commerceService.listOrders(deps, ctx.scope, filters, paging);
  return {
    orders: page.items.map((o) => ({
      id: o.id,
      reference: o.id.slice(-8).toUpperCase(),
      createdAt: o.createdAt,
      status: o.status,
      buyer: o.buyerEmail,
      items: o.items
        .map((i) => `${i.quantity} × ${i.name}${i.variantName ? ` (${i.variantName})` : ''}`)
        .join(', '),
      total: formatMoney(o.total, o.currency),
      refunded: o.refundedTotal ? formatMoney(o.refundedTotal, o.currency) : null,
    })),
    total: page.total,
    filters,
    paging,
    payouts,
    canManage: ctx.can('commerce.manage'),
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const { ctx, deps, intent } = await workspaceAction(request, context, 'commerce.manage');
  switch (intent) {
    case 'payouts':
      try {
        const url = await commerceService.startPayoutOnboarding(deps, ctx.scope, ctx.actor, {
          returnUrl: `${deps.appUrl}/orders?payouts=return`,
          refreshUrl: `${deps.appUrl}/orders?payouts=refresh`,
          email: ctx.user.email,
        });
        return redirect(url, 303);
      } catch (err) {
        return appErrorToResult(err, { intent });
      }
    default:
      throw new Response('Unknown action.', { status: 400 });
  }
}

function Payouts() {
  const { payouts, canManage } = useLoaderData<typeof loader>();
  const r = useActionData<typeof action>() as { message?: string } | undefined;
  if (!payouts.paymentsConfigured)
    return (
      <Alert tone="info">
        Payments are not configured on this platform yet (no Stripe key), so products can be shown but not
        bought.
      </Alert>
    );
  const ready = payouts.chargesEnabled && payouts.payoutsEnabled;
  return (
    <Card className="mb-6">
      <div className="flex flex-wrap items-center justify-between gap-4" data-testid="payouts">
        <div className="min-w-0">
          <h2 className="flex items-center gap-2 text-base font-semibold text-slate-900">
            Payouts{' '}
            <Badge tone={ready ? 'green' : payouts.connected ? 'amber' : 'slate'}>
              {ready ? 'active' : payouts.connected ? 'setup unfinished' : 'not set up'}
            </Badge>
          </h2>
          <p className="mt-1 text-sm text-slate-600">
            {ready
              ? `Sales are paid out to your Stripe account; the platform keeps ${payouts.platformFeeBps / 100}% of each sale.`
              : 'Connect a Stripe account to be paid for your sales. Until then, the platform collects payments for you.'}
            {payouts.requirementsDue.length
              ? ` Stripe still needs: ${payouts.requirementsDue.join(', ')}.`
              : ''}
          </p>
          {r?.message ? <p className="mt-2 text-sm text-red-700">{r.message}</p> : null}
        </div>
        {canManage && !ready ? (
          <ActionForm intent="payouts">
            <Button type="submit">
              {payouts.connected ? 'Finish setting up payouts' : 'Set up payouts'}
            </Button>
          </ActionForm>
        ) : null}
      </div>
    </Card>
  );
}

export default function Orders() {
  const { orders, total, filters, paging } = useLoaderData<typeof loader>();
  const filtered = Boolean(filters.status || filters.from || filters.to);
  const query = { status: filters.status, from: filters.from, to: filters.to };
  const csv = `/orders/export.csv?${new URLSearchParams(Object.entries(query).filter((e): e is [string, string] => Boolean(e[1])))}`;
  return (
    <>
      <PageHeader
        title="Orders"
        description="Everything bought from your sites, newest first. Times are UTC."
        actions={
          <a
            href={csv}
            className="rounded-lg px-3 py-2 text-sm font-semibold text-indigo-700 ring-1 ring-inset ring-slate-300 hover:bg-slate-50"
          >
            Export CSV
          </a>
        }
      />
      <Payouts />
      <Card className="mb-6">
        <Form
          method="get"
          className="grid gap-4 sm:grid-cols-2 lg:grid-cols-[1fr_auto_auto_auto] lg:items-end"
        >
          <Select label="Status" name="status" defaultValue={filters.status ?? ''}>
            <option value="">Any status</option>
            {orderStatuses.map((s) => (
              <option key={s} value={s}>
                {orderStatusLabel[s]}
              </option>
            ))}
          </Select>
          <Field label="From" name="from" type="date" defaultValue={filters.from ?? ''} />
          <Field label="To" name="to" type="date" defaultValue={filters.to ?? ''} />
          <div className="flex items-center gap-3">
            <Button type="submit" variant="secondary">
              Filter
            </Button>
            {filtered ? (
              <Link to="/orders" className="text-sm font-semibold text-indigo-700 hover:underline">
                Clear
              </Link>
            ) : null}
          </div>
        </Form>
      </Card>
      <Card>
        {orders.length === 0 ? (
          <EmptyState title={filtered ? 'No orders match these filters' : 'No orders yet'}>
            {filtered ? undefined : 'When someone buys from your store, the order shows up here.'}
          </EmptyState>
        ) : (
          <ul className="-my-3 divide-y divide-slate-100" aria-label="Orders">
            {orders.map((o) => (
              <li key={o.id} className="py-3" data-order={o.id}>
                <Link
                  to={`/orders/${o.id}`}
                  className="grid gap-1 rounded-lg sm:grid-cols-[7rem_1fr_auto] sm:items-center sm:gap-4"
                >
                  <span className="font-mono text-sm font-semibold text-indigo-700">#{o.reference}</span>
                  <span className="min-w-0">
                    <span className="block truncate text-sm text-slate-900">{o.items}</span>
                    <span className="block truncate text-xs text-slate-600">
                      {o.buyer ?? 'Checkout not finished'} ·{' '}
                      <time dateTime={o.createdAt}>{o.createdAt.replace('T', ' ').slice(0, 16)}</time>
                    </span>
                  </span>
                  <span className="flex items-center gap-3 sm:justify-end">
                    <span className="text-sm font-semibold text-slate-900 tabular-nums">{o.total}</span>
                    <OrderStatusBadge status={o.status} />
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        )}
        <Pagination {...paging} total={total} query={query} />
      </Card>
    </>
  );
}
