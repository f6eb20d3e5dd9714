import type { PostSeo } from '@mewayz/contracts';
import { index, int, json, mediumtext, mysqlTable, uniqueIndex, varchar } from 'drizzle-orm/mysql-core';
import { createdAt, deletedAt, idColumn, instant, orgColumn, updatedAt } from './columns.ts';

/**
 * A post of a site's blog. `status` is what the creator chose (draft or published); a published post
 * whose `published_at` is still ahead is scheduled and appears from then on. Tags are a JSON list:
 * tag pages are drawn from the published snapshot, never queried. Soft-deleted rows give up their
 * slug (it becomes the row's id), so the address is free again at once.
 */
export const blogPosts = mysqlTable(
  'blog_posts',
  {
    id: idColumn().primaryKey(),
    organizationId: orgColumn(),
    siteId: varchar('site_id', { length: 40 }).notNull(),
    slug: varchar('slug', { length: 100 }).notNull(),
    title: varchar('title', { length: 200 }).notNull(),
    excerpt: varchar('excerpt', { length: 500 }).notNull(),
    body: mediumtext('body').notNull(),
    coverKey: varchar('cover_key', { length: 512 }),
    coverAlt: varchar('cover_alt', { length: 200 }).notNull(),
    tags: json('tags').$type<string[]>().notNull(),
    status: varchar('status', { length: 12 }).$type<'draft' | 'published'>().notNull(),
    publishedAt: instant('published_at'),
    readingMinutes: int('reading_minutes').notNull(),
    seo: json('seo').$type<PostSeo>().notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    deletedAt: deletedAt(),
  },
  (t) => [
    uniqueIndex('blog_posts_slug_uq').on(t.organizationId, t.siteId, t.slug),
    index('blog_posts_site_idx').on(t.organizationId, t.siteId, t.status, t.publishedAt),
  ],
);
