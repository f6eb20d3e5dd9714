import type { z } from '@hono/zod-openapi';
import {
  type CreateWebhookEndpointInput,
  createWebhookEndpointInput,
  type UpdateWebhookEndpointInput,
  updateWebhookEndpointInput,
  webhookEventInfo,
  webhookEventTypes,
} from '@mewayz/contracts';
import { webhookDeliveries, webhookEndpoints, webhookMessages } from '@mewayz/db/schema';
import { and, desc, eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record.ts';
import type { SecretBox } from '../crypto/secret-box.ts';
import type { Actor, CoreDeps } from '../deps.ts';
import { Conflict, NotFound, ValidationFailed, zodDetails } from '../errors.ts';
import { assertId, newId } from '../ids.ts';
import type { TenantScope } from '../tenancy/scope.ts';
import { dispatchWebhooks } from './outbox.ts';
import { defaultWebhookSettings, type WebhookSettings } from './runtime.ts';
import { newWebhookSecret } from './signature.ts';
import { webhookUrlProblem } from './url-policy.ts';

/** What the endpoint services need: the core deps and the secret box the signing secrets are sealed in. */
export type WebhookDeps = CoreDeps & { secrets: SecretBox };

export interface Page {
  page: number;
  perPage: number;
}

type EndpointRow = typeof webhookEndpoints.$inferSelect;
type DeliveryRow = typeof webhookDeliveries.$inferSelect;

/** At most this many endpoints per organization (each event fans out to every one). */
export const maxEndpointsPerOrganization = 20;
/** How long the previous secret keeps signing after a rotation. */
export const previousSecretGraceMs = 24 * 3600 * 1000;

export function settingsOf(deps: CoreDeps): WebhookSettings {
  return deps.webhooks ?? defaultWebhookSettings;
}

export function endpointView(deps: CoreDeps, row: EndpointRow) {
  const previousValid = row.previousSecretExpiresAt && row.previousSecretExpiresAt > deps.now();
  return {
    id: row.id,
    url: row.url,
    description: row.description,
    eventTypes: row.eventTypes as (typeof webhookEventTypes)[number][],
    enabled: row.enabled,
    disabledReason: row.enabled ? null : ((row.disabledReason ?? 'manual') as 'manual' | 'failing'),
    disabledAt: row.enabled ? null : (row.disabledAt?.toISOString() ?? null),
    previousSecretExpiresAt: previousValid ? row.previousSecretExpiresAt!.toISOString() : null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
export type WebhookEndpointView = ReturnType<typeof endpointView>;

export function deliveryView(row: DeliveryRow) {
  return {
    id: row.id,
    endpointId: row.endpointId,
    messageId: row.messageId,
    eventType: row.eventType as (typeof webhookEventTypes)[number],
    status: row.status as 'pending' | 'sending' | 'succeeded' | 'failed' | 'cancelled',
    attempts: row.attempts,
    nextAttemptAt: row.status === 'pending' ? (row.nextAttemptAt?.toISOString() ?? null) : null,
    lastAttemptAt: row.lastAttemptAt?.toISOString() ?? null,
    responseStatus: row.responseStatus,
    responseExcerpt: row.responseExcerpt,
    durationMs: row.durationMs,
    error: row.error,
    redeliveryOf: row.redeliveryOf,
    createdAt: row.createdAt.toISOString(),
  };
}
export type WebhookDeliveryView = ReturnType<typeof deliveryView>;

function validate<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const r = schema.safeParse(input);
  if (!r.success)
    throw new ValidationFailed('The webhook endpoint is not valid.', zodDetails(r.error.issues));
  return r.data;
}

function checkUrl(deps: CoreDeps, url: string) {
  const problem = webhookUrlProblem(url, settingsOf(deps).allowPrivateUrls);
  if (problem)
    throw new ValidationFailed('The webhook endpoint is not valid.', [{ path: 'url', message: problem }]);
}

async function load(scope: TenantScope, endpointId: string): Promise<EndpointRow> {
  assertId('webhookEndpoint', endpointId);
  const row = await scope.first(webhookEndpoints, eq(webhookEndpoints.id, endpointId));
  if (!row) throw new NotFound('Webhook endpoint');
  return row;
}

/** The event types an endpoint can subscribe to, with what each means. */
export function listWebhookEventTypes() {
  return webhookEventTypes.map((type) => ({ type, description: webhookEventInfo[type] }));
}

export async function listWebhookEndpoints(deps: CoreDeps, scope: TenantScope, page: Page) {
  const [rows, total] = await Promise.all([
    scope.list(webhookEndpoints, undefined, {
      orderBy: [desc(webhookEndpoints.createdAt), desc(webhookEndpoints.id)],
      limit: page.perPage,
      offset: (page.page - 1) * page.perPage,
    }),
    scope.count(webhookEndpoints),
  ]);
  return { items: rows.map((r) => endpointView(deps, r)), total };
}

export async function getWebhookEndpoint(deps: CoreDeps, scope: TenantScope, endpointId: string) {
  return endpointView(deps, await load(scope, endpointId));
}

/** Add an endpoint; the answer carries its signing secret, the only time it is shown. */
export async function createWebhookEndpoint(
  deps: WebhookDeps,
  scope: TenantScope,
  actor: Actor,
  input: CreateWebhookEndpointInput,
) {
  const data = validate(createWebhookEndpointInput, input);
  checkUrl(deps, data.url);
  if ((await scope.count(webhookEndpoints)) >= maxEndpointsPerOrganization)
    throw new Conflict(`A workspace can have at most ${maxEndpointsPerOrganization} webhook endpoints.`);
  const id = newId('webhookEndpoint');
  const secret = newWebhookSecret();
  const sealed = await deps.secrets.encrypt(secret);
  await scope.transaction(async (tx) => {
    await tx.insert(webhookEndpoints, {
      id,
      url: data.url,
      description: data.description || null,
      eventTypes: data.eventTypes,
      enabled: data.enabled,
      disabledReason: data.enabled ? null : 'manual',
      disabledAt: data.enabled ? null : deps.now(),
      secret: sealed,
    });
    await recordAudit(tx, actor, {
      action: 'webhook.created',
      targetType: 'webhook_endpoint',
      targetId: id,
      metadata: { url: data.url, eventTypes: data.eventTypes },
    });
  });
  return { ...endpointView(deps, await load(scope, id)), secret };
}

/** Change the URL, description, event types or enabled state. Enabling clears a failure streak. */
export async function updateWebhookEndpoint(
  deps: CoreDeps,
  scope: TenantScope,
  actor: Actor,
  endpointId: string,
  patch: UpdateWebhookEndpointInput,
) {
  const data = validate(updateWebhookEndpointInput, patch);
  const current = await load(scope, endpointId);
  const changes: Partial<EndpointRow> = {};
  if (data.url !== undefined) {
    checkUrl(deps, data.url);
    changes.url = data.url;
  }
  if (data.description !== undefined) changes.description = data.description || null;
  if (data.eventTypes !== undefined) changes.eventTypes = data.eventTypes;
  if (data.enabled !== undefined && data.enabled !== current.enabled) {
    changes.enabled = data.enabled;
    changes.disabledReason = data.enabled ? null : 'manual';
    changes.disabledAt = data.enabled ? null : deps.now();
    changes.failingSince = null;
  }
  await scope.transaction(async (tx) => {
    if (Object.keys(changes).length)
      await tx.update(webhookEndpoints, changes, eq(webhookEndpoints.id, endpointId));
    await recordAudit(tx, actor, {
      action: 'webhook.updated',
      targetType: 'webhook_endpoint',
      targetId: endpointId,
      metadata: { fields: Object.keys(data) },
    });
  });
  return endpointView(deps, await load(scope, endpointId));
}

/** Remove an endpoint: nothing more is sent to it (pending deliveries are cancelled when due). */
export async function deleteWebhookEndpoint(
  _deps: CoreDeps,
  scope: TenantScope,
  actor: Actor,
  endpointId: string,
) {
  await load(scope, endpointId);
  await scope.transaction(async (tx) => {
    await tx.softDelete(webhookEndpoints, eq(webhookEndpoints.id, endpointId));
    await recordAudit(tx, actor, {
      action: 'webhook.deleted',
      targetType: 'webhook_endpoint',
      targetId: endpointId,
    });
  });
}

/**
 * A new signing secret, shown once. The previous one keeps signing next to it (a second `v1,`
 * signature) for 24 hours, so receivers can switch without missing a message.
 */
export async function rotateWebhookSecret(
  deps: WebhookDeps,
  scope: TenantScope,
  actor: Actor,
  endpointId: string,
) {
  const current = await load(scope, endpointId);
  const secret = newWebhookSecret();
  const sealed = await deps.secrets.encrypt(secret);
  await scope.transaction(async (tx) => {
    await tx.update(
      webhookEndpoints,
      {
        secret: sealed,
        previousSecret: current.secret,
        previousSecretExpiresAt: new Date(deps.now().getTime() + previousSecretGraceMs),
      },
      eq(webhookEndpoints.id, endpointId),
    );
    await recordAudit(tx, actor, {
      action: 'webhook.secret_rotated',
      targetType: 'webhook_endpoint',
      targetId: endpointId,
    });
  });
  return { ...endpointView(deps, await load(scope, endpointId)), secret };
}

/** The delivery log of one endpoint, newest first. */
export async function listWebhookDeliveries(
  _deps: CoreDeps,
  scope: TenantScope,
  endpointId: string,
  page: Page,
) {
  await load(scope, endpointId);
  const where = eq(webhookDeliveries.endpointId, endpointId);
  const [rows, total] = await Promise.all([
    scope.list(webhookDeliveries, where, {
      orderBy: [desc(webhookDeliveries.createdAt), desc(webhookDeliveries.id)],
      limit: page.perPage,
      offset: (page.page - 1) * page.perPage,
    }),
    scope.count(webhookDeliveries, where),
  ]);
  return { items: rows.map(deliveryView), total };
}

/**
 * Send one delivery's message again, now: a new delivery row (`redeliveryOf` names the old one) with
 * the same `webhook-id`, so a receiver that already has it can tell. Refused for a disabled endpoint.
 */
export async function redeliverWebhook(
  deps: CoreDeps,
  scope: TenantScope,
  actor: Actor,
  endpointId: string,
  deliveryId: string,
) {
  const endpoint = await load(scope, endpointId);
  assertId('webhookDelivery', deliveryId);
  const original = await scope.first(
    webhookDeliveries,
    and(eq(webhookDeliveries.id, deliveryId), eq(webhookDeliveries.endpointId, endpointId)),
  );
  if (!original) throw new NotFound('Webhook delivery');
  if (!endpoint.enabled) throw new Conflict('Enable the endpoint before redelivering to it.');
  const message = await scope.first(webhookMessages, eq(webhookMessages.id, original.messageId));
  if (!message) throw new Conflict('This message is no longer kept, so it cannot be sent again.');
  const id = newId('webhookDelivery');
  const now = deps.now();
  await scope.transaction(async (tx) => {
    await tx.insert(webhookDeliveries, {
      id,
      messageId: original.messageId,
      endpointId,
      eventType: original.eventType,
      status: 'pending',
      nextAttemptAt: now,
      redeliveryOf: original.id,
      createdAt: now,
    });
    await recordAudit(tx, actor, {
      action: 'webhook.redelivered',
      targetType: 'webhook_delivery',
      targetId: id,
      metadata: { redeliveryOf: original.id },
    });
  });
  await dispatchWebhooks(deps, [id]);
  const row = await scope.first(webhookDeliveries, eq(webhookDeliveries.id, id));
  return deliveryView(row!);
}
