import type {
  CampaignBatchMessage,
  ContactImportMessage,
  PlatformEnvVars,
  SocialPublishMessage,
  StripeEventMessage,
  WebhookQueueMessage,
} from '@mewayz/core';

/** The jobs Worker's bindings: the platform's vars (one schema, `@mewayz/core`) and its queues. */
export type JobsEnv = PlatformEnvVars & {
  /** Where messages that can never be processed (malformed) are parked for inspection. */
  EVENTS_DLQ: Queue;
  /** Webhook deliveries: retries with a delay, and what the cron sweep finds due. */
  WEBHOOKS: Queue<WebhookQueueMessage>;
  /** Stripe events to apply: redeliveries, and what the cron sweep finds never queued. */
  STRIPE_EVENTS: Queue<StripeEventMessage>;
  /** Campaign batches: "send the next batch of this campaign" (any number in flight). */
  CAMPAIGN_SENDS: Queue<CampaignBatchMessage>;
  /** Contact imports: "apply the chunk at this import's cursor"; the applier sends the next one. */
  CONTACT_IMPORTS: Queue<ContactImportMessage>;
  /** Social posts: "attempt this post × account target"; the target row makes it exactly once. */
  SOCIAL_PUBLISH: Queue<SocialPublishMessage>;
  /** Creator files; imports read their chunks from it. */
  MEDIA?: R2Bucket;
};
