import { hasControlCharacters } from '@mewayz/contracts';
import { courseEnrollments, courses, lessonProgress } from '@mewayz/db/schema';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import { isDuplicateKey } from '../data/mysql-errors.ts';
import type { Actor } from '../deps.ts';
import { isId, newId } from '../ids.ts';
import type { TenantScope } from '../tenancy/scope.ts';
import { curriculumOf } from './courses.ts';
import { isLessonOpen, lessonUnlocksAt } from './drip.ts';
import { enrollStudent } from './enrollments.ts';
import { type AttachmentRow, attachmentsByLesson } from './lesson-files.ts';
import type { CourseRow, EnrollmentRow, LessonRow } from './views.ts';

/**
 * What a signed-in student sees on the site host: their courses, a course's curriculum with progress
 * and drip, a lesson. Everything here is personal, so the edge serves it `private, no-store`.
 */

const studentActor: Actor = { userId: null, requestId: null };

export interface StudentLesson {
  id: string;
  slug: string;
  title: string;
  durationMinutes: number | null;
  done: boolean;
  open: boolean;
  unlocksAt: string | null;
}

export interface StudentCourse {
  course: CourseRow;
  enrollment: EnrollmentRow;
  modules: { id: string; title: string; lessons: StudentLesson[] }[];
  completed: number;
  total: number;
  /** Where to continue: the last lesson visited if not done, else the first open lesson not done. */
  next: StudentLesson | null;
}

async function activeEnrollments(scope: TenantScope, email: string, courseId?: string) {
  return scope.list(
    courseEnrollments,
    and(
      eq(courseEnrollments.email, email),
      isNull(courseEnrollments.revokedAt),
      courseId ? eq(courseEnrollments.courseId, courseId) : undefined,
    ),
  );
}

async function buildStudentCourse(
  scope: TenantScope,
  course: CourseRow,
  enrollment: EnrollmentRow,
  now: Date,
): Promise<StudentCourse> {
  const [curriculum, progress] = await Promise.all([
    curriculumOf(scope, course.id),
    scope.list(lessonProgress, eq(lessonProgress.enrollmentId, enrollment.id)),
  ]);
  const done = new Set(progress.map((p) => p.lessonId));
  const modules = curriculum.map(({ module, lessons }) => ({
    id: module.id,
    title: module.title,
    lessons: lessons.map((l): StudentLesson => {
      const at = lessonUnlocksAt(l, enrollment.createdAt);
      return {
        id: l.id,
        slug: l.slug,
        title: l.title,
        durationMinutes: l.durationMinutes,
        done: done.has(l.id),
        open: isLessonOpen(l, enrollment.createdAt, now),
        unlocksAt: at ? at.toISOString() : null,
      };
    }),
  }));
  const all = modules.flatMap((m) => m.lessons);
  const last = all.find((l) => l.id === enrollment.lastLessonId && !l.done && l.open);
  return {
    course,
    enrollment,
    modules,
    completed: all.filter((l) => l.done).length,
    total: all.length,
    next: last ?? all.find((l) => l.open && !l.done) ?? null,
  };
}

/** The student's courses (published, not deleted, enrollment active), newest enrollment first. */
export async function studentCourses(scope: TenantScope, email: string, now: Date): Promise<StudentCourse[]> {
  const enrollments = await activeEnrollments(scope, email);
  if (enrollments.length === 0) return [];
  const rows = await scope.list(
    courses,
    and(
      inArray(
        courses.id,
        enrollments.map((e) => e.courseId),
      ),
      eq(courses.status, 'published'),
    ),
  );
  const out: StudentCourse[] = [];
  for (const e of [...enrollments].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())) {
    const course = rows.find((c) => c.id === e.courseId);
    if (course) out.push(await buildStudentCourse(scope, course, e, now));
  }
  return out;
}

/** One of the student's courses by slug, or null (not enrolled, revoked, unpublished). */
export async function studentCourse(
  scope: TenantScope,
  email: string,
  courseSlug: string,
  now: Date,
): Promise<StudentCourse | null> {
  const course = await scope.first(
    courses,
    and(eq(courses.slug, courseSlug), eq(courses.status, 'published')),
  );
  if (!course) return null;
  const [enrollment] = await activeEnrollments(scope, email, course.id);
  return enrollment ? buildStudentCourse(scope, course, enrollment, now) : null;
}

export type StudentLessonPage =
  | {
      kind: 'open';
      sc: StudentCourse;
      lesson: LessonRow;
      attachments: AttachmentRow[];
      done: boolean;
      prev: StudentLesson | null;
      next: StudentLesson | null;
    }
  | { kind: 'locked'; sc: StudentCourse; lesson: StudentLesson };

