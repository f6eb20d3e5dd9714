import { orderItems, orders } from '@mewayz/db/schema';
import { and, asc, eq, isNotNull, isNull, type SQL } from 'drizzle-orm';
import { escapeHtml } from '../email/mailer.ts';
import type { IdentityDeps } from '../identity/identity-deps.ts';
import { ownerEmails } from '../organizations/owner-emails.ts';
import type { TenantScope } from '../tenancy/scope.ts';
import { downloadLinksOf } from './downloads.ts';
import { formatMoney } from './money.ts';
import type { OrderRow } from './orders.ts';

/**
 * Send one notification of a paid order at most once: claim its column (a conditional update from
 * null), send, and give the claim back if sending fails so a retry sends it. Concurrent consumers of a
 * redelivered event cannot both claim it.
 */
async function once(
  deps: IdentityDeps,
  scope: TenantScope,
  order: OrderRow,
  field: 'receiptSentAt' | 'creatorNotifiedAt',
  send: () => Promise<void>,
): Promise<boolean> {
  const mine: SQL = and(eq(orders.id, order.id), isNull(orders[field]), isNotNull(orders.paidAt))!;
  if ((await scope.update(orders, { [field]: deps.now() }, mine)) === 0) return false;
  try {
    await send();
    return true;
  } catch (err) {
    await scope.update(orders, { [field]: null }, eq(orders.id, order.id));
    throw err;
  }
}

function itemLines(order: OrderRow, items: (typeof orderItems.$inferSelect)[]) {
  return items.map((i) => ({
    label: `${i.quantity} × ${i.name}${i.variantName ? ` (${i.variantName})` : ''}`,
    amount: formatMoney(i.total, order.currency),
  }));
}

function totals(order: OrderRow) {
  const rows: [string, number][] = [['Subtotal', order.subtotal]];
  if (order.shippingTotal) rows.push(['Shipping', order.shippingTotal]);
  if (order.taxTotal) rows.push(['Tax', order.taxTotal]);
  rows.push(['Total', order.total]);
  return rows.map(([label, amount]) => ({ label, amount: formatMoney(amount, order.currency) }));
}

/**
 * The buyer's receipt (with the download links of digital goods) and the creator's "you sold
 * something" email, each sent once per paid order. Safe to call again: what was sent is skipped.
 */
export async function sendOrderEmails(
  deps: IdentityDeps,
  scope: TenantScope,
  orderId: string,
  storeName: string,
): Promise<{ receipt: boolean; creator: boolean }> {
  const order = await scope.first(orders, eq(orders.id, orderId));
  if (!order?.paidAt) return { receipt: false, creator: false };
  const items = await scope.list(orderItems, eq(orderItems.orderId, order.id), {
    orderBy: [asc(orderItems.position), asc(orderItems.id)],
  });
  const lines = [...itemLines(order, items), ...totals(order)];
  const table = `<table role="presentation" cellpadding="4">${lines
    .map((l) => `<tr><td>${escapeHtml(l.label)}</td><td align="right">${escapeHtml(l.amount)}</td></tr>`)
    .join('')}</table>`;
  const textTable = lines.map((l) => `${l.label}: ${l.amount}`).join('\n');
  const reference = order.id.slice(-8).toUpperCase();

  const receipt = order.buyerEmail
    ? await once(deps, scope, order, 'receiptSentAt', async () => {
        const links = await downloadLinksOf(deps, scope, order.id, order.siteOrigin);
        const downloadsText = links.length
          ? `\n\nYour downloads (each link works ${links[0]!.downloadLimit} times, until ${links[0]!.expiresAt.toUTCString()}):\n${links.map((l) => `${l.fileName}: ${l.url}`).join('\n')}`
          : '';
        const downloadsHtml = links.length
          ? `<h2>Your downloads</h2><ul>${links
              .map(
                (l) =>
                  `<li><a href="${escapeHtml(l.url)}">${escapeHtml(l.fileName)}</a> (works ${l.downloadLimit} times, until ${escapeHtml(l.expiresAt.toUTCString())})</li>`,
              )
              .join('')}</ul>`
          : '';
        await deps.mailer.send({
          to: order.buyerEmail!,
          organizationId: scope.orgId,
          subject: `Your receipt from ${storeName} (order ${reference})`,
          text: `Thank you for your order.\n\n${textTable}${downloadsText}\n\nOrder ${reference}\n`,
          html: `<p>Thank you for your order.</p>${table}${downloadsHtml}<p>Order ${escapeHtml(reference)}</p>`,
        });
      })
    : false;

  const creator = await once(deps, scope, order, 'creatorNotifiedAt', async () => {
    const link = `${deps.appUrl}/orders/${order.id}`;
    for (const to of await ownerEmails(deps, scope)) {
      await deps.mailer.send({
        to,
        organizationId: scope.orgId,
        subject: `New order: ${formatMoney(order.total, order.currency)} (${reference})`,
        text: `${order.buyerEmail ?? 'A buyer'} paid for an order.\n\n${textTable}\n\nSee it: ${link}\n`,
        html: `<p>${escapeHtml(order.buyerEmail ?? 'A buyer')} paid for an order.</p>${table}<p><a href="${escapeHtml(link)}">See the order</a></p>`,
      });
    }
  });
  return { receipt, creator };
}
