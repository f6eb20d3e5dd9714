/**
 * Unscoped data access: host lookup, cron jobs, migrations, operator commands. Lint allows importing
 * this entry point only in the few places that need it; everything else goes through `forTenant`.
 */
export { findPublishedSnapshotByHost } from './admin/host-lookup.ts';
export { type IngestResult, ingestEvents, liveCounterKey } from './analytics/ingest.ts';
export { sweepExpiredCheckouts } from './commerce/checkout-expiry.ts';
export { pendingStripeEvents, processStripeEvent } from './commerce/stripe-events.ts';
export { DB, dbOf, type HasDb, withDb } from './data/db-handle.ts';
export {
  applyRetention,
  eventIdFloor,
  type RetentionResult,
  rawEventRetentionDays,
} from './maintenance/retention.ts';
export { trustOrgId } from './tenancy/org-id.ts';
export {
  attemptDelivery,
  type DeliveryOutcome,
  dueDeliveries,
  sweepGraceMs,
  webhookSecretsForUrl,
} from './webhooks/delivery.ts';
