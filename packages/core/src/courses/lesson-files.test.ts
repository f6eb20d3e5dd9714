import { MAX_COURSE_THUMBNAIL_BYTES } from '@mewayz/contracts';
import { isServedMediaKey } from '@mewayz/render';
import { createTestOrg, nodeDeps } from '@mewayz/testing';
import { Miniflare } from 'miniflare';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CoreDeps } from '../deps.ts';
import { AppError } from '../errors.ts';
import type { MediaBucket } from '../media/bucket.ts';
import { sniffAttachment, sniffVideo } from '../media/file-types.ts';
import type { TenantScope } from '../tenancy/scope.ts';
import { removeCourseThumbnail, setCourseThumbnail } from './course-thumbnail.ts';
import { createCourse, getCourse, updateCourse } from './courses.ts';
import { createLesson, createModule, deleteLesson, deleteModule, updateLesson } from './curriculum.ts';
import { createEnrollment, revokeEnrollment } from './enrollments.ts';
import {
  addLessonAttachment,
  deleteLessonAttachment,
  lessonFileFor,
  removeLessonVideo,
  setLessonVideo,
} from './lesson-files.ts';

const actor = { userId: null, requestId: 'req_test' };
// Miniflare's R2 simulator: the real bucket API, objects kept in memory for the run.
let mf: Miniflare;
let bucket: R2Bucket;
let deps: CoreDeps;

beforeAll(async () => {
  mf = new Miniflare({ modules: true, script: 'export default {}', r2Buckets: ['MEDIA'] });
  bucket = (await mf.getR2Bucket('MEDIA')) as unknown as R2Bucket;
  deps = { ...nodeDeps(), media: bucket as unknown as MediaBucket };
});
afterAll(() => mf?.dispose());

const mp4 = (size = 64) => {
  const b = new Uint8Array(size);
  b.set([0, 0, 0, 0x18, ...new TextEncoder().encode('ftypisom')]);
  return b;
};
const pdf = new TextEncoder().encode('%PDF-1.7\n% a tiny pdf\n');

async function lessonIn(scope: TenantScope, title = 'Files') {
  const course = await createCourse(deps, scope, actor, { title });
  const moduleId = (await createModule(deps, scope, actor, course.id, { title: 'M' })).modules[0]!.id;
  const withLesson = await createLesson(deps, scope, actor, course.id, { moduleId, title: 'One' });
  return { course, moduleId, lesson: withLesson.modules[0]!.lessons[0]! };
}

async function stored(key: string) {
  const obj = await bucket.get(key);
  return obj ? new Uint8Array(await obj.arrayBuffer()) : null;
}

async function keysOf(scope: TenantScope) {
  return (await bucket.list({ prefix: `lessons/${scope.orgId}/` })).objects.map((o) => o.key);
}

function codeOf(err: unknown) {
  return err instanceof AppError ? `${err.status} ${err.details?.[0]?.path ?? err.code}` : String(err);
}

