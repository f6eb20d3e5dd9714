import {
  type CreateLessonInput,
  type CreateModuleInput,
  createLessonInput,
  createModuleInput,
  MAX_LESSONS_PER_COURSE,
  MAX_MODULES_PER_COURSE,
  reorderLessonsInput,
  reorderModulesInput,
  type UpdateLessonInput,
  type UpdateModuleInput,
  updateLessonInput,
  updateModuleInput,
} from '@mewayz/contracts';
import { courseLessons, courseModules, lessonAttachments, lessonProgress } from '@mewayz/db/schema';
import { and, eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record.ts';
import { conflictOnDuplicate, freeSlug, invalid, parseInput, slugify, taken } from '../commerce/shared.ts';
import type { Actor, CoreDeps } from '../deps.ts';
import { NotFound } from '../errors.ts';
import { assertId, newId } from '../ids.ts';
import type { TenantScope } from '../tenancy/scope.ts';
import { afterCourseChange, getCourse, loadCourse } from './courses.ts';
import { forgetLessonFiles, lessonFileKeys } from './lesson-files.ts';
import type { LessonRow, ModuleRow } from './views.ts';

async function loadModule(scope: TenantScope, courseId: string, moduleId: string): Promise<ModuleRow> {
  assertId('courseModule', moduleId);
  const row = await scope.first(
    courseModules,
    and(eq(courseModules.id, moduleId), eq(courseModules.courseId, courseId)),
  );
  if (!row) throw new NotFound('Module');
  return row;
}

export async function loadLesson(scope: TenantScope, courseId: string, lessonId: string): Promise<LessonRow> {
  assertId('courseLesson', lessonId);
  const row = await scope.first(
    courseLessons,
    and(eq(courseLessons.id, lessonId), eq(courseLessons.courseId, courseId)),
  );
  if (!row) throw new NotFound('Lesson');
  return row;
}

async function lessonSlugTaken(scope: TenantScope, courseId: string, slug: string, except?: string) {
  const row = await scope.first(
    courseLessons,
    and(eq(courseLessons.courseId, courseId), eq(courseLessons.slug, slug)),
  );
  return row !== null && row.id !== except;
}

export async function createModule(
  deps: CoreDeps,
  scope: TenantScope,
  actor: Actor,
  courseId: string,
  input: CreateModuleInput,
) {
  const data = parseInput(createModuleInput, input, 'module');
  const course = await loadCourse(scope, courseId);
  const position = await scope.count(courseModules, eq(courseModules.courseId, course.id));
  if (position >= MAX_MODULES_PER_COURSE)
    invalid('title', `A course has at most ${MAX_MODULES_PER_COURSE} modules`);
  const id = newId('courseModule');
  await scope.transaction(async (tx) => {
    await tx.insert(courseModules, { id, courseId: course.id, title: data.title, position });
    await recordAudit(tx, actor, {
      action: 'course.module_created',
      targetType: 'course',
      targetId: course.id,
    });
  });
  await afterCourseChange(deps, scope, course);
  return getCourse(deps, scope, course.id);
}

export async function updateModule(
  deps: CoreDeps,
  scope: TenantScope,
  actor: Actor,
  courseId: string,
  moduleId: string,
  patch: UpdateModuleInput,
) {
  const data = parseInput(updateModuleInput, patch, 'module');
  const course = await loadCourse(scope, courseId);
  const row = await loadModule(scope, course.id, moduleId);
  await scope.transaction(async (tx) => {
    await tx.update(courseModules, data, eq(courseModules.id, row.id));
    await recordAudit(tx, actor, {
      action: 'course.module_updated',
      targetType: 'course',
      targetId: course.id,
    });
  });
  await afterCourseChange(deps, scope, course);
  return getCourse(deps, scope, course.id);
}

/** A module goes with its lessons (and the progress students made in them). */
export async function deleteModule(
  deps: CoreDeps,
  scope: TenantScope,
  actor: Actor,
  courseId: string,
  moduleId: string,
) {
  const course = await loadCourse(scope, courseId);
  const row = await loadModule(scope, course.id, moduleId);
  const lessons = await scope.list(courseLessons, eq(courseLessons.moduleId, row.id));
  const files = await lessonFileKeys(scope, lessons);
  await scope.transaction(async (tx) => {
    for (const l of lessons) {
      await tx.hardDelete(lessonProgress, eq(lessonProgress.lessonId, l.id));
      await tx.hardDelete(lessonAttachments, eq(lessonAttachments.lessonId, l.id));
    }
    await tx.hardDelete(courseLessons, eq(courseLessons.moduleId, row.id));
    await tx.hardDelete(courseModules, eq(courseModules.id, row.id));
    await recordAudit(tx, actor, {
      action: 'course.module_deleted',
      targetType: 'course',
      targetId: course.id,
      metadata: { moduleId: row.id, lessons: lessons.length },
    });
  });
  await forgetLessonFiles(deps, files);
  await afterCourseChange(deps, scope, course);
  return getCourse(deps, scope, course.id);
}

/**
 * Write a new order of a course's modules or one module's lessons: every id of `current` exactly once
 * (an id that is not one of them is not found), positions and the audit row in one transaction.
 */
async function writeOrder(
  scope: TenantScope,
  actor: Actor,
  courseId: string,
  o: {
    table: typeof courseModules | typeof courseLessons;
    current: { id: string }[];
    ids: string[];
    path: string;
    what: 'Module' | 'Lesson';
    action: string;
  },
) {
  const known = new Set(o.current.map((x) => x.id));
  if (o.ids.some((id) => !known.has(id))) throw new NotFound(o.what);
  if (new Set(o.ids).size !== o.ids.length || o.ids.length !== known.size)
    invalid(o.path, 'List every one of them exactly once');
  await scope.transaction(async (tx) => {
    for (const [position, id] of o.ids.entries())
      await tx.update(o.table as typeof courseModules, { position }, eq(o.table.id, id));
    await recordAudit(tx, actor, { action: o.action, targetType: 'course', targetId: courseId });
  });
}

export async function reorderModules(
  deps: CoreDeps,
  scope: TenantScope,
  actor: Actor,
  courseId: string,
  input: { moduleIds: string[] },
) {
  const data = parseInput(reorderModulesInput, input, 'order');
  const course = await loadCourse(scope, courseId);
  const modules = await scope.list(courseModules, eq(courseModules.courseId, course.id));
  await writeOrder(scope, actor, course.id, {
    table: courseModules,
    current: modules,
    ids: data.moduleIds,
    path: 'moduleIds',
    what: 'Module',
    action: 'course.modules_reordered',
  });
  await afterCourseChange(deps, scope, course);
  return getCourse(deps, scope, course.id);
}

function dripAtOf(value: string | null | undefined): Date | null | undefined {
  return value === undefined ? undefined : value === null ? null : new Date(value);
}

export async function createLesson(
  deps: CoreDeps,
  scope: TenantScope,
  actor: Actor,
  courseId: string,
  input: CreateLessonInput,
) {
  const data = parseInput(createLessonInput, input, 'lesson');
  const course = await loadCourse(scope, courseId);
  const mod = await loadModule(scope, course.id, data.moduleId);
  if ((await scope.count(courseLessons, eq(courseLessons.courseId, course.id))) >= MAX_LESSONS_PER_COURSE)
    invalid('title', `A course has at most ${MAX_LESSONS_PER_COURSE} lessons`);
  let slug = data.slug;
  if (slug) {
    if (await lessonSlugTaken(scope, course.id, slug)) taken('slug', 'another lesson of this course');
  } else {
    slug = await freeSlug(slugify(data.title, 'lesson'), (s) => lessonSlugTaken(scope, course.id, s));
  }
  const position = await scope.count(courseLessons, eq(courseLessons.moduleId, mod.id));
  const id = newId('courseLesson');
  await conflictOnDuplicate(() =>
    scope.transaction(async (tx) => {
      await tx.insert(courseLessons, {
        id,
        courseId: course.id,
        moduleId: mod.id,
        title: data.title,
        slug,
        content: data.content,
        videoUrl: data.videoUrl,
        durationMinutes: data.durationMinutes,
        freePreview: data.freePreview,
        dripDays: data.dripDays,
        dripAt: dripAtOf(data.dripAt) ?? null,
        position,
      });
      await recordAudit(tx, actor, {
        action: 'course.lesson_created',
        targetType: 'course',
        targetId: course.id,
        metadata: { lessonId: id },
      });
    }),
  );
  await afterCourseChange(deps, scope, course);
  return getCourse(deps, scope, course.id);
}

export async function updateLesson(
  deps: CoreDeps,
  scope: TenantScope,
  actor: Actor,
  courseId: string,
  lessonId: string,
  patch: UpdateLessonInput,
) {
  const data = parseInput(updateLessonInput, patch, 'lesson');
  const course = await loadCourse(scope, courseId);
  const row = await loadLesson(scope, course.id, lessonId);
  const changes: Partial<LessonRow> = { ...data, dripAt: dripAtOf(data.dripAt) };
  if (changes.dripAt === undefined) delete changes.dripAt;
  // One drip rule at a time: setting one clears the other.
  if (data.dripDays != null) changes.dripAt = null;
  if (data.dripAt != null) changes.dripDays = null;
  if (data.moduleId !== undefined && data.moduleId !== row.moduleId) {
    await loadModule(scope, course.id, data.moduleId);
    changes.position = await scope.count(courseLessons, eq(courseLessons.moduleId, data.moduleId));
  }
  if (
    data.slug !== undefined &&
    data.slug !== row.slug &&
    (await lessonSlugTaken(scope, course.id, data.slug, row.id))
  )
    taken('slug', 'another lesson of this course');
  await conflictOnDuplicate(() =>
    scope.transaction(async (tx) => {
      await tx.update(courseLessons, changes, eq(courseLessons.id, row.id));
      await recordAudit(tx, actor, {
        action: 'course.lesson_updated',
        targetType: 'course',
        targetId: course.id,
        metadata: { lessonId: row.id, fields: Object.keys(data) },
      });
    }),
  );
  await afterCourseChange(deps, scope, course);
  return getCourse(deps, scope, course.id);
}

export async function deleteLesson(
  deps: CoreDeps,
  scope: TenantScope,
  actor: Actor,
  courseId: string,
  lessonId: string,
) {
  const course = await loadCourse(scope, courseId);
  const row = await loadLesson(scope, course.id, lessonId);
  const files = await lessonFileKeys(scope, [row]);
  await scope.transaction(async (tx) => {
    await tx.hardDelete(lessonProgress, eq(lessonProgress.lessonId, row.id));
    await tx.hardDelete(lessonAttachments, eq(lessonAttachments.lessonId, row.id));
    await tx.hardDelete(courseLessons, eq(courseLessons.id, row.id));
    await recordAudit(tx, actor, {
      action: 'course.lesson_deleted',
      targetType: 'course',
      targetId: course.id,
      metadata: { lessonId: row.id },
    });
  });
  await forgetLessonFiles(deps, files);
  await afterCourseChange(deps, scope, course);
  return getCourse(deps, scope, course.id);
}

/** A new order of one module's lessons (every lesson of that module, once). */
export async function reorderLessons(
  deps: CoreDeps,
  scope: TenantScope,
  actor: Actor,
  courseId: string,
  moduleId: string,
  input: { lessonIds: string[] },
) {
  const data = parseInput(reorderLessonsInput, input, 'order');
  const course = await loadCourse(scope, courseId);
  const mod = await loadModule(scope, course.id, moduleId);
  const lessons = await scope.list(courseLessons, eq(courseLessons.moduleId, mod.id));
  await writeOrder(scope, actor, course.id, {
    table: courseLessons,
    current: lessons,
    ids: data.lessonIds,
    path: 'lessonIds',
    what: 'Lesson',
    action: 'course.lessons_reordered',
  });
  await afterCourseChange(deps, scope, course);
  return getCourse(deps, scope, course.id);
}
