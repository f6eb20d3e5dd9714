import { type CatalogCourse, MAX_COURSES_IN_SNAPSHOT } from '@mewayz/contracts';
import { courseLessons, courseModules, courses } from '@mewayz/db/schema';
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { TenantScope } from '../tenancy/scope.ts';
import { attachmentsByLesson } from './lesson-files.ts';

/**
 * The organization's published courses as sites carry them in their snapshot: what the sales page
 * shows (curriculum titles, durations, which lessons are free previews, and only those lessons'
 * content), never the other lessons' content.
 */
export async function compileCourses(scope: TenantScope): Promise<CatalogCourse[]> {
  const rows = await scope.list(courses, eq(courses.status, 'published'), {
    orderBy: [desc(courses.createdAt), desc(courses.id)],
    limit: MAX_COURSES_IN_SNAPSHOT,
  });
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [modules, lessons] = await Promise.all([
    scope.list(courseModules, inArray(courseModules.courseId, ids), {
      orderBy: [asc(courseModules.position), asc(courseModules.id)],
    }),
    scope.list(courseLessons, and(inArray(courseLessons.courseId, ids)), {
      orderBy: [asc(courseLessons.position), asc(courseLessons.id)],
    }),
  ]);
  const files = await attachmentsByLesson(
    scope,
    lessons.filter((l) => l.freePreview).map((l) => l.id),
  );
  return rows.map((c) => ({
    id: c.id,
    slug: c.slug,
    title: c.title,
    description: c.description,
    thumbnailKey: c.thumbnailKey,
    level: c.level,
    category: c.category,
    currency: c.currency,
    price: c.price,
    modules: modules
      .filter((m) => m.courseId === c.id)
      .map((m) => ({
        id: m.id,
        title: m.title,
        lessons: lessons
          .filter((l) => l.moduleId === m.id)
          .map((l) => ({
            id: l.id,
            slug: l.slug,
            title: l.title,
            durationMinutes: l.durationMinutes,
            freePreview: l.freePreview,
            ...(l.freePreview
              ? {
                  content: l.content,
                  videoUrl: l.videoUrl,
                  video: l.videoKey && l.videoType ? { contentType: l.videoType } : null,
                  attachments: (files.get(l.id) ?? []).map((a) => ({ id: a.id, name: a.name, size: a.size })),
                }
              : {}),
          })),
      })),
  }));
}