describe('lesson videos and attachments', () => {
  it('stores a video and files by their bytes, shows them in the lesson view, and deletes the objects with them', async () => {
    const scope = await createTestOrg(deps);
    const { course, lesson } = await lessonIn(scope);
    let detail = await setLessonVideo(deps, scope, actor, course.id, lesson.id, {
      name: 'intro.txt',
      bytes: mp4(),
    });
    expect(detail.modules[0]!.lessons[0]!.video).toEqual({ contentType: 'video/mp4', size: 64 });
    const [videoKey] = await keysOf(scope);
    expect(videoKey).toMatch(new RegExp(`^lessons/${scope.orgId}/${lesson.id}/[A-Za-z0-9_-]+\\.mp4$`));
    expect(await stored(videoKey!)).toEqual(mp4());

    detail = await addLessonAttachment(deps, scope, actor, course.id, lesson.id, {
      name: 'Work Sheet (v2)!.pdf',
      bytes: pdf,
    });
    const [att] = detail.modules[0]!.lessons[0]!.attachments;
    expect(att).toMatchObject({
      name: 'Work-Sheet-v2.pdf',
      contentType: 'application/pdf',
      size: pdf.length,
    });

    // Replacing the video removes the old object.
    await setLessonVideo(deps, scope, actor, course.id, lesson.id, { name: 'v.mp4', bytes: mp4(80) });
    expect(await stored(videoKey!)).toBeNull();
    expect(await keysOf(scope)).toHaveLength(2);

    await deleteLessonAttachment(deps, scope, actor, course.id, lesson.id, att!.id);
    expect(await keysOf(scope)).toHaveLength(1);
    await removeLessonVideo(deps, scope, actor, course.id, lesson.id);
    expect(await keysOf(scope)).toEqual([]);
    expect((await getCourse(deps, scope, course.id)).modules[0]!.lessons[0]).toMatchObject({
      video: null,
      attachments: [],
    });
  });

  it('deleting a lesson or a module deletes its objects', async () => {
    const scope = await createTestOrg(deps);
    const { course, moduleId, lesson } = await lessonIn(scope);
    await setLessonVideo(deps, scope, actor, course.id, lesson.id, { name: 'a.mp4', bytes: mp4() });
    await addLessonAttachment(deps, scope, actor, course.id, lesson.id, { name: 'a.pdf', bytes: pdf });
    await deleteLesson(deps, scope, actor, course.id, lesson.id);
    expect(await keysOf(scope)).toEqual([]);

    const two = await createLesson(deps, scope, actor, course.id, { moduleId, title: 'Two' });
    const second = two.modules[0]!.lessons[0]!;
    await addLessonAttachment(deps, scope, actor, course.id, second.id, { name: 'b.pdf', bytes: pdf });
    await deleteModule(deps, scope, actor, course.id, moduleId);
    expect(await keysOf(scope)).toEqual([]);
  });

  it('refuses empty, oversized and disguised files, storing nothing', async () => {
    const scope = await createTestOrg(deps);
    const { course, lesson } = await lessonIn(scope);
    const attempts = [
      setLessonVideo(deps, scope, actor, course.id, lesson.id, { name: 'a.mp4', bytes: new Uint8Array() }),
      setLessonVideo(deps, scope, actor, course.id, lesson.id, { name: 'a.mp4', bytes: pdf }),
      setLessonVideo(deps, scope, actor, course.id, lesson.id, {
        name: 'big.mp4',
        bytes: mp4(50 * 1024 * 1024 + 1),
      }),
      addLessonAttachment(deps, scope, actor, course.id, lesson.id, {
        name: 'notes.pdf',
        bytes: new TextEncoder().encode('<script>alert(1)</script>'),
      }),
      addLessonAttachment(deps, scope, actor, course.id, lesson.id, {
        name: 'tool.exe',
        bytes: new TextEncoder().encode('MZ\x90\x00'),
      }),
    ];
    const results = await Promise.allSettled(attempts);
    expect(results.map((r) => (r.status === 'rejected' ? codeOf(r.reason) : 'stored'))).toEqual([
      '422 video',
      '422 video',
      '422 video',
      '422 file',
      '422 file',
    ]);
    expect(await keysOf(scope)).toEqual([]);
  });

  it('another workspace can neither see, change nor delete them', async () => {
    const a = await createTestOrg(deps);
    const b = await createTestOrg(deps);
    const { course, lesson } = await lessonIn(a);
    const withFile = await addLessonAttachment(deps, a, actor, course.id, lesson.id, {
      name: 'a.pdf',
      bytes: pdf,
    });
    await setLessonVideo(deps, a, actor, course.id, lesson.id, { name: 'a.mp4', bytes: mp4() });
    const attId = withFile.modules[0]!.lessons[0]!.attachments[0]!.id;
    const attempts = await Promise.allSettled([
      getCourse(deps, b, course.id),
      setLessonVideo(deps, b, actor, course.id, lesson.id, { name: 'x.mp4', bytes: mp4() }),
      removeLessonVideo(deps, b, actor, course.id, lesson.id),
      addLessonAttachment(deps, b, actor, course.id, lesson.id, { name: 'x.pdf', bytes: pdf }),
      deleteLessonAttachment(deps, b, actor, course.id, lesson.id, attId),
    ]);
    expect(attempts.map((r) => (r.status === 'rejected' ? codeOf(r.reason) : 'done'))).toEqual(
      Array(5).fill('404 not_found'),
    );
    // B's own lesson cannot reach A's attachment either.
    const own = await lessonIn(b);
    await expect(
      deleteLessonAttachment(deps, b, actor, own.course.id, own.lesson.id, attId),
    ).rejects.toMatchObject({ status: 404 });
    expect(await keysOf(a)).toHaveLength(2);
    expect(await keysOf(b)).toEqual([]);

    // Published in A: B's site (scope) finds nothing under the same slugs, even for a student of A.
    await updateCourse(deps, a, actor, course.id, { status: 'published' });
    await createEnrollment(deps, a, actor, { courseId: course.id, email: 's@example.com' });
    const q = { courseSlug: course.slug, lessonSlug: lesson.slug, email: 's@example.com', now: new Date() };
    expect(await lessonFileFor(a, q)).toMatchObject({ contentType: 'video/mp4', size: 64 });
    expect(await lessonFileFor(b, q)).toBeNull();
    expect(await lessonFileFor(b, { ...q, attachmentId: attId })).toBeNull();
  });

  it('serves a lesson file to active students of the course and to anyone for a free preview', async () => {
    const scope = await createTestOrg(deps);
    const { course, lesson } = await lessonIn(scope);
    await setLessonVideo(deps, scope, actor, course.id, lesson.id, { name: 'a.mp4', bytes: mp4() });
    const att = (
      await addLessonAttachment(deps, scope, actor, course.id, lesson.id, { name: 'a.pdf', bytes: pdf })
    ).modules[0]!.lessons[0]!.attachments[0]!;
    const q = { courseSlug: course.slug, lessonSlug: lesson.slug, now: new Date() };
    // A draft course serves nothing, not even to its students.
    const enr = await createEnrollment(deps, scope, actor, { courseId: course.id, email: 's@example.com' });
    expect(await lessonFileFor(scope, { ...q, email: 's@example.com' })).toBeNull();
    await updateCourse(deps, scope, actor, course.id, { status: 'published' });
    expect(await lessonFileFor(scope, { ...q, email: 's@example.com' })).not.toBeNull();
    expect(await lessonFileFor(scope, { ...q, email: 's@example.com', attachmentId: att.id })).toMatchObject({
      downloadName: 'a.pdf',
      contentType: 'application/pdf',
    });
    expect(await lessonFileFor(scope, { ...q, email: 'other@example.com' })).toBeNull();
    expect(await lessonFileFor(scope, { ...q, email: null })).toBeNull();
    await revokeEnrollment(deps, scope, actor, enr.id);
    expect(await lessonFileFor(scope, { ...q, email: 's@example.com' })).toBeNull();
    await updateLesson(deps, scope, actor, course.id, lesson.id, { freePreview: true });
    expect(await lessonFileFor(scope, { ...q, email: null })).not.toBeNull();
  });
});

