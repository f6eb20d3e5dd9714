import {
  type CreateEnrollmentInput,
  createEnrollmentInput,
  type EnrollmentListQuery,
} from '@mewayz/contracts';
import { courseEnrollments, courseLessons, lessonProgress } from '@mewayz/db/schema';
import { and, asc, desc, eq, inArray, isNotNull, isNull, type SQL } from 'drizzle-orm';
import { recordAudit } from '../audit/record.ts';
import { type Page, parseInput } from '../commerce/shared.ts';
import { isDuplicateKey } from '../data/mysql-errors.ts';
import type { Actor, CoreDeps } from '../deps.ts';
import { NotFound } from '../errors.ts';
import { assertId, newId } from '../ids.ts';
import { toCsv } from '../platform/csv.ts';
import type { TenantScope } from '../tenancy/scope.ts';
import { curriculumOf, loadCourse } from './courses.ts';
import { type EnrollmentRow, enrollmentView } from './views.ts';

async function loadEnrollment(scope: TenantScope, enrollmentId: string): Promise<EnrollmentRow> {
  assertId('enrollment', enrollmentId);
  const row = await scope.first(courseEnrollments, eq(courseEnrollments.id, enrollmentId));
  if (!row) throw new NotFound('Enrollment');
  return row;
}

/** Completed lessons per enrollment, and lessons per course, for the views. */
async function progressOf(scope: TenantScope, rows: EnrollmentRow[]) {
  const enrollmentIds = rows.map((r) => r.id);
  const courseIds = [...new Set(rows.map((r) => r.courseId))];
  if (rows.length === 0) return { done: new Map<string, number>(), total: new Map<string, number>() };
  const [progress, lessons] = await Promise.all([
    scope.list(lessonProgress, inArray(lessonProgress.enrollmentId, enrollmentIds)),
    scope.aggregate(
      courseLessons,
      { courseId: courseLessons.courseId, id: courseLessons.id },
      inArray(courseLessons.courseId, courseIds),
    ),
  ]);
  const live = new Set(lessons.map((l) => l.id));
  const done = new Map<string, number>();
  for (const p of progress)
    if (live.has(p.lessonId)) done.set(p.enrollmentId, (done.get(p.enrollmentId) ?? 0) + 1);
  const total = new Map<string, number>();
  for (const l of lessons) total.set(l.courseId, (total.get(l.courseId) ?? 0) + 1);
  return { done, total };
}

async function viewsOf(scope: TenantScope, rows: EnrollmentRow[]) {
  const { done, total } = await progressOf(scope, rows);
  return rows.map((r) => enrollmentView(r, done.get(r.id) ?? 0, total.get(r.courseId) ?? 0));
}

function filterOf(query: Pick<EnrollmentListQuery, 'courseId' | 'status'>): SQL | undefined {
  const conds: SQL[] = [];
  if (query.courseId) conds.push(eq(courseEnrollments.courseId, query.courseId));
  if (query.status === 'active') conds.push(isNull(courseEnrollments.revokedAt));
  if (query.status === 'revoked') conds.push(isNotNull(courseEnrollments.revokedAt));
  return conds.length ? and(...conds) : undefined;
}

export async function listEnrollments(
  _deps: CoreDeps,
  scope: TenantScope,
  query: Pick<EnrollmentListQuery, 'courseId' | 'status'>,
  page: Page,
) {
  if (query.courseId) await loadCourse(scope, query.courseId);
  const where = filterOf(query);
  const [rows, total] = await Promise.all([
    scope.list(courseEnrollments, where, {
      orderBy: [desc(courseEnrollments.createdAt), desc(courseEnrollments.id)],
      limit: page.perPage,
      offset: (page.page - 1) * page.perPage,
    }),
    scope.count(courseEnrollments, where),
  ]);
  return { items: await viewsOf(scope, rows), total };
}

export interface EnrollStudent {
  courseId: string;
  email: string;
  name?: string | null;
  source: 'free' | 'order' | 'manual';
  orderId?: string | null;
}

/**
 * Give `email` access to a course: a new enrollment, or a revoked one made active again (a second
 * purchase, a hand re-enrolment). Idempotent: an active enrollment is returned as it is. Runs inside
 * the caller's transaction when given one (the payment path), so it commits with what caused it.
 */
export async function enrollStudent(
  tx: TenantScope,
  actor: Actor,
  input: EnrollStudent,
): Promise<{ enrollment: EnrollmentRow; created: boolean }> {
  const email = input.email.trim().toLowerCase();
  const where = and(eq(courseEnrollments.courseId, input.courseId), eq(courseEnrollments.email, email));
  const existing = await tx.first(courseEnrollments, where);
  if (existing && !existing.revokedAt) return { enrollment: existing, created: false };
  if (existing) {
    await tx.update(
      courseEnrollments,
      { revokedAt: null, source: input.source, orderId: input.orderId ?? null },
      eq(courseEnrollments.id, existing.id),
    );
  } else {
    await tx.insert(courseEnrollments, {
      id: newId('enrollment'),
      courseId: input.courseId,
      email,
      name: input.name ?? null,
      source: input.source,
      orderId: input.orderId ?? null,
    });
  }
  const row = (await tx.first(courseEnrollments, where))!;
  await recordAudit(tx, actor, {
    action: 'enrollment.created',
    targetType: 'enrollment',
    targetId: row.id,
    metadata: { courseId: input.courseId, source: input.source, orderId: input.orderId ?? null },
  });
  return { enrollment: row, created: true };
}

