import type { SubmissionResult } from '@conform-to/react';
import { parseMoneyInput } from '@mewayz/contracts';
import { commerceService, formatMoney } from '@mewayz/core';
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/cloudflare';
import { data } from '@remix-run/cloudflare';
import { Link, useActionData, useLoaderData } from '@remix-run/react';
import { FormField, MewayzForm, useMewayzForm } from '../components/form.tsx';
import { OrderStatusBadge } from '../components/order-status.tsx';
import { Alert, Button, Card, PageHeader } from '../components/ui.tsx';
import { depsOf } from '../lib/env.server.ts';
import { parseSubmission } from '../lib/form-submission.ts';
import { replyWithAppError } from '../lib/forms.server.ts';
import { fulfilForm, refundForm } from '../lib/order-forms.ts';
import { requireOrg, requirePermission, workspaceAction } from '../lib/tenant.server.ts';

export const meta: MetaFunction<typeof loader> = ({ data: d }) => [
  { title: `Order ${d?.reference ? `#${d.reference}` : ''} · Mewayz` },
];

async function loadOrder(
  deps: ReturnType<typeof depsOf>,
  scope: Parameters<typeof commerceService.getOrder>[1],
  id: string,
) {
  try {
    return await commerceService.getOrder(deps, scope, id);
  } catch (err) {
    if ((err as { status?: number }).status === 404) throw new Response('Order not found.', { status: 404 });
    throw err;
  }
}

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const ctx = await requireOrg(request, context);
  requirePermission(ctx, 'commerce.view');
  const order = await loadOrder(depsOf(context), ctx.scope, params.orderId ?? '');
  const money = (n: number) => formatMoney(n, order.currency);
  return {
    order,
    reference: order.id.slice(-8).toUpperCase(),
    money: {
      subtotal: money(order.subtotal),
      shipping: money(order.shippingTotal),
      tax: money(order.taxTotal),
      total: money(order.total),
      refunded: money(order.refundedTotal),
      left: money(order.total - order.refundedTotal),
      fee: money(order.platformFee),
      items: order.items.map((i) => ({ unit: money(i.unitPrice), total: money(i.total) })),
      events: order.events.map((e) => (e.amount === null ? null : money(e.amount))),
    },
    canManage: ctx.can('commerce.manage'),
  };
}

type Result = { ok: boolean; intent: string; message: string; result?: SubmissionResult<string[]> };

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { form, ctx, deps, intent } = await workspaceAction(request, context, 'commerce.manage');
  const orderId = params.orderId ?? '';
  switch (intent) {
    case 'refund': {
      const submission = parseSubmission(form, refundForm);
      if (submission.status !== 'success')
        return data<Result>({ ok: false, intent, message: '', result: submission.reply() }, { status: 400 });
      const order = await loadOrder(deps, ctx.scope, orderId);
      let amount: number | undefined;
      if (submission.value.amount) {
        const parsed = parseMoneyInput(submission.value.amount, order.currency);
        if (!parsed.ok || parsed.amount < 1)
          return data<Result>(
            {
              ok: false,
              intent,
              message: '',
              result: submission.reply({
                fieldErrors: { amount: [parsed.ok ? 'Refund at least the smallest unit' : parsed.message] },
              }),
            },
            { status: 400 },
          );
        amount = parsed.amount;
      }
      try {
        await commerceService.refundOrder(deps, ctx.scope, ctx.actor, orderId, {
          amount,
          reason: submission.value.reason || undefined,
        });
        return data<Result>({
          ok: true,
          intent,
          message: 'Refund requested. The order changes as soon as Stripe confirms it.',
          result: submission.reply({ resetForm: true }),
        });
      } catch (err) {
        return data<Result>(
          { ok: false, intent, message: '', result: replyWithAppError(submission, err) },
          { status: 400 },
        );
      }
    }
    case 'fulfil': {
      const submission = parseSubmission(form, fulfilForm);
      if (submission.status !== 'success')
        return data<Result>({ ok: false, intent, message: '', result: submission.reply() }, { status: 400 });
      try {
        await commerceService.fulfilOrder(deps, ctx.scope, ctx.actor, orderId, submission.value);
        return data<Result>({
          ok: true,
          intent,
          message: 'Marked fulfilled.',
          result: submission.reply({ resetForm: true }),
        });
      } catch (err) {
        return data<Result>(
          { ok: false, intent, message: '', result: replyWithAppError(submission, err) },
          { status: 400 },
        );
      }
    }
    default:
      throw new Response('Unknown action.', { status: 400 });
  }
}

