import {
  MAX_ATTACHMENTS_PER_LESSON,
  MAX_LESSON_ATTACHMENT_BYTES,
  MAX_LESSON_VIDEO_BYTES,
} from '@mewayz/contracts';
import { courseEnrollments, courseLessons, courses, lessonAttachments } from '@mewayz/db/schema';
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import { recordAudit } from '../audit/record.ts';
import { invalid } from '../commerce/shared.ts';
import { randomToken } from '../crypto/random.ts';
import type { Actor, CoreDeps } from '../deps.ts';
import { NotFound } from '../errors.ts';
import { isId, newId } from '../ids.ts';
import type { MediaBucket } from '../media/bucket.ts';
import { safeFileName, sniffAttachment, sniffVideo } from '../media/file-types.ts';
import type { TenantScope } from '../tenancy/scope.ts';
import { afterCourseChange, getCourse, loadCourse } from './courses.ts';
import { loadLesson } from './curriculum.ts';
import { isLessonOpen } from './drip.ts';
import type { LessonRow } from './views.ts';

/**
 * A lesson's uploaded video and its attachments, in R2 under `lessons/<orgId>/<lessonId>/…` (a key
 * the public `/media/` route never serves). Rows and objects change together: an object is written
 * before its row commits (and removed again when the commit fails), and removed after the row that
 * pointed at it is gone — a lesson's or module's deletion included (`forgetLessonFiles`).
 */

export type AttachmentRow = typeof lessonAttachments.$inferSelect;

export interface UploadedFile {
  /** The name the browser sent: only for the student's copy and for telling zip formats apart. */
  name: string;
  bytes: Uint8Array;
}

const mb = (bytes: number) => `${bytes / (1024 * 1024)} MB`;

export function bucketOf(deps: CoreDeps): MediaBucket {
  const bucket = deps.media;
  if (!bucket) invalid('file', 'Uploads are not configured on this server.');
  return bucket;
}

function keyOf(scope: TenantScope, lessonId: string, ext: string) {
  return `lessons/${scope.orgId}/${lessonId}/${randomToken(16)}.${ext}`;
}

/** Remove objects whose rows are gone; a failure leaves an orphan in R2, never a row without a file. */
export async function forgetLessonFiles(deps: CoreDeps, keys: string[]): Promise<void> {
  if (keys.length === 0) return;
  try {
    await bucketOf(deps).delete(keys);
  } catch (err) {
    deps.log.error('lesson files left in storage', { keys, error: err });
  }
}

/** The R2 keys of these lessons' videos and attachments (before their rows are deleted). */
export async function lessonFileKeys(scope: TenantScope, lessons: LessonRow[]): Promise<string[]> {
  if (lessons.length === 0) return [];
  const attachments = await scope.list(
    lessonAttachments,
    inArray(
      lessonAttachments.lessonId,
      lessons.map((l) => l.id),
    ),
  );
  return [...lessons.flatMap((l) => (l.videoKey ? [l.videoKey] : [])), ...attachments.map((a) => a.fileKey)];
}

/** Each lesson's attachments in the order they were added. */
export async function attachmentsByLesson(
  scope: TenantScope,
  lessonIds: string[],
): Promise<Map<string, AttachmentRow[]>> {
  const out = new Map<string, AttachmentRow[]>();
  if (lessonIds.length === 0) return out;
  const rows = await scope.list(lessonAttachments, inArray(lessonAttachments.lessonId, lessonIds), {
    orderBy: [asc(lessonAttachments.id)],
  });
  for (const r of rows) out.set(r.lessonId, [...(out.get(r.lessonId) ?? []), r]);
  return out;
}

/** Store `file` in R2, run `write` (the rows), and take the object back out if `write` fails. */
export async function storeThenWrite(
  bucket: MediaBucket,
  key: string,
  file: UploadedFile,
  metadata: { contentType: string; contentDisposition?: string },
  write: () => Promise<void>,
) {
  await bucket.put(key, file.bytes, { httpMetadata: metadata });
  try {
    await write();
  } catch (err) {
    await bucket.delete(key).catch(() => {});
    throw err;
  }
}