/** Enroll by hand (dashboard, API). A raced second enrolment of the same address finds the first. */
export async function createEnrollment(
  _deps: CoreDeps,
  scope: TenantScope,
  actor: Actor,
  input: CreateEnrollmentInput,
) {
  const data = parseInput(createEnrollmentInput, input, 'enrollment');
  const course = await loadCourse(scope, data.courseId);
  const run = () =>
    scope.transaction((tx) =>
      enrollStudent(tx, actor, { courseId: course.id, email: data.email, name: data.name, source: 'manual' }),
    );
  let result: Awaited<ReturnType<typeof run>>;
  try {
    result = await run();
  } catch (err) {
    if (!isDuplicateKey(err)) throw err;
    result = await run();
  }
  const [view] = await viewsOf(scope, [result.enrollment]);
  return view!;
}

export async function revokeEnrollment(
  _deps: CoreDeps,
  scope: TenantScope,
  actor: Actor,
  enrollmentId: string,
) {
  const row = await loadEnrollment(scope, enrollmentId);
  if (!row.revokedAt)
    await scope.transaction(async (tx) => {
      await tx.update(courseEnrollments, { revokedAt: new Date() }, eq(courseEnrollments.id, row.id));
      await recordAudit(tx, actor, {
        action: 'enrollment.revoked',
        targetType: 'enrollment',
        targetId: row.id,
      });
    });
  const [view] = await viewsOf(scope, [await loadEnrollment(scope, row.id)]);
  return view!;
}

/** Revoke what an order bought (a full refund, a lost dispute), inside the order's transaction. */
export async function revokeOrderEnrollments(
  tx: TenantScope,
  actor: Actor,
  orderId: string,
): Promise<number> {
  const rows = await tx.list(
    courseEnrollments,
    and(eq(courseEnrollments.orderId, orderId), isNull(courseEnrollments.revokedAt)),
  );
  for (const row of rows) {
    await tx.update(courseEnrollments, { revokedAt: new Date() }, eq(courseEnrollments.id, row.id));
    await recordAudit(tx, actor, {
      action: 'enrollment.revoked',
      targetType: 'enrollment',
      targetId: row.id,
      metadata: { orderId },
    });
  }
  return rows.length;
}

/** Most students one CSV holds. */
export const maxCsvStudents = 10_000;

/**
 * A course's students as CSV: one row per student with their progress, then a column per lesson
 * (the day it was completed, empty if not), so a spreadsheet shows where students drop off.
 */
export async function studentsCsv(_deps: CoreDeps, scope: TenantScope, courseId: string): Promise<string> {
  const course = await loadCourse(scope, courseId);
  const lessons = (await curriculumOf(scope, course.id)).flatMap((m) => m.lessons);
  const rows = await scope.list(courseEnrollments, eq(courseEnrollments.courseId, course.id), {
    orderBy: [asc(courseEnrollments.createdAt)],
    limit: maxCsvStudents,
  });
  const progress = rows.length
    ? await scope.list(lessonProgress, eq(lessonProgress.courseId, course.id))
    : [];
  const doneAt = new Map(progress.map((p) => [`${p.enrollmentId}|${p.lessonId}`, p.completedAt]));
  const header = ['email', 'name', 'enrolled_at', 'source', 'status', 'completed_lessons', 'total_lessons'];
  const out: unknown[][] = [[...header, ...lessons.map((l) => l.title)]];
  for (const r of rows) {
    const perLesson = lessons.map((l) => doneAt.get(`${r.id}|${l.id}`)?.toISOString().slice(0, 10) ?? '');
    out.push([
      r.email,
      r.name ?? '',
      r.createdAt.toISOString(),
      r.source,
      r.revokedAt ? 'revoked' : 'active',
      perLesson.filter(Boolean).length,
      lessons.length,
      ...perLesson,
    ]);
  }
  return toCsv(out);
}

/** Per lesson of a course: how many active students completed it (where students drop off). */
export async function lessonCompletion(_deps: CoreDeps, scope: TenantScope, courseId: string) {
  const course = await loadCourse(scope, courseId);
  const [curriculum, active, progress] = await Promise.all([
    curriculumOf(scope, course.id),
    scope.list(
      courseEnrollments,
      and(eq(courseEnrollments.courseId, course.id), isNull(courseEnrollments.revokedAt)),
    ),
    scope.list(lessonProgress, eq(lessonProgress.courseId, course.id)),
  ]);
  const activeIds = new Set(active.map((e) => e.id));
  const counts = new Map<string, number>();
  for (const p of progress)
    if (activeIds.has(p.enrollmentId)) counts.set(p.lessonId, (counts.get(p.lessonId) ?? 0) + 1);
  return {
    students: active.length,
    lessons: curriculum.flatMap((m) =>
      m.lessons.map((l) => ({
        id: l.id,
        title: l.title,
        module: m.module.title,
        completed: counts.get(l.id) ?? 0,
      })),
    ),
  };
}
