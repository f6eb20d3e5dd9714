import { MAX_POST_COVER_BYTES } from '@mewayz/contracts';
import { blogPosts } from '@mewayz/db/schema';
import { eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record.ts';
import { invalid } from '../commerce/shared.ts';
import { bucketOf, storeThenWrite, type UploadedFile } from '../courses/lesson-files.ts';
import { randomToken } from '../crypto/random.ts';
import type { Actor, CoreDeps } from '../deps.ts';
import { sniffImage } from '../media/file-types.ts';
import type { TenantScope } from '../tenancy/scope.ts';
import { refreshPublishedBlog } from './blog-snapshot.ts';
import { forgetOwnCover, getPost, loadPost } from './posts.ts';

/**
 * A post's cover, uploaded to R2 under `blog/<orgId>/<postId>/<random>.<ext>`: a key the site host's
 * `/media/` route serves, never reused, so it is cached for good. The replaced upload is deleted.
 */
export async function setPostCover(
  deps: CoreDeps,
  scope: TenantScope,
  actor: Actor,
  postId: string,
  file: UploadedFile,
) {
  const bucket = bucketOf(deps);
  const post = await loadPost(scope, postId);
  if (file.bytes.byteLength === 0) invalid('cover', 'The file is empty.');
  if (file.bytes.byteLength > MAX_POST_COVER_BYTES)
    invalid('cover', `Use an image of at most ${MAX_POST_COVER_BYTES / (1024 * 1024)} MB.`);
  const type = sniffImage(file.bytes);
  if (!type) invalid('cover', 'Use a PNG, JPEG, WebP or GIF image.');
  const key = `blog/${scope.orgId}/${post.id}/${randomToken(16)}.${type.ext}`;
  await storeThenWrite(bucket, key, file, { contentType: type.type }, () =>
    writeCover(scope, actor, post.id, post.siteId, key),
  );
  await forgetOwnCover(deps, scope, post);
  if (post.status === 'published') await refreshPublishedBlog(deps, scope, post.siteId);
  return getPost(deps, scope, post.id);
}

export async function removePostCover(deps: CoreDeps, scope: TenantScope, actor: Actor, postId: string) {
  const post = await loadPost(scope, postId);
  if (post.coverKey === null) return getPost(deps, scope, post.id);
  await writeCover(scope, actor, post.id, post.siteId, null);
  await forgetOwnCover(deps, scope, post);
  if (post.status === 'published') await refreshPublishedBlog(deps, scope, post.siteId);
  return getPost(deps, scope, post.id);
}

function writeCover(scope: TenantScope, actor: Actor, postId: string, siteId: string, key: string | null) {
  return scope.transaction(async (tx) => {
    await tx.update(blogPosts, { coverKey: key }, eq(blogPosts.id, postId));
    await recordAudit(tx, actor, {
      action: key ? 'post.cover_uploaded' : 'post.cover_removed',
      targetType: 'post',
      targetId: postId,
      metadata: { siteId },
    });
  });
}
