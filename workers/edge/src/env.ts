/** Shape of one analytics event on the `events` queue (minted at the edge, consumed by the jobs Worker). */
import type {
  AnalyticsEvent,
  CampaignBatchMessage,
  ContactImportMessage,
  EventBundle,
  PlatformEnvVars,
  SocialPublishMessage,
  StripeEventMessage,
  VarsOf,
  WebhookQueueMessage,
} from '@mewayz/core';

export type { AnalyticsEvent };

/** The edge Worker's vars: the platform's one schema (`@mewayz/core` platform/vars.ts). */
export type EdgeVars = VarsOf<'edge'>;

/** The edge Worker's bindings: the vars (as strings, before parsing), the events queue and media. */
export type EdgeEnv = PlatformEnvVars & {
  EVENTS: Queue<EventBundle>;
  /** Webhook deliveries to attempt (consumed by the jobs Worker), sent after the commit that made them. */
  WEBHOOKS: Queue<WebhookQueueMessage>;
  /** Verified Stripe events to apply to orders (consumed by the jobs Worker). */
  STRIPE_EVENTS: Queue<StripeEventMessage>;
  /** Campaign batches, enqueued by `/__internal/campaigns/tick` (the local stand-in for the jobs cron). */
  CAMPAIGN_SENDS: Queue<CampaignBatchMessage>;
  /** Social posts to publish: "publish now" and the local tick queue due targets here. */
  SOCIAL_PUBLISH: Queue<SocialPublishMessage>;
  /** Started contact imports (the API's, and the dashboard's through `/__internal/contact-imports`). */
  CONTACT_IMPORTS: Queue<ContactImportMessage>;
  /** Creator media (avatars), shared with the dashboard which uploads them. */
  MEDIA?: R2Bucket;
};
