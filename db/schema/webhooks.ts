import {
  boolean,
  index,
  int,
  json,
  mediumtext,
  mysqlTable,
  smallint,
  text,
  varchar,
} from 'drizzle-orm/mysql-core';
import { createdAt, deletedAt, idColumn, instant, orgColumn, updatedAt } from './columns.ts';

/**
 * Where an organization wants its signed webhooks (Standard Webhooks). The signing secret is stored as
 * a secret-box ciphertext; after a rotation the previous one keeps signing alongside until it expires.
 */
export const webhookEndpoints = mysqlTable(
  'webhook_endpoints',
  {
    id: idColumn().primaryKey(),
    organizationId: orgColumn(),
    url: text('url').notNull(),
    description: varchar('description', { length: 200 }),
    eventTypes: json('event_types').$type<string[]>().notNull(),
    enabled: boolean('enabled').notNull().default(true),
    /** Why it was disabled: `manual`, or `failing` (every attempt failed for the whole retry schedule). */
    disabledReason: varchar('disabled_reason', { length: 16 }),
    disabledAt: instant('disabled_at'),
    /** Secret-box ciphertext of `whsec_…`. */
    secret: text('secret').notNull(),
    previousSecret: text('previous_secret'),
    previousSecretExpiresAt: instant('previous_secret_expires_at'),
    /** Start of the current run of failed attempts (null after any success). */
    failingSince: instant('failing_since'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    deletedAt: deletedAt(),
  },
  (t) => [index('webhook_endpoints_org_idx').on(t.organizationId, t.createdAt)],
);

/**
 * One event as sent (the body every delivery of it carries), written in the same transaction as the
 * change that caused it — the outbox. `id` is the `webhook-id` header, the same on every attempt.
 */
export const webhookMessages = mysqlTable(
  'webhook_messages',
  {
    id: idColumn().primaryKey(),
    organizationId: orgColumn(),
    eventType: varchar('event_type', { length: 64 }).notNull(),
    /** The exact JSON body `{ type, timestamp, data }` that is signed and sent. */
    payload: mediumtext('payload').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('webhook_messages_org_idx').on(t.organizationId, t.createdAt)],
);

/**
 * One message to one endpoint: the unit the queue carries and the row that makes delivery idempotent
 * (a consumer claims it with a conditional update; a succeeded row is never sent again).
 */
export const webhookDeliveries = mysqlTable(
  'webhook_deliveries',
  {
    id: idColumn().primaryKey(),
    organizationId: orgColumn(),
    messageId: varchar('message_id', { length: 40 }).notNull(),
    endpointId: varchar('endpoint_id', { length: 40 }).notNull(),
    eventType: varchar('event_type', { length: 64 }).notNull(),
    /** `pending` → `sending` (claimed) → `succeeded` | `pending` (retry) | `failed` (gave up) | `cancelled`. */
    status: varchar('status', { length: 16 }).notNull(),
    attempts: smallint('attempts').notNull().default(0),
    /** When the next attempt is due (pending rows); the cron sweep sends due rows the queue lost. */
    nextAttemptAt: instant('next_attempt_at'),
    /** A claimed attempt's deadline: past it, a `sending` row whose consumer died may be claimed again. */
    leaseUntil: instant('lease_until'),
    lastAttemptAt: instant('last_attempt_at'),
    responseStatus: smallint('response_status'),
    responseExcerpt: varchar('response_excerpt', { length: 500 }),
    durationMs: int('duration_ms'),
    error: varchar('error', { length: 200 }),
    /** A manual redelivery names the delivery it repeats. */
    redeliveryOf: varchar('redelivery_of', { length: 40 }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('webhook_deliveries_org_endpoint_idx').on(t.organizationId, t.endpointId, t.createdAt),
    index('webhook_deliveries_due_idx').on(t.status, t.nextAttemptAt),
  ],
);
