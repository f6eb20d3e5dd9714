import {
  bigint,
  boolean,
  index,
  json,
  mysqlTable,
  primaryKey,
  text,
  uniqueIndex,
  varchar,
} from 'drizzle-orm/mysql-core';
import { createdAt, deletedAt, idColumn, instant, orgColumn, updatedAt } from './columns.ts';

/** The six roles of the product spec; permissions per role live in code (packages/core tenancy/roles). */
export const roles = ['super_admin', 'admin', 'manager', 'editor', 'viewer', 'user'] as const;
export type Role = (typeof roles)[number];

export const users = mysqlTable(
  'users',
  {
    id: idColumn().primaryKey(),
    email: varchar('email', { length: 254 }).notNull(),
    name: varchar('name', { length: 120 }).notNull(),
    passwordHash: varchar('password_hash', { length: 255 }).notNull(),
    emailVerifiedAt: instant('email_verified_at'),
    /** AES-256-GCM ciphertext with key id (`k1:iv:ct`), never the raw secret. */
    totpSecret: text('totp_secret'),
    totpEnabledAt: instant('totp_enabled_at'),
    /** Last accepted TOTP time step: a code from this step or earlier is a replay. */
    totpLastStep: bigint('totp_last_step', { mode: 'number' }),
    isPlatformAdmin: boolean('is_platform_admin').notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    deletedAt: deletedAt(),
  },
  (t) => [uniqueIndex('users_email_uq').on(t.email)],
);

export const recoveryCodes = mysqlTable(
  'recovery_codes',
  {
    id: idColumn().primaryKey(),
    userId: varchar('user_id', { length: 40 }).notNull(),
    codeHash: varchar('code_hash', { length: 64 }).notNull(),
    usedAt: instant('used_at'),
    createdAt: createdAt(),
  },
  (t) => [index('recovery_codes_user_idx').on(t.userId)],
);

/** Single-use tokens mailed to a user: email verification and password reset. */
export const userTokens = mysqlTable(
  'user_tokens',
  {
    id: idColumn().primaryKey(),
    userId: varchar('user_id', { length: 40 }).notNull(),
    purpose: varchar('purpose', { length: 24 }).notNull(),
    tokenHash: varchar('token_hash', { length: 64 }).notNull(),
    expiresAt: instant('expires_at').notNull(),
    usedAt: instant('used_at'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('user_tokens_hash_uq').on(t.tokenHash), index('user_tokens_user_idx').on(t.userId)],
);

export const organizations = mysqlTable(
  'organizations',
  {
    id: idColumn().primaryKey(),
    name: varchar('name', { length: 120 }).notNull(),
    slug: varchar('slug', { length: 63 }).notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    deletedAt: deletedAt(),
  },
  (t) => [uniqueIndex('organizations_slug_uq').on(t.slug)],
);

export const memberships = mysqlTable(
  'memberships',
  {
    organizationId: orgColumn(),
    userId: varchar('user_id', { length: 40 }).notNull(),
    role: varchar('role', { length: 16 }).$type<Role>().notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ name: 'memberships_pk', columns: [t.organizationId, t.userId] }),
    index('memberships_user_idx').on(t.userId),
  ],
);

export const invitations = mysqlTable(
  'invitations',
  {
    id: idColumn().primaryKey(),
    organizationId: orgColumn(),
    email: varchar('email', { length: 254 }).notNull(),
    role: varchar('role', { length: 16 }).$type<Role>().notNull(),
    tokenHash: varchar('token_hash', { length: 64 }).notNull(),
    invitedBy: varchar('invited_by', { length: 40 }).notNull(),
    expiresAt: instant('expires_at').notNull(),
    acceptedAt: instant('accepted_at'),
    revokedAt: instant('revoked_at'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('invitations_token_uq').on(t.tokenHash),
    index('invitations_org_idx').on(t.organizationId, t.createdAt),
  ],
);

export const apiTokens = mysqlTable(
  'api_tokens',
  {
    id: idColumn().primaryKey(),
    organizationId: orgColumn(),
    createdBy: varchar('created_by', { length: 40 }).notNull(),
    name: varchar('name', { length: 120 }).notNull(),
    /** The visible start of the secret (`mwz_live_ab12…`), to recognise a token in lists and logs. */
    prefix: varchar('prefix', { length: 24 }).notNull(),
    /** SHA-256 hex of the whole secret; the secret itself is shown once and never stored. */
    secretHash: varchar('secret_hash', { length: 64 }).notNull(),
    scopes: json('scopes').$type<string[]>().notNull(),
    expiresAt: instant('expires_at'),
    lastUsedAt: instant('last_used_at'),
    revokedAt: instant('revoked_at'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('api_tokens_secret_uq').on(t.secretHash),
    index('api_tokens_org_idx').on(t.organizationId, t.createdAt),
  ],
);

export const auditLog = mysqlTable(
  'audit_log',
  {
    id: idColumn().primaryKey(),
    /** Null only for events of a user's own account (sign-in, password change) outside any organization. */
    organizationId: varchar('organization_id', { length: 40 }),
    actorUserId: varchar('actor_user_id', { length: 40 }),
    actorTokenId: varchar('actor_token_id', { length: 40 }),
    action: varchar('action', { length: 64 }).notNull(),
    targetType: varchar('target_type', { length: 32 }),
    targetId: varchar('target_id', { length: 40 }),
    metadata: json('metadata').$type<Record<string, unknown>>(),
    requestId: varchar('request_id', { length: 40 }),
    createdAt: createdAt(),
  },
  (t) => [
    index('audit_log_org_idx').on(t.organizationId, t.createdAt),
    index('audit_log_actor_idx').on(t.actorUserId, t.createdAt),
  ],
);

/** What the dev email adapter "sent": the local outbox, listable in the dashboard and the CLI. */
export const emailOutbox = mysqlTable(
  'email_outbox',
  {
    id: idColumn().primaryKey(),
    organizationId: varchar('organization_id', { length: 40 }),
    toAddress: varchar('to_address', { length: 254 }).notNull(),
    subject: varchar('subject', { length: 255 }).notNull(),
    textBody: text('text_body').notNull(),
    htmlBody: text('html_body'),
    /** Files sent with the message (a booking's invitation.ics), content as text. */
    attachments: json('attachments').$type<{ filename: string; contentType: string; content: string }[]>(),
    provider: varchar('provider', { length: 24 }).notNull(),
    providerMessageId: varchar('provider_message_id', { length: 120 }),
    /** Extra headers (List-Unsubscribe, Reply-To…), as a provider would get them. */
    headers: json('headers').$type<Record<string, string>>(),
    /** A sender's key for this message: a resend with the same key stores nothing (as providers dedupe). */
    idempotencyKey: varchar('idempotency_key', { length: 200 }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('email_outbox_idempotency_uq').on(t.idempotencyKey),
    index('email_outbox_to_idx').on(t.toAddress, t.createdAt),
    index('email_outbox_created_idx').on(t.createdAt),
  ],
);
