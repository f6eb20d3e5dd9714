import type { WebhookEventType } from '@mewayz/contracts';
import { webhookDeliveries, webhookEndpoints, webhookMessages } from '@mewayz/db/schema';
import { eq } from 'drizzle-orm';
import type { CoreDeps } from '../deps.ts';
import { newId } from '../ids.ts';
import type { TenantScope } from '../tenancy/scope.ts';

/**
 * Record an event for the organization's webhooks, inside the caller's transaction. `data` is computed
 * only when an enabled endpoint subscribes to `type`, so a change nobody listens to costs one read.
 */
export type EmitWebhook = (type: WebhookEventType, data: () => unknown | Promise<unknown>) => Promise<void>;

/**
 * Write the event (a `webhook_messages` row) and one pending delivery per subscribed endpoint through
 * `tx` — the same transaction as the change, so a rollback takes the event with it and a commit can
 * never lose it. Returns the delivery ids to hand to the queue after commit.
 */
async function recordEvent(
  deps: CoreDeps,
  tx: TenantScope,
  type: WebhookEventType,
  data: () => unknown | Promise<unknown>,
): Promise<string[]> {
  const endpoints = (await tx.list(webhookEndpoints, eq(webhookEndpoints.enabled, true))).filter((e) =>
    e.eventTypes.includes(type),
  );
  if (endpoints.length === 0) return [];
  const now = deps.now();
  const messageId = newId('webhookMessage');
  const payload = JSON.stringify({ type, timestamp: now.toISOString(), data: await data() });
  await tx.insert(webhookMessages, { id: messageId, eventType: type, payload, createdAt: now });
  const rows = endpoints.map((e) => ({
    id: newId('webhookDelivery'),
    messageId,
    endpointId: e.id,
    eventType: type,
    status: 'pending',
    nextAttemptAt: now,
    createdAt: now,
  }));
  await tx.insert(webhookDeliveries, rows);
  return rows.map((r) => r.id);
}

/**
 * Hand committed deliveries to the queue. A failure here loses nothing: the rows are committed and the
 * cron sweep sends due deliveries nobody attempted (`sweepDueDeliveries`), so it is logged, not thrown.
 */
export async function dispatchWebhooks(deps: CoreDeps, deliveryIds: string[]): Promise<void> {
  const dispatch = deps.webhooks?.dispatch;
  if (deliveryIds.length === 0 || !dispatch) return;
  try {
    await dispatch(deliveryIds);
  } catch (err) {
    deps.log.warn('webhook dispatch failed; the cron sweep will send them', {
      deliveries: deliveryIds.length,
      error: err,
    });
  }
}

/**
 * `scope.transaction(fn)` for changes that emit webhook events: `emit` records them in the
 * transaction, and after the commit their deliveries are dispatched (see `dispatchWebhooks`).
 */
export async function transactionWithEvents<R>(
  deps: CoreDeps,
  scope: TenantScope,
  fn: (tx: TenantScope, emit: EmitWebhook) => Promise<R>,
): Promise<R> {
  const deliveryIds: string[] = [];
  const result = await scope.transaction(async (tx) => {
    deliveryIds.length = 0; // a retried transaction starts over
    return fn(tx, async (type, data) => {
      deliveryIds.push(...(await recordEvent(deps, tx, type, data)));
    });
  });
  await dispatchWebhooks(deps, deliveryIds);
  return result;
}
