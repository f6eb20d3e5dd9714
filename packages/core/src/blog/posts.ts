import {
  type CreatePostInput,
  createPostInput,
  MAX_POSTS_PER_SITE,
  type PostStatus,
  type PublishPostInput,
  postSlugFromTitle,
  publishPostInput,
  readingMinutes,
  type UpdatePostInput,
  updatePostInput,
} from '@mewayz/contracts';
import { blogPosts } from '@mewayz/db/schema';
import { desc, eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record.ts';
import { isDuplicateKey } from '../data/mysql-errors.ts';
import type { Actor, CoreDeps } from '../deps.ts';
import { Conflict, NotFound, ValidationFailed, zodDetails } from '../errors.ts';
import { assertId, newId } from '../ids.ts';
import { loadSite } from '../sites/load-site.ts';
import type { TenantScope } from '../tenancy/scope.ts';
import { refreshPublishedBlog } from './blog-snapshot.ts';

type PostRow = typeof blogPosts.$inferSelect;

/**
 * Inputs are parsed here too (the API has parsed them already), so the dashboard and seeds get the
 * same defaults, trimming and limits — the Markdown cap among them — as typed 422s.
 */
function parsed<T>(
  schema: {
    safeParse(v: unknown):
      | { success: true; data: T }
      | {
          success: false;
          error: {
            issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string; code?: string }>;
          };
        };
  },
  raw: unknown,
): T {
  const result = schema.safeParse(raw);
  if (!result.success) throw new ValidationFailed('The post is not valid.', zodDetails(result.error.issues));
  return result.data;
}

/** A published post whose date is still ahead is scheduled: it appears on the site from that date. */
export function postStatusAt(row: Pick<PostRow, 'status' | 'publishedAt'>, now: Date): PostStatus {
  if (row.status !== 'published') return 'draft';
  return row.publishedAt && row.publishedAt > now ? 'scheduled' : 'published';
}

