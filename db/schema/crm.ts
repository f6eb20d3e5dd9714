import { index, mysqlTable, uniqueIndex, varchar } from 'drizzle-orm/mysql-core';
import { createdAt, deletedAt, idColumn, orgColumn, updatedAt } from './columns.ts';

/** A person in an organization's audience, e.g. from a site's email signup block. */
export const contacts = mysqlTable(
  'contacts',
  {
    id: idColumn().primaryKey(),
    organizationId: orgColumn(),
    email: varchar('email', { length: 254 }).notNull(),
    name: varchar('name', { length: 120 }),
    source: varchar('source', { length: 32 }).notNull(),
    siteId: varchar('site_id', { length: 40 }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    deletedAt: deletedAt(),
  },
  (t) => [
    uniqueIndex('contacts_org_email_uq').on(t.organizationId, t.email),
    index('contacts_org_created_idx').on(t.organizationId, t.createdAt),
  ],
);