/** What the team's own actions on an order are called; Stripe's events carry their own message. */
const eventLabel: Record<string, string> = {
  'checkout.started': 'Checkout started',
  'checkout.failed': 'Checkout failed',
  'checkout.released': 'Checkout ended unpaid',
  'refund.requested': 'Refund requested',
  'order.fulfilled': 'Marked fulfilled',
  'demo.seeded': 'Demo order',
};

const refundable = new Set(['paid', 'fulfilled', 'partially_refunded', 'disputed']);
const fulfillable = new Set(['paid', 'partially_refunded']);

export default function OrderPage() {
  const { order, reference, money, canManage } = useLoaderData<typeof loader>();
  const r = useActionData<typeof action>() as Result | undefined;
  const [refund, refundFields] = useMewayzForm(refundForm, {
    id: 'refund',
    lastResult: r?.intent === 'refund' ? r.result : undefined,
  });
  const [fulfil, fulfilFields] = useMewayzForm(fulfilForm, {
    id: 'fulfil',
    lastResult: r?.intent === 'fulfil' ? r.result : undefined,
  });
  const address = order.shippingAddress;
  return (
    <>
      <p className="mb-2 text-sm">
        <Link to="/orders" className="font-semibold text-indigo-700 hover:underline">
          ← Orders
        </Link>
      </p>
      <PageHeader
        title={
          <span className="flex flex-wrap items-center gap-3">
            Order #{reference} <OrderStatusBadge status={order.status} />
          </span>
        }
        description={`Placed ${order.createdAt.replace('T', ' ').slice(0, 16)} UTC${order.buyerEmail ? ` by ${order.buyerEmail}` : ''}`}
      />
      {r?.message ? (
        <div className="mb-6">
          <Alert tone={r.ok ? 'success' : 'error'}>{r.message}</Alert>
        </div>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-[1fr_20rem]">
        <div className="min-w-0 space-y-6">
          <Card>
            <h2 className="mb-3 text-base font-semibold text-slate-900">Items</h2>
            <table className="w-full text-sm">
              <tbody className="divide-y divide-slate-100">
                {order.items.map((item, i) => (
                  <tr key={item.id}>
                    <td className="py-2 pr-3 text-slate-900">
                      {item.quantity} × {item.name}
                      {item.variantName ? (
                        <span className="text-slate-600"> ({item.variantName})</span>
                      ) : null}
                      {item.sku ? <span className="block text-xs text-slate-500">SKU {item.sku}</span> : null}
                    </td>
                    <td className="py-2 text-right tabular-nums">{money.items[i]!.total}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot className="text-slate-700">
                <tr>
                  <td className="pt-3">Subtotal</td>
                  <td className="pt-3 text-right tabular-nums">{money.subtotal}</td>
                </tr>
                {order.shippingTotal ? (
                  <tr>
                    <td>Shipping</td>
                    <td className="text-right tabular-nums">{money.shipping}</td>
                  </tr>
                ) : null}
                {order.taxTotal ? (
                  <tr>
                    <td>Tax</td>
                    <td className="text-right tabular-nums">{money.tax}</td>
                  </tr>
                ) : null}
                <tr className="font-semibold text-slate-900">
                  <td>Total</td>
                  <td className="text-right tabular-nums">{money.total}</td>
                </tr>
                {order.refundedTotal ? (
                  <tr className="text-red-700">
                    <td>Refunded</td>
                    <td className="text-right tabular-nums" data-testid="refunded">
                      −{money.refunded}
                    </td>
                  </tr>
                ) : null}
                {order.platformFee ? (
                  <tr className="text-xs text-slate-500">
                    <td>Platform fee</td>
                    <td className="text-right tabular-nums">{money.fee}</td>
                  </tr>
                ) : null}
              </tfoot>
            </table>
          </Card>
          <Card>
            <h2 className="mb-3 text-base font-semibold text-slate-900">Timeline</h2>
            <ol className="space-y-3" aria-label="Timeline">
              {order.events.map((e, i) => (
                <li key={e.id} className="flex gap-3 text-sm" data-event={e.type}>
                  <time dateTime={e.createdAt} className="w-32 shrink-0 text-xs text-slate-600 tabular-nums">
                    {e.createdAt.replace('T', ' ').slice(0, 16)}
                  </time>
                  <span className="min-w-0 text-slate-900">
                    <span className="font-medium">{eventLabel[e.type] ?? e.message ?? e.type}</span>
                    {eventLabel[e.type] && e.message ? (
                      <span className="text-slate-600"> · {e.message}</span>
                    ) : null}
                    {money.events[i] ? <span className="text-slate-600"> · {money.events[i]}</span> : null}
                    {e.stripeEventId ? (
                      <span className="block truncate font-mono text-xs text-slate-500">
                        {e.type} · {e.stripeEventId}
                      </span>
                    ) : null}
                  </span>
                </li>
              ))}
            </ol>
          </Card>
        </div>
        <div className="min-w-0 space-y-6">
          <Card>
            <h2 className="mb-2 text-base font-semibold text-slate-900">Buyer</h2>
            <p className="text-sm text-slate-700 break-words">
              {order.buyerName ?? '—'}
              <br />
              {order.buyerEmail ?? 'No email yet'}
            </p>
            {address ? (
              <address className="mt-3 text-sm not-italic text-slate-700" data-testid="shipping-address">
                {[
                  address.name,
                  address.line1,
                  address.line2,
                  [address.postalCode, address.city].filter(Boolean).join(' '),
                  address.state,
                  address.country,
                ]
                  .filter(Boolean)
                  .map((l) => (
                    <span key={l} className="block">
                      {l}
                    </span>
                  ))}
              </address>
            ) : null}
            {order.trackingNumber ? (
              <p className="mt-3 text-sm text-slate-700">
                Tracking:{' '}
                {order.trackingUrl ? (
                  <a className="font-semibold text-indigo-700 hover:underline" href={order.trackingUrl}>
                    {order.trackingNumber}
                  </a>
                ) : (
                  order.trackingNumber
                )}
              </p>
            ) : null}
          </Card>
          {canManage && fulfillable.has(order.status) ? (
            <Card>
              <h2 className="mb-3 text-base font-semibold text-slate-900">Fulfil</h2>
              <MewayzForm form={fulfil} intent="fulfil" className="space-y-3">
                <FormField meta={fulfilFields.trackingNumber} label="Tracking number (optional)" />
                <FormField meta={fulfilFields.trackingUrl} label="Tracking link (optional)" type="url" />
                <Button type="submit">Mark fulfilled</Button>
              </MewayzForm>
            </Card>
          ) : null}
          {canManage && refundable.has(order.status) ? (
            <Card>
              <h2 className="mb-1 text-base font-semibold text-slate-900">Refund</h2>
              <p className="mb-3 text-sm text-slate-600">Up to {money.left} can still be refunded.</p>
              <MewayzForm form={refund} intent="refund" className="space-y-3">
                <FormField
                  meta={refundFields.amount}
                  label={`Amount in ${order.currency}`}
                  hint="Leave empty to refund everything left."
                  inputMode="decimal"
                />
                <FormField meta={refundFields.reason} label="Note (optional)" />
                <Button type="submit" variant="secondary">
                  Refund
                </Button>
              </MewayzForm>
            </Card>
          ) : null}
        </div>
      </div>
    </>
  );
}