/** Upload (or replace) a lesson's video: MP4, MOV or WebM by its bytes, at most 50 MB. */
export async function setLessonVideo(
  deps: CoreDeps,
  scope: TenantScope,
  actor: Actor,
  courseId: string,
  lessonId: string,
  file: UploadedFile,
) {
  const bucket = bucketOf(deps);
  const course = await loadCourse(scope, courseId);
  const lesson = await loadLesson(scope, course.id, lessonId);
  if (file.bytes.byteLength === 0) invalid('video', 'The file is empty.');
  if (file.bytes.byteLength > MAX_LESSON_VIDEO_BYTES)
    invalid('video', `Use a video of at most ${mb(MAX_LESSON_VIDEO_BYTES)}.`);
  const type = sniffVideo(file.bytes);
  if (!type) invalid('video', 'Use an MP4, MOV or WebM video.');
  const key = keyOf(scope, lesson.id, type.ext);
  await storeThenWrite(bucket, key, file, { contentType: type.type }, () =>
    scope.transaction(async (tx) => {
      await tx.update(
        courseLessons,
        { videoKey: key, videoType: type.type, videoSize: file.bytes.byteLength },
        eq(courseLessons.id, lesson.id),
      );
      await recordAudit(tx, actor, {
        action: 'course.lesson_video_uploaded',
        targetType: 'course',
        targetId: course.id,
        metadata: { lessonId: lesson.id, size: file.bytes.byteLength, type: type.type },
      });
    }),
  );
  if (lesson.videoKey) await forgetLessonFiles(deps, [lesson.videoKey]);
  await afterCourseChange(deps, scope, course);
  return getCourse(deps, scope, course.id);
}

export async function removeLessonVideo(
  deps: CoreDeps,
  scope: TenantScope,
  actor: Actor,
  courseId: string,
  lessonId: string,
) {
  const course = await loadCourse(scope, courseId);
  const lesson = await loadLesson(scope, course.id, lessonId);
  if (!lesson.videoKey) throw new NotFound('Video');
  await scope.transaction(async (tx) => {
    await tx.update(
      courseLessons,
      { videoKey: null, videoType: null, videoSize: null },
      eq(courseLessons.id, lesson.id),
    );
    await recordAudit(tx, actor, {
      action: 'course.lesson_video_removed',
      targetType: 'course',
      targetId: course.id,
      metadata: { lessonId: lesson.id },
    });
  });
  await forgetLessonFiles(deps, [lesson.videoKey]);
  await afterCourseChange(deps, scope, course);
  return getCourse(deps, scope, course.id);
}

/** Add a file to a lesson (at most 10 a lesson, 25 MB each, of the types `sniffAttachment` knows). */
export async function addLessonAttachment(
  deps: CoreDeps,
  scope: TenantScope,
  actor: Actor,
  courseId: string,
  lessonId: string,
  file: UploadedFile,
) {
  const bucket = bucketOf(deps);
  const course = await loadCourse(scope, courseId);
  const lesson = await loadLesson(scope, course.id, lessonId);
  if (file.bytes.byteLength === 0) invalid('file', 'The file is empty.');
  if (file.bytes.byteLength > MAX_LESSON_ATTACHMENT_BYTES)
    invalid('file', `Use a file of at most ${mb(MAX_LESSON_ATTACHMENT_BYTES)}.`);
  if (
    (await scope.count(lessonAttachments, eq(lessonAttachments.lessonId, lesson.id))) >=
    MAX_ATTACHMENTS_PER_LESSON
  )
    invalid('file', `A lesson has at most ${MAX_ATTACHMENTS_PER_LESSON} files.`);
  const type = sniffAttachment(file.bytes, file.name);
  if (!type) invalid('file', 'Use a PDF, ZIP, document, image, MP3, video or text file.');
  const name = safeFileName(file.name.replace(/\.[^.]*$/, ''), 'file').slice(0, 100);
  const fullName = `${name}.${type.ext}`;
  const id = newId('lessonAttachment');
  const key = keyOf(scope, lesson.id, type.ext);
  await storeThenWrite(
    bucket,
    key,
    file,
    { contentType: type.type, contentDisposition: `attachment; filename="${fullName}"` },
    () =>
      scope.transaction(async (tx) => {
        await tx.insert(lessonAttachments, {
          id,
          courseId: course.id,
          lessonId: lesson.id,
          name: fullName,
          fileKey: key,
          contentType: type.type,
          size: file.bytes.byteLength,
        });
        await recordAudit(tx, actor, {
          action: 'course.lesson_attachment_added',
          targetType: 'course',
          targetId: course.id,
          metadata: { lessonId: lesson.id, attachmentId: id, size: file.bytes.byteLength },
        });
      }),
  );
  await afterCourseChange(deps, scope, course);
  return getCourse(deps, scope, course.id);
}

