import { boolean, index, mysqlTable, text, uniqueIndex, varchar } from 'drizzle-orm/mysql-core';
import { createdAt, deletedAt, idColumn, instant, orgColumn, updatedAt } from './columns.ts';

/**
 * A short link `<domain>/<code>`. A deleted code stays reserved (soft delete keeps the unique key),
 * so an old printed link can never be taken over by someone else.
 */
export const shortLinks = mysqlTable(
  'short_links',
  {
    id: idColumn().primaryKey(),
    organizationId: orgColumn(),
    domain: varchar('domain', { length: 253 }).notNull(),
    code: varchar('code', { length: 64 }).notNull(),
    url: text('url').notNull(),
    title: varchar('title', { length: 200 }),
    fallbackUrl: text('fallback_url'),
    startsAt: instant('starts_at'),
    expiresAt: instant('expires_at'),
    passQuery: boolean('pass_query').notNull().default(true),
    active: boolean('active').notNull().default(true),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    deletedAt: deletedAt(),
  },
  (t) => [
    uniqueIndex('short_links_domain_code_uq').on(t.domain, t.code),
    index('short_links_org_idx').on(t.organizationId, t.createdAt),
  ],
);
