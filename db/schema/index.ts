export * from './analytics.ts';
export * from './blog.ts';
export * from './bookings.ts';
export * from './campaigns.ts';
export * from './commerce.ts';
export * from './contact-imports.ts';
export * from './courses.ts';
export * from './crm.ts';
export * from './links.ts';
export * from './orders.ts';
export * from './sending-domains.ts';
export * from './sequences.ts';
export * from './site-pages.ts';
export * from './sites.ts';
export * from './social.ts';
export * from './tenancy.ts';
export * from './webhooks.ts';

/**
 * Tables that are not owned by one organization (or may hold rows outside any). Every other table
 * must have a NOT NULL `organization_id`; a schema test enforces it.
 */
export const unscopedTables = [
  'users',
  'recovery_codes',
  'user_tokens',
  'organizations',
  'audit_log',
  'email_outbox',
  // Stripe's events arrive before anyone knows the organization they are about.
  'stripe_events',
] as const;

/**
 * Non-unique indexes that deliberately do not lead with `organization_id`, because the lookup they
 * serve crosses tenants by nature: a user's organizations, and the rows one ingest batch wrote.
 */
export const crossTenantIndexes = [
  'memberships_user_idx',
  'analytics_events_batch_idx',
  'analytics_visitors_batch_idx',
  // The cron sweep finds due webhook deliveries of every organization.
  'webhook_deliveries_due_idx',
  // The expiry sweep releases stock of every organization's abandoned checkouts.
  'orders_held_expiry_idx',
  // Stripe events not processed yet, of every organization.
  'stripe_events_pending_idx',
  // The reminder cron finds due reminders of every organization.
  'booking_reminders_due_idx',
  // The campaign cron finds due campaigns of every organization.
  'email_campaigns_due_idx',
  // The daily re-check walks every organization's sending domains, oldest check first.
  'sending_domains_recheck_idx',
  // The sequence cron finds due enrollments of every organization.
  'email_sequence_enrollments_due_idx',
  // The social cron finds due posts, due publishing attempts and published posts to sync stats of, in every organization.
  'social_posts_due_idx',
  'social_post_targets_due_idx',
  'social_post_targets_stats_idx',
  // The keep-alive sweep renews long-lived social tokens about to end, in every organization.
  'social_accounts_token_expiry_idx',
  // The stall sweep finds imports of every organization whose progress stopped.
  'contact_imports_status_updated_idx',
] as const;
