import {
  boolean,
  index,
  int,
  json,
  mediumtext,
  mysqlEnum,
  mysqlTable,
  primaryKey,
  varchar,
} from 'drizzle-orm/mysql-core';
import { createdAt, idColumn, instant, orgColumn, updatedAt } from './columns.ts';

/**
 * Email campaigns: templates (MJML source), campaigns to an audience, one `campaign_sends` row per
 * recipient (its primary key is what makes every recipient get a campaign exactly once), the
 * suppression list every send honours, and the engagement events the edge and provider webhooks record.
 */
export const campaignStatusValues = ['draft', 'scheduled', 'sending', 'paused', 'sent', 'canceled'] as const;
export const campaignSendStatusValues = ['pending', 'sending', 'sent', 'failed', 'canceled'] as const;
export const suppressionReasonValues = ['unsubscribed', 'bounced', 'complained', 'manual'] as const;
export const emailEventKindValues = [
  'open',
  'click',
  'unsubscribe',
  'delivered',
  'bounce',
  'complaint',
] as const;

/** An organization's sender identity; a campaign cannot be sent before it has a postal address. */
export const emailSenderSettings = mysqlTable('email_sender_settings', {
  organizationId: orgColumn().primaryKey(),
  /** Printed in every campaign's footer (CAN-SPAM and most inbox providers ask for one). */
  postalAddress: varchar('postal_address', { length: 500 }).notNull(),
  fromName: varchar('from_name', { length: 80 }),
  replyTo: varchar('reply_to', { length: 254 }),
  /** Campaigns come from this address while its domain is a verified sending domain (null: the platform's). */
  fromAddress: varchar('from_address', { length: 254 }),
  /** Signups from site forms must confirm by email before they count as subscribed. */
  doubleOptIn: boolean('double_opt_in').notNull().default(false),
  updatedAt: updatedAt(),
});

/** A reusable email: MJML source, a default subject and preview text. */
export const emailTemplates = mysqlTable(
  'email_templates',
  {
    id: idColumn().primaryKey(),
    organizationId: orgColumn(),
    name: varchar('name', { length: 120 }).notNull(),
    subject: varchar('subject', { length: 200 }).notNull(),
    previewText: varchar('preview_text', { length: 200 }).notNull().default(''),
    mjml: mediumtext('mjml').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('email_templates_org_idx').on(t.organizationId, t.id)],
);

/** What a campaign goes to: a saved segment, or contacts carrying any of some tags. */
export type CampaignAudience = { type: 'segment'; segmentId: string } | { type: 'tags'; tags: string[] };

export const emailCampaigns = mysqlTable(
  'email_campaigns',
  {
    id: idColumn().primaryKey(),
    organizationId: orgColumn(),
    name: varchar('name', { length: 120 }).notNull(),
    templateId: varchar('template_id', { length: 40 }).notNull(),
    audience: json('audience').$type<CampaignAudience>().notNull(),
    subject: varchar('subject', { length: 200 }).notNull(),
    previewText: varchar('preview_text', { length: 200 }).notNull().default(''),
    fromName: varchar('from_name', { length: 80 }).notNull(),
    replyTo: varchar('reply_to', { length: 254 }),
    status: mysqlEnum('status', campaignStatusValues).notNull().default('draft'),
    scheduledAt: instant('scheduled_at'),
    startedAt: instant('started_at'),
    finishedAt: instant('finished_at'),
    /**
     * Frozen when sending starts: the compiled HTML and text with merge fields still in them, and the
     * footer's postal address, so an edit of the template mid-send cannot give recipients different mail.
     */
    renderedHtml: mediumtext('rendered_html'),
    renderedText: mediumtext('rendered_text'),
    postalAddress: varchar('postal_address', { length: 500 }),
    recipients: int('recipients').notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('email_campaigns_org_idx').on(t.organizationId, t.id),
    // The cron finds due campaigns of every organization.
    index('email_campaigns_due_idx').on(t.status, t.scheduledAt),
  ],
);

/**
 * One recipient of one campaign. The primary key (organization, campaign, contact) is the
 * exactly-once guarantee: recipients are materialised with INSERT IGNORE, and a sender claims a row
 * (`pending` → `sending`) with a conditional update before it calls the provider.
 */
export const campaignSends = mysqlTable(
  'campaign_sends',
  {
    organizationId: orgColumn(),
    campaignId: varchar('campaign_id', { length: 40 }).notNull(),
    contactId: varchar('contact_id', { length: 40 }).notNull(),
    email: varchar('email', { length: 254 }).notNull(),
    status: mysqlEnum('status', campaignSendStatusValues).notNull().default('pending'),
    attempts: int('attempts').notNull().default(0),
    claimToken: varchar('claim_token', { length: 40 }),
    claimedAt: instant('claimed_at'),
    sentAt: instant('sent_at'),
    provider: varchar('provider', { length: 24 }),
    providerMessageId: varchar('provider_message_id', { length: 120 }),
    error: varchar('error', { length: 300 }),
    openedAt: instant('opened_at'),
    machineOpenedAt: instant('machine_opened_at'),
    clickedAt: instant('clicked_at'),
    unsubscribedAt: instant('unsubscribed_at'),
    deliveredAt: instant('delivered_at'),
    bouncedAt: instant('bounced_at'),
    complainedAt: instant('complained_at'),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.campaignId, t.contactId] }),
    index('campaign_sends_org_status_idx').on(t.organizationId, t.campaignId, t.status),
    index('campaign_sends_org_claim_idx').on(t.organizationId, t.claimToken),
  ],
);

/** Addresses an organization never mails again, whatever a segment says. */
export const emailSuppressions = mysqlTable(
  'email_suppressions',
  {
    organizationId: orgColumn(),
    /** Lower-case, like `contacts.email`. */
    email: varchar('email', { length: 254 }).notNull(),
    reason: mysqlEnum('reason', suppressionReasonValues).notNull(),
    campaignId: varchar('campaign_id', { length: 40 }),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.email] })],
);

/** Engagement, one row per event (machine opens and clicks kept, flagged, out of the human counts). */
export const emailEvents = mysqlTable(
  'email_events',
  {
    id: idColumn().primaryKey(),
    organizationId: orgColumn(),
    campaignId: varchar('campaign_id', { length: 40 }).notNull(),
    contactId: varchar('contact_id', { length: 40 }).notNull(),
    kind: mysqlEnum('kind', emailEventKindValues).notNull(),
    machine: boolean('machine').notNull().default(false),
    url: varchar('url', { length: 2000 }),
    occurredAt: instant('occurred_at').notNull(),
  },
  (t) => [index('email_events_org_campaign_idx').on(t.organizationId, t.campaignId, t.kind, t.occurredAt)],
);
