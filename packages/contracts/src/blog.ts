import { z } from '@hono/zod-openapi';
import { catalogSlugFrom, r2Key } from './commerce.ts';
import { countOut, instantOut, listOut, textOut } from './fields.ts';
import { idSchema } from './ids.ts';
import { hasSomeField, NOTHING_TO_CHANGE } from './messages.ts';
import { multiLine, singleLine } from './text.ts';

/**
 * A site's blog: posts in safe Markdown with a cover image, tags, a publish date (a future one
 * schedules the post) and a reading time, served under `/blog` of the site host with RSS and Atom feeds.
 */

/**
 * Characters of a post's Markdown. Published posts ride in the site's snapshot (decision 0014), so the
 * cap times `MAX_POSTS_IN_SNAPSHOT` bounds what every isolate holds: a long essay still fits.
 */
export const MAX_POST_BODY = 40_000;
/** The newest published or scheduled posts a snapshot carries (older ones leave the site's blog). */
export const MAX_POSTS_IN_SNAPSHOT = 100;
export const MAX_POSTS_PER_SITE = 500;
export const MAX_TAGS_PER_POST = 8;
/** Posts on one page of the `/blog` index and its tag pages. */
export const POSTS_PER_INDEX_PAGE = 10;
/** A cover image (shown up to 720 px wide). */
export const MAX_POST_COVER_BYTES = 3 * 1024 * 1024;
/** Reading speed for the reading time. */
export const WORDS_PER_MINUTE = 200;

export const postSlugPattern = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;
/** Addresses under `/blog/` the blog answers itself. */
export const reservedPostSlugs = new Set(['tag', 'page', 'rss', 'atom', 'feed']);

export const postSlug = z
  .string({ error: 'Enter a post address' })
  .trim()
  .toLowerCase()
  .min(1, { error: 'Enter a post address', abort: true })
  .max(100, { error: 'Use at most 100 characters', abort: true })
  .regex(postSlugPattern, {
    error: 'Use lower-case letters, digits and hyphens inside, like my-first-post',
    abort: true,
  })
  .refine((s) => !reservedPostSlugs.has(s), {
    error: 'This address is used by the blog itself: choose another',
  })
  .openapi({ example: 'spring-glazes', maxLength: 100, pattern: postSlugPattern.source });

export const postTagPattern = /^[a-z0-9](?:[a-z0-9-]{0,30}[a-z0-9])?$/;
export const postTag = z
  .string()
  .trim()
  .toLowerCase()
  .regex(postTagPattern, { error: 'Tags are lower-case words of letters, digits and hyphens (at most 32)' })
  .openapi({ example: 'glazes', maxLength: 32, pattern: postTagPattern.source });

const postTags = z
  .array(postTag)
  .max(MAX_TAGS_PER_POST, { error: `Use at most ${MAX_TAGS_PER_POST} tags` })
  .transform((tags) => [...new Set(tags)]);

/** A post's publish date: a future one schedules it; published posts appear from then on. */
export const postPublishedAt = z.iso
  .datetime({ offset: true, error: 'Use a date and time like 2026-12-24T09:00:00Z' })
  .openapi({ maxLength: 40 });

export const postSeoSchema = z
  .object({
    title: singleLine(0, 70).optional(),
    description: singleLine(0, 200).optional(),
    noindex: z.boolean().default(false),
  })
  .strict()
  .openapi('PostSeo');
export type PostSeo = z.infer<typeof postSeoSchema>;

const postFields = {
  title: singleLine(1, 200, { field: 'title' }),
  slug: postSlug,
  excerpt: multiLine(0, 500),
  body: multiLine(0, MAX_POST_BODY),
  coverKey: r2Key.nullable(),
  coverAlt: singleLine(0, 200),
  tags: postTags,
  publishedAt: postPublishedAt.nullable(),
  seo: postSeoSchema,
};

export const createPostInput = z
  .object({
    title: postFields.title,
    slug: postFields.slug.optional(),
    excerpt: postFields.excerpt.default(''),
    body: postFields.body.default(''),
    coverKey: postFields.coverKey.default(null),
    coverAlt: postFields.coverAlt.default(''),
    tags: postFields.tags.default([]),
    publishedAt: postFields.publishedAt.default(null),
    seo: postFields.seo.default({ noindex: false }),
  })
  .strict()
  .openapi('CreatePost');
export type CreatePostInput = z.input<typeof createPostInput>;

export const updatePostInput = z
  .object(postFields)
  .partial()
  .strict()
  .refine(hasSomeField, { error: NOTHING_TO_CHANGE })
  .openapi('UpdatePost', { minProperties: 1 });
export type UpdatePostInput = z.input<typeof updatePostInput>;

/** Publish now, or at `publishedAt` (a future date schedules the post); without it, its saved date or now. */
export const publishPostInput = z
  .object({ publishedAt: postPublishedAt.optional() })
  .strict()
  .openapi('PublishPost');
export type PublishPostInput = z.infer<typeof publishPostInput>;

/** The slug a title gives when none is chosen. */
export function postSlugFromTitle(title: string): string {
  const slug = catalogSlugFrom(title, 'post').slice(0, 100).replace(/-+$/, '');
  return reservedPostSlugs.has(slug) ? `${slug}-post` : slug;
}

/** Minutes to read a text at `WORDS_PER_MINUTE`, rounded up, at least 1. */
export function readingMinutes(text: string): number {
  const words = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return Math.max(1, Math.ceil(words / WORDS_PER_MINUTE));
}

export const postStatuses = ['draft', 'published', 'scheduled'] as const;
export type PostStatus = (typeof postStatuses)[number];

export const postSchema = z
  .object({
    id: idSchema('post'),
    siteId: idSchema('site'),
    slug: z.string().openapi({ pattern: postSlugPattern.source, maxLength: 100, example: 'spring-glazes' }),
    title: textOut(200),
    excerpt: textOut(500, true),
    body: textOut(MAX_POST_BODY, true),
    coverKey: r2Key.nullable(),
    coverAlt: textOut(200),
    tags: listOut(z.string().openapi({ maxLength: 32, pattern: postTagPattern.source }), MAX_TAGS_PER_POST),
    status: z.enum(postStatuses).openapi({
      description: '`scheduled`: published with a publish date still in the future; it appears from then on.',
    }),
    publishedAt: instantOut.nullable(),
    readingMinutes: countOut,
    seo: postSeoSchema,
    createdAt: instantOut,
    updatedAt: instantOut,
  })
  .openapi('Post');
export const postsOut = listOut(postSchema, MAX_POSTS_PER_SITE);

// ---- what the snapshot carries ----

/** A published (or scheduled) post as the edge serves it; the renderer hides it before `publishedAt`. */
export interface SnapshotPost {
  id: string;
  slug: string;
  title: string;
  excerpt: string;
  body: string;
  coverKey: string | null;
  coverAlt: string;
  tags: string[];
  publishedAt: string;
  updatedAt: string;
  readingMinutes: number;
  seo: PostSeo;
}

/** The site's blog in its snapshot: posts newest first (by publish date). */
export interface SnapshotBlog {
  posts: SnapshotPost[];
  /** More posts are published than the snapshot carries. */
  truncated: boolean;
}
