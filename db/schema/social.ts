import {
  index,
  int,
  json,
  mysqlEnum,
  mysqlTable,
  smallint,
  text,
  uniqueIndex,
  varchar,
} from 'drizzle-orm/mysql-core';
import { createdAt, deletedAt, idColumn, instant, orgColumn, updatedAt } from './columns.ts';

/**
 * Scheduled publishing to social networks: the accounts an organization connected (tokens sealed in
 * the secret box), its posts, and one target row per post × account — the row that makes publishing
 * exactly once (claimed with a conditional update, see core `social/publish.ts`).
 */
export const socialNetworkValues = ['bluesky', 'mastodon', 'x', 'instagram'] as const;
export const socialAccountStatusValues = ['connected', 'needs_reauth', 'revoked'] as const;
export const socialPostStatusValues = [
  'draft',
  'scheduled',
  'publishing',
  'published',
  'partially_failed',
  'failed',
  'canceled',
] as const;
/**
 * `unconfirmed`: an attempt may have reached a network that has no idempotency key (X) and its answer
 * was lost; publishing again could post twice, so the creator says whether it is there.
 */
export const socialTargetStatusValues = [
  'pending',
  'publishing',
  'published',
  'failed',
  'unconfirmed',
  'canceled',
] as const;

export const socialAccounts = mysqlTable(
  'social_accounts',
  {
    id: idColumn().primaryKey(),
    organizationId: orgColumn(),
    network: mysqlEnum('network', socialNetworkValues).notNull(),
    /** Mastodon's instance origin (`https://mastodon.social`); '' for the single-service networks. */
    instanceUrl: varchar('instance_url', { length: 255 }).notNull().default(''),
    /** The network's id of the account (X user id, Bluesky DID, Mastodon account id, IG user id). */
    externalId: varchar('external_id', { length: 128 }).notNull(),
    handle: varchar('handle', { length: 128 }).notNull(),
    displayName: varchar('display_name', { length: 200 }),
    /** Secret-box ciphertexts. */
    accessToken: text('access_token').notNull(),
    refreshToken: text('refresh_token'),
    tokenExpiresAt: instant('token_expires_at'),
    scopes: varchar('scopes', { length: 255 }),
    /**
     * Bluesky (atproto OAuth): the account's PDS, its authorization server's issuer, and the ES256
     * DPoP key its tokens are bound to (a private JWK, secret-box ciphertext). Null elsewhere.
     */
    pdsUrl: varchar('pds_url', { length: 255 }),
    authServer: varchar('auth_server', { length: 255 }),
    dpopKey: text('dpop_key'),
    status: mysqlEnum('status', socialAccountStatusValues).notNull().default('connected'),
    /** Why it needs a new authorization (the network's message). */
    lastError: varchar('last_error', { length: 500 }),
    connectedBy: varchar('connected_by', { length: 40 }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    deletedAt: deletedAt(),
  },
  (t) => [
    index('social_accounts_org_idx').on(t.organizationId, t.createdAt),
    // The token keep-alive sweep finds every organization's connected accounts whose token ends soon.
    index('social_accounts_token_expiry_idx').on(t.status, t.network, t.tokenExpiresAt),
    // Connecting the same account again replaces its tokens instead of adding a second row.
    uniqueIndex('social_accounts_external_uq').on(t.organizationId, t.network, t.instanceUrl, t.externalId),
  ],
);

export const socialPosts = mysqlTable(
  'social_posts',
  {
    id: idColumn().primaryKey(),
    organizationId: orgColumn(),
    authorId: varchar('author_id', { length: 40 }),
    /** The text as sent: links already replaced by Mewayz short links. */
    text: text('text').notNull(),
    /** A network's own text, where the creator wrote one. */
    variants: json('variants').$type<Partial<Record<(typeof socialNetworkValues)[number], string>>>(),
    /** R2 keys of the images (in order) or of the one video; `alt` is a video's description. */
    media:
      json('media').$type<
        {
          key: string;
          alt: string;
          contentType: 'image/jpeg' | 'image/png' | 'image/webp' | 'image/gif' | 'video/mp4';
        }[]
      >(),
    status: mysqlEnum('status', socialPostStatusValues).notNull().default('draft'),
    scheduledAt: instant('scheduled_at'),
    /** The creator's IANA time zone when scheduled, for the calendar. */
    timeZone: varchar('time_zone', { length: 64 }),
    publishedAt: instant('published_at'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    deletedAt: deletedAt(),
  },
  (t) => [
    index('social_posts_org_idx').on(t.organizationId, t.scheduledAt),
    index('social_posts_due_idx').on(t.status, t.scheduledAt),
  ],
);

export const socialPostTargets = mysqlTable(
  'social_post_targets',
  {
    id: idColumn().primaryKey(),
    organizationId: orgColumn(),
    postId: varchar('post_id', { length: 40 }).notNull(),
    accountId: varchar('account_id', { length: 40 }).notNull(),
    network: mysqlEnum('network', socialNetworkValues).notNull(),
    status: mysqlEnum('status', socialTargetStatusValues).notNull().default('pending'),
    /**
     * How far the claimed attempt got: `claimed` (nothing sent yet) or `sending` (the network may have
     * it). A lease that ran out in `sending` is an ambiguous attempt (see `publish.ts`).
     */
    phase: varchar('phase', { length: 16 }),
    attempts: smallint('attempts').notNull().default(0),
    nextAttemptAt: instant('next_attempt_at'),
    leaseUntil: instant('lease_until'),
    /**
     * What makes a repeated attempt find the first one: Mastodon's `Idempotency-Key`, Bluesky's record
     * key (a TID), Instagram's media container id. Kept from the first attempt on.
     */
    nonce: varchar('nonce', { length: 64 }),
    externalId: varchar('external_id', { length: 255 }),
    externalUrl: varchar('external_url', { length: 500 }),
    /** The network's own message of the last failure. */
    lastError: varchar('last_error', { length: 500 }),
    lastStatus: smallint('last_status'),
    publishedAt: instant('published_at'),
    likes: int('likes').notNull().default(0),
    reposts: int('reposts').notNull().default(0),
    replies: int('replies').notNull().default(0),
    /** Null where the network does not tell (Bluesky, Mastodon). */
    impressions: int('impressions'),
    statsSyncedAt: instant('stats_synced_at'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('social_post_targets_post_account_uq').on(t.postId, t.accountId),
    index('social_post_targets_org_idx').on(t.organizationId, t.postId),
    index('social_post_targets_due_idx').on(t.status, t.nextAttemptAt),
    index('social_post_targets_stats_idx').on(t.status, t.publishedAt),
  ],
);
