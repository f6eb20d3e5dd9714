import {
  type CreateCourseInput,
  createCourseInput,
  type UpdateCourseInput,
  updateCourseInput,
} from '@mewayz/contracts';
import { courseLessons, courseModules, courses } from '@mewayz/db/schema';
import { asc, desc, eq, inArray } from 'drizzle-orm';
import { recordAudit } from '../audit/record.ts';
import { conflictOnDuplicate, freeSlug, type Page, parseInput, slugify, taken } from '../commerce/shared.ts';
import { afterCatalogChange } from '../commerce/storefront.ts';
import type { Actor, CoreDeps } from '../deps.ts';
import { NotFound } from '../errors.ts';
import { assertId, newId } from '../ids.ts';
import type { TenantScope } from '../tenancy/scope.ts';
import { attachmentsByLesson } from './lesson-files.ts';
import { type CourseRow, courseView, lessonView } from './views.ts';

export async function loadCourse(scope: TenantScope, courseId: string): Promise<CourseRow> {
  assertId('course', courseId);
  const row = await scope.first(courses, eq(courses.id, courseId));
  if (!row) throw new NotFound('Course');
  return row;
}

async function slugTaken(scope: TenantScope, slug: string, except?: string) {
  const row = await scope.first(courses, eq(courses.slug, slug), { withDeleted: true });
  return row !== null && row.id !== except;
}

async function lessonCounts(scope: TenantScope, courseIds: string[]): Promise<Map<string, number>> {
  if (courseIds.length === 0) return new Map();
  const rows = await scope.aggregate(
    courseLessons,
    { courseId: courseLessons.courseId, id: courseLessons.id },
    inArray(courseLessons.courseId, courseIds),
  );
  const out = new Map<string, number>();
  for (const r of rows) out.set(r.courseId, (out.get(r.courseId) ?? 0) + 1);
  return out;
}

export async function listCourses(_deps: CoreDeps, scope: TenantScope, page: Page) {
  const [rows, total] = await Promise.all([
    scope.list(courses, undefined, {
      orderBy: [desc(courses.createdAt), desc(courses.id)],
      limit: page.perPage,
      offset: (page.page - 1) * page.perPage,
    }),
    scope.count(courses),
  ]);
  const counts = await lessonCounts(
    scope,
    rows.map((r) => r.id),
  );
  return { items: rows.map((r) => courseView(r, counts.get(r.id) ?? 0)), total };
}

/** A course's modules in order, each with its lessons in order. */
export async function curriculumOf(scope: TenantScope, courseId: string) {
  const [modules, lessons] = await Promise.all([
    scope.list(courseModules, eq(courseModules.courseId, courseId), {
      orderBy: [asc(courseModules.position), asc(courseModules.id)],
    }),
    scope.list(courseLessons, eq(courseLessons.courseId, courseId), {
      orderBy: [asc(courseLessons.position), asc(courseLessons.id)],
    }),
  ]);
  return modules.map((m) => ({ module: m, lessons: lessons.filter((l) => l.moduleId === m.id) }));
}

export async function getCourse(_deps: CoreDeps, scope: TenantScope, courseId: string) {
  const row = await loadCourse(scope, courseId);
  const curriculum = await curriculumOf(scope, row.id);
  const files = await attachmentsByLesson(
    scope,
    curriculum.flatMap((m) => m.lessons.map((l) => l.id)),
  );
  return {
    ...courseView(
      row,
      curriculum.reduce((n, m) => n + m.lessons.length, 0),
    ),
    modules: curriculum.map(({ module, lessons }) => ({
      id: module.id,
      title: module.title,
      position: module.position,
      lessons: lessons.map((l) => lessonView(l, files.get(l.id))),
    })),
  };
}
export type CourseDetail = Awaited<ReturnType<typeof getCourse>>;

export async function createCourse(
  deps: CoreDeps,
  scope: TenantScope,
  actor: Actor,
  input: CreateCourseInput,
) {
  const data = parseInput(createCourseInput, input, 'course');
  let slug = data.slug;
  if (slug) {
    if (await slugTaken(scope, slug)) taken('slug', 'another course');
  } else {
    slug = await freeSlug(slugify(data.title, 'course'), (s) => slugTaken(scope, s));
  }
  const id = newId('course');
  await conflictOnDuplicate(() =>
    scope.transaction(async (tx) => {
      await tx.insert(courses, { id, ...data, slug });
      await recordAudit(tx, actor, {
        action: 'course.created',
        targetType: 'course',
        targetId: id,
        metadata: { slug, status: data.status },
      });
    }),
  );
  if (data.status === 'published') await afterCatalogChange(deps, scope);
  return getCourse(deps, scope, id);
}

export async function updateCourse(
  deps: CoreDeps,
  scope: TenantScope,
  actor: Actor,
  courseId: string,
  patch: UpdateCourseInput,
) {
  const data = parseInput(updateCourseInput, patch, 'course');
  const current = await loadCourse(scope, courseId);
  if (
    data.slug !== undefined &&
    data.slug !== current.slug &&
    (await slugTaken(scope, data.slug, current.id))
  )
    taken('slug', 'another course');
  await conflictOnDuplicate(() =>
    scope.transaction(async (tx) => {
      await tx.update(courses, data, eq(courses.id, current.id));
      await recordAudit(tx, actor, {
        action: 'course.updated',
        targetType: 'course',
        targetId: current.id,
        metadata: { fields: Object.keys(data) },
      });
    }),
  );
  // Publishing, unpublishing or editing a published course changes what sites show; a draft's edit does not.
  if (current.status === 'published' || data.status === 'published') await afterCatalogChange(deps, scope);
  return getCourse(deps, scope, current.id);
}

/** Soft-deleted: enrollments and orders keep pointing at it, its slug stays reserved. */
export async function deleteCourse(deps: CoreDeps, scope: TenantScope, actor: Actor, courseId: string) {
  const current = await loadCourse(scope, courseId);
  await scope.transaction(async (tx) => {
    await tx.softDelete(courses, eq(courses.id, current.id));
    await recordAudit(tx, actor, { action: 'course.deleted', targetType: 'course', targetId: current.id });
  });
  if (current.status === 'published') await afterCatalogChange(deps, scope);
}

/**
 * After a change to a course or its curriculum has committed: a published course is part of the
 * sites' catalog, so their sales pages change from the next request on (a draft changes nothing live).
 */
export async function afterCourseChange(deps: CoreDeps, scope: TenantScope, course: CourseRow) {
  if (course.status === 'published') await afterCatalogChange(deps, scope);
}