describe('file types come from the bytes', () => {
  it('knows videos and attachments by their first bytes, not their names', () => {
    const webm = new Uint8Array([0x1a, 0x45, 0xdf, 0xa3, 0, 0]);
    const heic = new Uint8Array([0, 0, 0, 0x18, ...new TextEncoder().encode('ftypheic')]);
    expect(sniffVideo(webm)?.type).toBe('video/webm');
    expect(sniffVideo(heic)).toBeNull();
    expect(sniffVideo(pdf)).toBeNull();
    const zip = new TextEncoder().encode('PK\x03\x04rest');
    expect(sniffAttachment(zip, 'Slides.PPTX')?.ext).toBe('pptx');
    expect(sniffAttachment(zip, 'slides.pdf')?.type).toBe('application/zip');
    expect(sniffAttachment(new TextEncoder().encode('a,b\n1,2\n'), 'data.csv')?.type).toBe(
      'text/csv; charset=utf-8',
    );
    expect(sniffAttachment(new TextEncoder().encode('<svg onload=x>'), 'x.svg')).toBeNull();
    expect(sniffAttachment(new TextEncoder().encode('<html>'), 'page.html')).toBeNull();
    expect(sniffAttachment(new Uint8Array([0x41, 0, 0x42]), 'bin.txt')).toBeNull();
  });
});

describe('course thumbnails', () => {
  const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 1, 2, 3, 4]);
  const thumbs = async (scope: TenantScope, courseId: string) =>
    (await bucket.list({ prefix: `courses/${scope.orgId}/${courseId}/` })).objects.map((o) => o.key);

  it('stores an image by its bytes under a key the site serves, replaces and removes it with its object', async () => {
    const scope = await createTestOrg(deps);
    const course = await createCourse(deps, scope, actor, { title: 'Glazes' });
    const first = await setCourseThumbnail(deps, scope, actor, course.id, { name: 'x.txt', bytes: png });
    expect(first.thumbnailKey).toMatch(
      new RegExp(`^courses/${scope.orgId}/${course.id}/[A-Za-z0-9_-]+\\.png$`),
    );
    expect(isServedMediaKey(first.thumbnailKey!)).toBe(true);
    expect(await stored(first.thumbnailKey!)).toEqual(png);
    const second = await setCourseThumbnail(deps, scope, actor, course.id, { name: 'y.png', bytes: png });
    expect(await thumbs(scope, course.id)).toEqual([second.thumbnailKey]);
    const removed = await removeCourseThumbnail(deps, scope, actor, course.id);
    expect(removed.thumbnailKey).toBeNull();
    expect(await thumbs(scope, course.id)).toEqual([]);
  });

  it('refuses other types, empty or oversized files and another workspace’s course, storing nothing', async () => {
    const scope = await createTestOrg(deps);
    const other = await createTestOrg(deps);
    const course = await createCourse(deps, scope, actor, { title: 'Mine' });
    const attempt = (s: TenantScope, bytes: Uint8Array) =>
      setCourseThumbnail(deps, s, actor, course.id, { name: 'a.png', bytes }).then(() => 'stored', codeOf);
    expect(await attempt(scope, new TextEncoder().encode('<svg onload=alert(1)>'))).toBe('422 thumbnail');
    expect(await attempt(scope, new Uint8Array(0))).toBe('422 thumbnail');
    const big = new Uint8Array(MAX_COURSE_THUMBNAIL_BYTES + 1);
    big.set(png);
    expect(await attempt(scope, big)).toBe('422 thumbnail');
    expect(await attempt(other, png)).toBe('404 not_found');
    expect(await removeCourseThumbnail(deps, other, actor, course.id).then(() => 'removed', codeOf)).toBe(
      '404 not_found',
    );
    expect(await thumbs(scope, course.id)).toEqual([]);
    expect(await thumbs(other, course.id)).toEqual([]);
    expect((await getCourse(deps, scope, course.id)).thumbnailKey).toBeNull();
  });
});