/** A lesson page: its content when open (and the visit remembered for "continue"), else when it opens. */
export async function studentLesson(
  scope: TenantScope,
  email: string,
  courseSlug: string,
  lessonSlug: string,
  now: Date,
): Promise<StudentLessonPage | null> {
  const sc = await studentCourse(scope, email, courseSlug, now);
  if (!sc) return null;
  const all = sc.modules.flatMap((m) => m.lessons);
  const index = all.findIndex((l) => l.slug === lessonSlug);
  const summary = all[index];
  if (!summary) return null;
  if (!summary.open) return { kind: 'locked', sc, lesson: summary };
  const lesson = (await curriculumOf(scope, sc.course.id))
    .flatMap((m) => m.lessons)
    .find((l) => l.id === summary.id);
  if (!lesson) return null;
  if (sc.enrollment.lastLessonId !== lesson.id)
    await scope.update(
      courseEnrollments,
      { lastLessonId: lesson.id },
      eq(courseEnrollments.id, sc.enrollment.id),
    );
  const files = await attachmentsByLesson(scope, [lesson.id]);
  return {
    kind: 'open',
    sc,
    lesson,
    attachments: files.get(lesson.id) ?? [],
    done: summary.done,
    prev: all[index - 1] ?? null,
    next: all[index + 1] ?? null,
  };
}

/**
 * Mark an open lesson complete (again is a no-op): false when the student cannot see it. The
 * enrollment is stamped complete when the last lesson is done.
 */
export async function completeLesson(
  scope: TenantScope,
  email: string,
  courseSlug: string,
  lessonSlug: string,
  now: Date,
): Promise<StudentCourse | null> {
  const sc = await studentCourse(scope, email, courseSlug, now);
  const lesson = sc?.modules.flatMap((m) => m.lessons).find((l) => l.slug === lessonSlug);
  if (!sc || !lesson?.open) return null;
  if (!lesson.done) {
    try {
      await scope.insert(lessonProgress, {
        enrollmentId: sc.enrollment.id,
        lessonId: lesson.id,
        courseId: sc.course.id,
        completedAt: now,
      });
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
    }
  }
  const after = (await studentCourse(scope, email, courseSlug, now))!;
  if (after.completed === after.total && after.total > 0 && !after.enrollment.completedAt)
    await scope.update(
      courseEnrollments,
      { completedAt: now },
      and(eq(courseEnrollments.id, after.enrollment.id), isNull(courseEnrollments.completedAt)),
    );
  return after;
}

/**
 * A visitor's free sign-up: the course must be published and free. Returns false for anything
 * else (the page answers the same "check your email" either way for known addresses).
 */
export async function enrollFree(scope: TenantScope, courseSlug: string, email: string): Promise<boolean> {
  const course = await scope.first(
    courses,
    and(eq(courses.slug, courseSlug), eq(courses.status, 'published')),
  );
  if (course?.price !== 0) return false;
  const run = () =>
    scope.transaction((tx) =>
      enrollStudent(tx, studentActor, { courseId: course.id, email, source: 'free' }),
    );
  try {
    await run();
  } catch (err) {
    if (!isDuplicateKey(err)) throw err;
    await run();
  }
  return true;
}

/**
 * The student's completion certificate: for a finished course only, under the name they want on it
 * (1–120 characters). The certificate's public id is minted once and kept, so its URL stays valid.
 */
export async function issueCertificate(
  scope: TenantScope,
  email: string,
  courseSlug: string,
  name: string,
  now: Date,
): Promise<string | null> {
  const clean = name.trim();
  if (clean.length < 1 || clean.length > 120 || hasControlCharacters(clean)) return null;
  const sc = await studentCourse(scope, email, courseSlug, now);
  if (!sc || sc.total === 0 || sc.completed < sc.total) return null;
  const certificateId = sc.enrollment.certificateId ?? newId('certificate');
  await scope.update(
    courseEnrollments,
    { name: clean, certificateId, completedAt: sc.enrollment.completedAt ?? now },
    eq(courseEnrollments.id, sc.enrollment.id),
  );
  return certificateId;
}

/** What a certificate's public page shows, or null (unknown id, or the access was revoked). */
export async function certificateOf(scope: TenantScope, certificateId: string) {
  if (!isId('certificate', certificateId)) return null;
  const enrollment = await scope.first(
    courseEnrollments,
    and(eq(courseEnrollments.certificateId, certificateId), isNull(courseEnrollments.revokedAt)),
  );
  if (!enrollment?.completedAt || !enrollment.name) return null;
  const course = await scope.first(courses, eq(courses.id, enrollment.courseId), { withDeleted: true });
  if (!course) return null;
  return {
    id: certificateId,
    name: enrollment.name,
    courseTitle: course.title,
    courseSlug: course.slug,
    completedAt: enrollment.completedAt.toISOString(),
  };
}
