import {
  boolean,
  char,
  date,
  index,
  int,
  mysqlTable,
  primaryKey,
  smallint,
  varchar,
} from 'drizzle-orm/mysql-core';
import { instant, orgColumn } from './columns.ts';

export const eventKinds = ['view', 'click'] as const;
export type EventKind = (typeof eventKinds)[number];

/**
 * Raw visit/click events. The primary key is the event id minted at the edge, so a redelivered
 * message is ignored by `INSERT IGNORE`. `ingestBatch` marks the rows one consumer run actually
 * inserted: rollups are computed from exactly those rows, inside the same transaction.
 */
export const analyticsEvents = mysqlTable(
  'analytics_events',
  {
    id: varchar('id', { length: 40 }).primaryKey(),
    organizationId: orgColumn(),
    kind: varchar('kind', { length: 8 }).$type<EventKind>().notNull(),
    siteId: varchar('site_id', { length: 40 }).notNull().default(''),
    linkId: varchar('link_id', { length: 40 }).notNull().default(''),
    /**
     * Which of a block's links was clicked (`/go/<block>/<n>`: the n-th social icon, contact link or
     * link inside a text block); -1 when the block has one link (`/go/<block>`) and for views.
     */
    linkItem: smallint('link_item').notNull().default(-1),
    occurredAt: instant('occurred_at').notNull(),
    day: date('day', { mode: 'string' }).notNull(),
    country: char('country', { length: 2 }).notNull().default(''),
    city: varchar('city', { length: 80 }).notNull().default(''),
    referrerHost: varchar('referrer_host', { length: 253 }).notNull().default(''),
    device: varchar('device', { length: 16 }).notNull().default(''),
    browser: varchar('browser', { length: 40 }).notNull().default(''),
    os: varchar('os', { length: 40 }).notNull().default(''),
    utmSource: varchar('utm_source', { length: 100 }).notNull().default(''),
    utmMedium: varchar('utm_medium', { length: 100 }).notNull().default(''),
    utmCampaign: varchar('utm_campaign', { length: 100 }).notNull().default(''),
    utmTerm: varchar('utm_term', { length: 100 }).notNull().default(''),
    utmContent: varchar('utm_content', { length: 100 }).notNull().default(''),
    /** Daily-rotating salted hash; the raw IP is never stored. */
    visitorHash: char('visitor_hash', { length: 32 }).notNull(),
    isBot: boolean('is_bot').notNull().default(false),
    ingestBatch: varchar('ingest_batch', { length: 40 }).notNull(),
  },
  (t) => [
    index('analytics_events_org_site_time_idx').on(t.organizationId, t.siteId, t.occurredAt),
    index('analytics_events_batch_idx').on(t.ingestBatch),
  ],
);

/**
 * First sighting of a visitor per site and day: the source of exact unique-visitor counts. The
 * dimensions of that first view attribute the visitor in breakdowns.
 */
export const analyticsVisitors = mysqlTable(
  'analytics_visitors',
  {
    organizationId: orgColumn(),
    siteId: varchar('site_id', { length: 40 }).notNull(),
    day: date('day', { mode: 'string' }).notNull(),
    visitorHash: char('visitor_hash', { length: 32 }).notNull(),
    country: char('country', { length: 2 }).notNull().default(''),
    referrerHost: varchar('referrer_host', { length: 253 }).notNull().default(''),
    device: varchar('device', { length: 16 }).notNull().default(''),
    browser: varchar('browser', { length: 40 }).notNull().default(''),
    os: varchar('os', { length: 40 }).notNull().default(''),
    ingestBatch: varchar('ingest_batch', { length: 40 }).notNull(),
  },
  (t) => [
    primaryKey({
      name: 'analytics_visitors_pk',
      columns: [t.organizationId, t.siteId, t.day, t.visitorHash],
    }),
    index('analytics_visitors_batch_idx').on(t.ingestBatch),
  ],
);

/** `item` rows exist for link rows only: clicks per item (`value` = its index) of a block with several links. */
export const rollupDimensions = ['total', 'country', 'device', 'browser', 'os', 'referrer', 'item'] as const;
export type RollupDimension = (typeof rollupDimensions)[number];

/**
 * Daily rollups: one row per (site, link, dimension value). `linkId` is '' for site-level rows and
 * `siteId` is '' for short links outside a site. Dashboards and the API read only this table.
 */
export const analyticsDaily = mysqlTable(
  'analytics_daily',
  {
    organizationId: orgColumn(),
    siteId: varchar('site_id', { length: 40 }).notNull(),
    linkId: varchar('link_id', { length: 40 }).notNull(),
    day: date('day', { mode: 'string' }).notNull(),
    dimension: varchar('dimension', { length: 16 }).$type<RollupDimension>().notNull(),
    value: varchar('value', { length: 253 }).notNull(),
    views: int('views').notNull().default(0),
    visitors: int('visitors').notNull().default(0),
    clicks: int('clicks').notNull().default(0),
    bots: int('bots').notNull().default(0),
  },
  (t) => [
    primaryKey({
      name: 'analytics_daily_pk',
      columns: [t.organizationId, t.siteId, t.linkId, t.day, t.dimension, t.value],
    }),
  ],
);