/** The public shape of a post (API and dashboard). */
export function postView(row: PostRow, now: Date) {
  return {
    id: row.id,
    siteId: row.siteId,
    slug: row.slug,
    title: row.title,
    excerpt: row.excerpt,
    body: row.body,
    coverKey: row.coverKey,
    coverAlt: row.coverAlt,
    tags: row.tags,
    status: postStatusAt(row, now),
    publishedAt: row.publishedAt?.toISOString() ?? null,
    readingMinutes: row.readingMinutes,
    seo: row.seo,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
export type PostView = ReturnType<typeof postView>;

const slugTaken = () =>
  new Conflict('That post address is taken on this blog.', [
    { path: 'slug', message: 'Another post of this site has this address', code: 'slug_taken' },
  ]);

/**
 * A cover must be this organization's own upload (`blog/<org>/…`) or the demo artwork: a key of another
 * workspace would show its image on this site.
 */
function assertOwnCover(scope: TenantScope, key: string | null | undefined) {
  if (key == null || key.startsWith(`blog/${scope.orgId}/`) || key.startsWith('demo/')) return;
  throw new ValidationFailed('The cover must be an image uploaded to this workspace.', [
    { path: 'coverKey', message: 'Upload the cover instead', code: 'cover_not_own' },
  ]);
}

export async function loadPost(scope: TenantScope, postId: string) {
  assertId('post', postId);
  const row = await scope.first(blogPosts, eq(blogPosts.id, postId));
  if (!row) throw new NotFound('Post');
  return row;
}

/** Whether the row's change can be seen on the live site (a draft's cannot). */
const isLive = (row: Pick<PostRow, 'status'>) => row.status === 'published';

/** The site's posts, drafts included, newest first. */
export async function listPosts(deps: CoreDeps, scope: TenantScope, siteId: string) {
  await loadSite(scope, siteId);
  const rows = await scope.list(blogPosts, eq(blogPosts.siteId, siteId), {
    orderBy: [desc(blogPosts.createdAt), desc(blogPosts.id)],
    limit: MAX_POSTS_PER_SITE,
  });
  const now = deps.now();
  return rows.map((r) => postView(r, now));
}

export async function getPost(deps: CoreDeps, scope: TenantScope, postId: string) {
  return postView(await loadPost(scope, postId), deps.now());
}

/** A new draft post. */
export async function createPost(
  deps: CoreDeps,
  scope: TenantScope,
  actor: Actor,
  siteId: string,
  raw: CreatePostInput,
) {
  const input = parsed(createPostInput, raw);
  await loadSite(scope, siteId);
  assertOwnCover(scope, input.coverKey);
  if ((await scope.count(blogPosts, eq(blogPosts.siteId, siteId))) >= MAX_POSTS_PER_SITE) {
    throw new ValidationFailed(`A blog holds at most ${MAX_POSTS_PER_SITE} posts.`, [
      { path: 'title', message: 'Delete a post first', code: 'too_many_posts' },
    ]);
  }
  const id = newId('post');
  const slug = input.slug ?? postSlugFromTitle(input.title);
  try {
    await scope.transaction(async (tx) => {
      await tx.insert(blogPosts, {
        id,
        siteId,
        slug,
        title: input.title,
        excerpt: input.excerpt,
        body: input.body,
        coverKey: input.coverKey,
        coverAlt: input.coverAlt,
        tags: input.tags,
        status: 'draft',
        publishedAt: input.publishedAt ? new Date(input.publishedAt) : null,
        readingMinutes: readingMinutes(input.body),
        seo: input.seo,
      });
      await recordAudit(tx, actor, {
        action: 'post.created',
        targetType: 'post',
        targetId: id,
        metadata: { siteId, slug },
      });
    });
  } catch (err) {
    if (isDuplicateKey(err)) throw slugTaken();
    throw err;
  }
  return getPost(deps, scope, id);
}

export async function updatePost(
  deps: CoreDeps,
  scope: TenantScope,
  actor: Actor,
  postId: string,
  raw: UpdatePostInput,
) {
  const patch = parsed(updatePostInput, raw);
  const post = await loadPost(scope, postId);
  assertOwnCover(scope, patch.coverKey);
  const { publishedAt, ...rest } = patch;
  const changes: Partial<typeof blogPosts.$inferInsert> = { ...rest };
  if (publishedAt !== undefined) changes.publishedAt = publishedAt ? new Date(publishedAt) : null;
  if (patch.body !== undefined) changes.readingMinutes = readingMinutes(patch.body);
  // A published post without a date would vanish from the site: it keeps the one it has.
  if (isLive(post) && publishedAt === null) delete changes.publishedAt;
  await writePost(scope, actor, post, changes, 'post.updated', { fields: Object.keys(patch) });
  if (isLive(post)) await refreshPublishedBlog(deps, scope, post.siteId);
  return getPost(deps, scope, postId);
}

async function writePost(
  scope: TenantScope,
  actor: Actor,
  post: PostRow,
  changes: Partial<typeof blogPosts.$inferInsert>,
  action: string,
  metadata: Record<string, unknown> = {},
) {
  try {
    await scope.transaction(async (tx) => {
      await tx.update(blogPosts, changes, eq(blogPosts.id, post.id));
      await recordAudit(tx, actor, {
        action,
        targetType: 'post',
        targetId: post.id,
        metadata: { siteId: post.siteId, ...metadata },
      });
    });
  } catch (err) {
    if (isDuplicateKey(err)) throw slugTaken();
    throw err;
  }
}

/**
 * Put a post on the site: now, or at `publishedAt` (a future date schedules it). Without a date the
 * post keeps the one it has (a republished post keeps its original date), else it is dated now.
 */
export async function publishPost(
  deps: CoreDeps,
  scope: TenantScope,
  actor: Actor,
  postId: string,
  raw: PublishPostInput = {},
) {
  const input = parsed(publishPostInput, raw);
  const post = await loadPost(scope, postId);
  const at = input.publishedAt ? new Date(input.publishedAt) : (post.publishedAt ?? deps.now());
  await writePost(scope, actor, post, { status: 'published', publishedAt: at }, 'post.published', {
    publishedAt: at.toISOString(),
  });
  await refreshPublishedBlog(deps, scope, post.siteId);
  return getPost(deps, scope, postId);
}

/** Take a post off the site; it stays a draft with its date. */
export async function unpublishPost(deps: CoreDeps, scope: TenantScope, actor: Actor, postId: string) {
  const post = await loadPost(scope, postId);
  await writePost(scope, actor, post, { status: 'draft' }, 'post.unpublished');
  if (isLive(post)) await refreshPublishedBlog(deps, scope, post.siteId);
  return getPost(deps, scope, postId);
}

/**
 * Delete a post (soft: the row stays for the audit trail, its slug becomes its id so the address is
 * free at once) and take it off the site; an uploaded cover is removed from storage afterwards.
 */
export async function deletePost(deps: CoreDeps, scope: TenantScope, actor: Actor, postId: string) {
  const post = await loadPost(scope, postId);
  await writePost(scope, actor, post, { deletedAt: deps.now(), slug: post.id }, 'post.deleted', {
    slug: post.slug,
  });
  if (isLive(post)) await refreshPublishedBlog(deps, scope, post.siteId);
  await forgetOwnCover(deps, scope, post);
}

/** Delete the post's uploaded cover object (never the demo artwork); a failure leaves an orphan only. */
export async function forgetOwnCover(
  deps: CoreDeps,
  scope: TenantScope,
  post: Pick<PostRow, 'id' | 'coverKey'>,
) {
  const key = post.coverKey;
  if (!key?.startsWith(`blog/${scope.orgId}/${post.id}/`) || !deps.media) return;
  try {
    await deps.media.delete([key]);
  } catch (err) {
    deps.log.error('post cover left in storage', { key, error: err });
  }
}
