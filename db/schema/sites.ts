import type { Seo, SiteSettings, SiteSnapshot, Theme } from '@mewayz/contracts';
import { boolean, index, int, json, mysqlTable, text, uniqueIndex, varchar } from 'drizzle-orm/mysql-core';
import { createdAt, deletedAt, idColumn, instant, orgColumn, updatedAt } from './columns.ts';

/**
 * A bio site. The columns and its blocks are the creator's draft; `publishedSnapshot` is the
 * compiled, versioned document the edge serves, so the public path never reads the draft.
 */
export const sites = mysqlTable(
  'sites',
  {
    id: idColumn().primaryKey(),
    organizationId: orgColumn(),
    /** Subdomain label under the root domain; lower-case, globally unique, never a reserved word. */
    slug: varchar('slug', { length: 63 }).notNull(),
    name: varchar('name', { length: 120 }).notNull(),
    bio: text('bio'),
    avatarUrl: varchar('avatar_url', { length: 2048 }),
    theme: json('theme').$type<Theme>().notNull(),
    seo: json('seo').$type<Seo>().notNull(),
    settings: json('settings').$type<SiteSettings>().notNull(),
    publishedSnapshot: json('published_snapshot').$type<SiteSnapshot>(),
    publishedVersion: int('published_version').notNull().default(0),
    publishedAt: instant('published_at'),
    /** Set whenever the draft changes after the last publish, so the UI can say "unpublished changes". */
    draftUpdatedAt: instant('draft_updated_at'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    deletedAt: deletedAt(),
  },
  (t) => [uniqueIndex('sites_slug_uq').on(t.slug), index('sites_org_idx').on(t.organizationId, t.createdAt)],
);

export const domainStatuses = ['pending', 'verified', 'failed'] as const;
export type DomainStatus = (typeof domainStatuses)[number];

/** A creator's own hostname for a site, served once a TXT record proves ownership. */
export const domains = mysqlTable(
  'domains',
  {
    id: idColumn().primaryKey(),
    organizationId: orgColumn(),
    siteId: varchar('site_id', { length: 40 }).notNull(),
    /** Normalised: lower-case ASCII (punycode), no port, no trailing dot. */
    hostname: varchar('hostname', { length: 253 }).notNull(),
    verificationToken: varchar('verification_token', { length: 64 }).notNull(),
    status: varchar('status', { length: 16 }).$type<DomainStatus>().notNull().default('pending'),
    verifiedAt: instant('verified_at'),
    lastCheckedAt: instant('last_checked_at'),
    lastError: varchar('last_error', { length: 255 }),
    /** Cloudflare for SaaS custom hostname serving this domain over HTTPS (null: none registered). */
    customHostnameId: varchar('custom_hostname_id', { length: 64 }),
    /** Its certificate status as last read (`pending_validation`, `active`, …). */
    certificateStatus: varchar('certificate_status', { length: 32 }),
    /** TXT records Cloudflare offers for ownership/certificate pre-validation, as last read. */
    certificateRecords: json('certificate_records').$type<{ type: 'TXT'; name: string; value: string }[]>(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('domains_hostname_uq').on(t.hostname),
    index('domains_org_idx').on(t.organizationId, t.siteId),
  ],
);

/** One block of a site's page, in the creator's order; `data` is validated by the block's zod schema. */
export const blocks = mysqlTable(
  'blocks',
  {
    id: idColumn().primaryKey(),
    organizationId: orgColumn(),
    siteId: varchar('site_id', { length: 40 }).notNull(),
    type: varchar('type', { length: 24 }).notNull(),
    position: int('position').notNull(),
    data: json('data').$type<Record<string, unknown>>().notNull(),
    active: boolean('active').notNull().default(true),
    featured: boolean('featured').notNull().default(false),
    sensitive: boolean('sensitive').notNull().default(false),
    startsAt: instant('starts_at'),
    endsAt: instant('ends_at'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    deletedAt: deletedAt(),
  },
  (t) => [index('blocks_site_idx').on(t.organizationId, t.siteId, t.position)],
);