export async function deleteLessonAttachment(
  deps: CoreDeps,
  scope: TenantScope,
  actor: Actor,
  courseId: string,
  lessonId: string,
  attachmentId: string,
) {
  const course = await loadCourse(scope, courseId);
  const lesson = await loadLesson(scope, course.id, lessonId);
  if (!isId('lessonAttachment', attachmentId)) throw new NotFound('Attachment');
  const row = await scope.first(
    lessonAttachments,
    and(eq(lessonAttachments.id, attachmentId), eq(lessonAttachments.lessonId, lesson.id)),
  );
  if (!row) throw new NotFound('Attachment');
  await scope.transaction(async (tx) => {
    await tx.hardDelete(lessonAttachments, eq(lessonAttachments.id, row.id));
    await recordAudit(tx, actor, {
      action: 'course.lesson_attachment_deleted',
      targetType: 'course',
      targetId: course.id,
      metadata: { lessonId: lesson.id, attachmentId: row.id },
    });
  });
  await forgetLessonFiles(deps, [row.fileKey]);
  await afterCourseChange(deps, scope, course);
  return getCourse(deps, scope, course.id);
}

export interface LessonFile {
  key: string;
  contentType: string;
  size: number;
  /** Attachments only: the name of the student's copy. */
  downloadName?: string;
}

/**
 * A lesson's video (no `attachmentId`) or one of its files, for a visitor of the site: anyone for a
 * free-preview lesson of a published course, otherwise only a student with an active enrollment for
 * whom the lesson is open (drip). Null for everything else, so the edge answers all refusals alike.
 */
export async function lessonFileFor(
  scope: TenantScope,
  q: { courseSlug: string; lessonSlug: string; email: string | null; now: Date; attachmentId?: string },
): Promise<LessonFile | null> {
  if (q.attachmentId !== undefined && !isId('lessonAttachment', q.attachmentId)) return null;
  const course = await scope.first(
    courses,
    and(eq(courses.slug, q.courseSlug), eq(courses.status, 'published')),
  );
  if (!course) return null;
  const lesson = await scope.first(
    courseLessons,
    and(eq(courseLessons.courseId, course.id), eq(courseLessons.slug, q.lessonSlug)),
  );
  if (!lesson) return null;
  if (!lesson.freePreview) {
    if (!q.email) return null;
    const enrollment = await scope.first(
      courseEnrollments,
      and(
        eq(courseEnrollments.courseId, course.id),
        eq(courseEnrollments.email, q.email),
        isNull(courseEnrollments.revokedAt),
      ),
    );
    if (!enrollment || !isLessonOpen(lesson, enrollment.createdAt, q.now)) return null;
  }
  if (q.attachmentId === undefined)
    return lesson.videoKey && lesson.videoType && lesson.videoSize
      ? { key: lesson.videoKey, contentType: lesson.videoType, size: lesson.videoSize }
      : null;
  const file = await scope.first(
    lessonAttachments,
    and(eq(lessonAttachments.id, q.attachmentId), eq(lessonAttachments.lessonId, lesson.id)),
  );
  return file
    ? { key: file.fileKey, contentType: file.contentType, size: file.size, downloadName: file.name }
    : null;
}
