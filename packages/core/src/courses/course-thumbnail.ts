import { MAX_COURSE_THUMBNAIL_BYTES } from '@mewayz/contracts';
import { courses } from '@mewayz/db/schema';
import { eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record.ts';
import { invalid } from '../commerce/shared.ts';
import { randomToken } from '../crypto/random.ts';
import type { Actor, CoreDeps } from '../deps.ts';
import { sniffImage } from '../media/file-types.ts';
import type { TenantScope } from '../tenancy/scope.ts';
import { afterCourseChange, getCourse, loadCourse } from './courses.ts';
import { bucketOf, forgetLessonFiles, storeThenWrite, type UploadedFile } from './lesson-files.ts';

/**
 * A course's thumbnail, uploaded to R2 under `courses/<orgId>/<courseId>/<random>.<ext>`: a key the
 * site host's `/media/` route serves (it shows on course cards), never reused, so it is cached for good.
 * A key set through the API that points elsewhere is left alone when replaced: only our own uploads
 * are deleted.
 */
const ownKey = (scope: TenantScope, courseId: string, key: string | null) =>
  key?.startsWith(`courses/${scope.orgId}/${courseId}/`) ? key : null;

export async function setCourseThumbnail(
  deps: CoreDeps,
  scope: TenantScope,
  actor: Actor,
  courseId: string,
  file: UploadedFile,
) {
  const bucket = bucketOf(deps);
  const course = await loadCourse(scope, courseId);
  if (file.bytes.byteLength === 0) invalid('thumbnail', 'The file is empty.');
  if (file.bytes.byteLength > MAX_COURSE_THUMBNAIL_BYTES)
    invalid('thumbnail', `Use an image of at most ${MAX_COURSE_THUMBNAIL_BYTES / (1024 * 1024)} MB.`);
  const type = sniffImage(file.bytes);
  if (!type) invalid('thumbnail', 'Use a PNG, JPEG, WebP or GIF image.');
  const key = `courses/${scope.orgId}/${course.id}/${randomToken(16)}.${type.ext}`;
  await storeThenWrite(bucket, key, file, { contentType: type.type }, () =>
    writeThumbnail(scope, actor, course.id, key),
  );
  const previous = ownKey(scope, course.id, course.thumbnailKey);
  if (previous) await forgetLessonFiles(deps, [previous]);
  await afterCourseChange(deps, scope, course);
  return getCourse(deps, scope, course.id);
}

export async function removeCourseThumbnail(
  deps: CoreDeps,
  scope: TenantScope,
  actor: Actor,
  courseId: string,
) {
  const course = await loadCourse(scope, courseId);
  if (course.thumbnailKey === null) return getCourse(deps, scope, course.id);
  await writeThumbnail(scope, actor, course.id, null);
  const previous = ownKey(scope, course.id, course.thumbnailKey);
  if (previous) await forgetLessonFiles(deps, [previous]);
  await afterCourseChange(deps, scope, course);
  return getCourse(deps, scope, course.id);
}

function writeThumbnail(scope: TenantScope, actor: Actor, courseId: string, key: string | null) {
  return scope.transaction(async (tx) => {
    await tx.update(courses, { thumbnailKey: key }, eq(courses.id, courseId));
    await recordAudit(tx, actor, {
      action: key ? 'course.thumbnail_uploaded' : 'course.thumbnail_removed',
      targetType: 'course',
      targetId: courseId,
    });
  });
}
