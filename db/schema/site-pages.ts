import type { NavPlacement, PageRole, PageSeo, SiteSnapshot } from '@mewayz/contracts';
import { index, int, json, mysqlTable, text, uniqueIndex, varchar } from 'drizzle-orm/mysql-core';
import { createdAt, idColumn, instant, orgColumn, updatedAt } from './columns.ts';

/**
 * A page of a site beyond its home (the bio page), in the creator's draft. Pages are removed for good
 * (their slug is free again at once); what was published stays in `site_versions`.
 */
export const sitePages = mysqlTable(
  'site_pages',
  {
    id: idColumn().primaryKey(),
    organizationId: orgColumn(),
    siteId: varchar('site_id', { length: 40 }).notNull(),
    slug: varchar('slug', { length: 63 }).notNull(),
    title: varchar('title', { length: 120 }).notNull(),
    nav: varchar('nav', { length: 8 }).$type<NavPlacement>().notNull(),
    position: int('position').notNull(),
    seo: json('seo').$type<PageSeo>().notNull(),
    status: varchar('status', { length: 12 }).$type<'draft' | 'published'>().notNull(),
    role: varchar('role', { length: 12 }).$type<PageRole>().notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('site_pages_slug_uq').on(t.organizationId, t.siteId, t.slug),
    index('site_pages_site_idx').on(t.organizationId, t.siteId, t.position),
  ],
);

/** One section of a page, in the creator's order; `data` (with its ordered items) is checked by the kind's schema. */
export const pageSections = mysqlTable(
  'page_sections',
  {
    id: idColumn().primaryKey(),
    organizationId: orgColumn(),
    siteId: varchar('site_id', { length: 40 }).notNull(),
    pageId: varchar('page_id', { length: 40 }).notNull(),
    kind: varchar('kind', { length: 24 }).notNull(),
    variant: varchar('variant', { length: 24 }).notNull(),
    position: int('position').notNull(),
    data: json('data').$type<Record<string, unknown>>().notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('page_sections_page_idx').on(t.organizationId, t.pageId, t.position)],
);

/**
 * Every publish of a site, kept so any can be served again. The snapshot is stored without the
 * catalog (a rollback serves today's prices, never old ones) and without hosts (today's hosts apply).
 */
export const siteVersions = mysqlTable(
  'site_versions',
  {
    id: idColumn().primaryKey(),
    organizationId: orgColumn(),
    siteId: varchar('site_id', { length: 40 }).notNull(),
    version: int('version').notNull(),
    restoredFrom: int('restored_from'),
    snapshot: json('snapshot').$type<SiteSnapshot>().notNull(),
    publishedBy: varchar('published_by', { length: 40 }),
    publishedAt: instant('published_at').notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('site_versions_uq').on(t.organizationId, t.siteId, t.version)],
);

/** A visitor's message through a contact form section; `notifiedAt` claims the creator's email once. */
export const contactMessages = mysqlTable(
  'contact_messages',
  {
    id: idColumn().primaryKey(),
    organizationId: orgColumn(),
    siteId: varchar('site_id', { length: 40 }).notNull(),
    sectionId: varchar('section_id', { length: 40 }).notNull(),
    name: varchar('name', { length: 120 }).notNull(),
    email: varchar('email', { length: 254 }).notNull(),
    message: text('message').notNull(),
    notifiedAt: instant('notified_at'),
    createdAt: createdAt(),
  },
  (t) => [index('contact_messages_site_idx').on(t.organizationId, t.siteId, t.createdAt)],
);
