import { z } from '@hono/zod-openapi';
import { paginationQuery } from './api.ts';
import { amountOut, catalogSlug, currencyOut, currencySchema, moneyAmount, r2Key } from './commerce.ts';
import { countOut, emailOut, instantOut, intIn, listOut, textOut } from './fields.ts';
import { emailField } from './identity.ts';
import { idSchema } from './ids.ts';
import { hasSomeField, NOTHING_TO_CHANGE } from './messages.ts';
import { multiLine, singleLine } from './text.ts';

/**
 * Courses: a course (sold free or for a price) has modules in order, a module has lessons in order.
 * A lesson's content is the safe Markdown of text blocks, its video a YouTube or Vimeo URL shown
 * click-to-load; drip makes it unlock some days after the enrolment or on a date.
 */

export const courseLevels = ['beginner', 'intermediate', 'advanced', 'all'] as const;
export type CourseLevel = (typeof courseLevels)[number];
export const courseStatuses = ['draft', 'published'] as const;
export const enrollmentSources = ['free', 'order', 'manual'] as const;

export const MAX_MODULES_PER_COURSE = 50;
export const MAX_LESSONS_PER_COURSE = 300;
export const MAX_COURSES_IN_SNAPSHOT = 100;
export const MAX_DRIP_DAYS = 3650;
/** Characters of a lesson's Markdown: a long lesson, and still well inside the API's 64 KiB body limit. */
export const MAX_LESSON_CONTENT = 30_000;

/**
 * Uploaded lesson files go through the dashboard's form action, which holds the whole request body in
 * the Worker's memory (128 MB) before it reaches R2; 50 MB keeps a video, its copy and the rest well
 * inside that and under every Cloudflare plan's request body limit (100 MB). Longer videos belong on
 * YouTube or Vimeo (the lesson's video link), or need a direct-to-R2 upload this platform lacks yet.
 */
export const MAX_LESSON_VIDEO_BYTES = 50 * 1024 * 1024;
/** A course thumbnail (shown at 96 px on cards; the cap leaves room for a sharp photo). */
export const MAX_COURSE_THUMBNAIL_BYTES = 2 * 1024 * 1024;
export const MAX_LESSON_ATTACHMENT_BYTES = 25 * 1024 * 1024;
export const MAX_ATTACHMENTS_PER_LESSON = 10;

const videoHosts = [
  'youtube.com',
  'www.youtube.com',
  'm.youtube.com',
  'youtu.be',
  'vimeo.com',
  'www.vimeo.com',
];
const videoMessage = 'Use a YouTube or Vimeo link, like https://youtu.be/dQw4w9WgXcQ';

/** A YouTube or Vimeo page URL (https); the lesson page turns it into a click-to-load player. */
export const lessonVideoUrl = z
  .string()
  .trim()
  .max(2048, { error: videoMessage, abort: true })
  .refine(
    (v) => {
      try {
        const u = new URL(v);
        return u.protocol === 'https:' && videoHosts.includes(u.hostname.toLowerCase()) && !u.username;
      } catch {
        return false;
      }
    },
    { error: videoMessage },
  )
  .openapi({ format: 'uri', maxLength: 2048, example: 'https://youtu.be/dQw4w9WgXcQ' });

/** Which provider a lesson video URL is on (the contract has already checked the host). */
export function lessonVideoProvider(url: string): 'youtube' | 'vimeo' | null {
  try {
    const host = new URL(url).hostname.toLowerCase();
    if (host.endsWith('vimeo.com')) return 'vimeo';
    if (host === 'youtu.be' || host.endsWith('youtube.com')) return 'youtube';
  } catch {}
  return null;
}

const courseFields = {
  title: singleLine(1, 200, { field: 'title' }),
  slug: catalogSlug,
  description: multiLine(0, 10_000),
  thumbnailKey: r2Key.nullable(),
  level: z.enum(courseLevels),
  category: singleLine(0, 80).nullable(),
  currency: currencySchema,
  price: moneyAmount.openapi({ description: 'Minor units; 0 is a free course.' }),
  status: z.enum(courseStatuses),
};

export const createCourseInput = z
  .object({
    title: courseFields.title,
    slug: courseFields.slug.optional(),
    description: courseFields.description.default(''),
    thumbnailKey: courseFields.thumbnailKey.default(null),
    level: courseFields.level.default('all'),
    category: courseFields.category.default(null),
    currency: courseFields.currency.default('USD'),
    price: courseFields.price.default(0),
    status: courseFields.status.default('draft'),
  })
  .strict()
  .openapi('CreateCourse');
export type CreateCourseInput = z.input<typeof createCourseInput>;

export const updateCourseInput = z
  .object(courseFields)
  .partial()
  .strict()
  .refine(hasSomeField, { error: NOTHING_TO_CHANGE })
  .openapi('UpdateCourse', { minProperties: 1 });
export type UpdateCourseInput = z.input<typeof updateCourseInput>;

export const createModuleInput = z
  .object({ title: singleLine(1, 200, { field: 'title' }) })
  .strict()
  .openapi('CreateCourseModule');
export type CreateModuleInput = z.input<typeof createModuleInput>;

export const updateModuleInput = z
  .object({ title: singleLine(1, 200, { field: 'title' }) })
  .partial()
  .strict()
  .refine(hasSomeField, { error: NOTHING_TO_CHANGE })
  .openapi('UpdateCourseModule', { minProperties: 1 });
export type UpdateModuleInput = z.input<typeof updateModuleInput>;

const dripAt = z.iso
  .datetime({ offset: true, error: 'Use a date and time like 2026-12-24T09:00:00Z' })
  .openapi({ maxLength: 40 });

const lessonFields = {
  moduleId: idSchema('courseModule'),
  title: singleLine(1, 200, { field: 'title' }),
  slug: catalogSlug,
  content: multiLine(0, MAX_LESSON_CONTENT),
  videoUrl: lessonVideoUrl.nullable(),
  durationMinutes: intIn(0, 10_000).nullable(),
  freePreview: z.boolean(),
  dripDays: intIn(1, MAX_DRIP_DAYS).nullable(),
  dripAt: dripAt.nullable(),
};

const oneDripRule = {
  check: (v: { dripDays?: number | null; dripAt?: string | null }) =>
    !(v.dripDays != null && v.dripAt != null),
  error: { error: 'Choose days after enrolment or a date, not both', path: ['dripAt'] },
};

export const createLessonInput = z
  .object({
    moduleId: lessonFields.moduleId,
    title: lessonFields.title,
    slug: lessonFields.slug.optional(),
    content: lessonFields.content.default(''),
    videoUrl: lessonFields.videoUrl.default(null),
    durationMinutes: lessonFields.durationMinutes.default(null),
    freePreview: lessonFields.freePreview.default(false),
    dripDays: lessonFields.dripDays.default(null),
    dripAt: lessonFields.dripAt.default(null),
  })
  .strict()
  .refine(oneDripRule.check, oneDripRule.error)
  .openapi('CreateCourseLesson');
export type CreateLessonInput = z.input<typeof createLessonInput>;

export const updateLessonInput = z
  .object(lessonFields)
  .partial()
  .strict()
  .refine(hasSomeField, { error: NOTHING_TO_CHANGE })
  .refine(oneDripRule.check, oneDripRule.error)
  .openapi('UpdateCourseLesson', { minProperties: 1 });
export type UpdateLessonInput = z.input<typeof updateLessonInput>;

/** A new order of a course's modules, or of one module's lessons: each id exactly once. */
export const reorderModulesInput = z
  .object({ moduleIds: z.array(idSchema('courseModule')).min(1).max(MAX_MODULES_PER_COURSE) })
  .strict()
  .openapi('ReorderCourseModules');
export const reorderLessonsInput = z
  .object({ lessonIds: z.array(idSchema('courseLesson')).min(1).max(MAX_LESSONS_PER_COURSE) })
  .strict()
  .openapi('ReorderCourseLessons');

export const createEnrollmentInput = z
  .object({
    courseId: idSchema('course'),
    email: emailField(false),
    name: singleLine(0, 200).nullable().default(null),
  })
  .strict()
  .openapi('CreateEnrollment');
export type CreateEnrollmentInput = z.input<typeof createEnrollmentInput>;

export const enrollmentListQuery = paginationQuery.extend({
  courseId: idSchema('course').optional(),
  status: z.enum(['active', 'revoked']).optional(),
});
export type EnrollmentListQuery = z.infer<typeof enrollmentListQuery>;

const slugOut = z.string().openapi({ pattern: '^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$', maxLength: 100 });

const fileTypeOut = z.string().openapi({ pattern: '^[a-z]+/[a-z0-9.+-]+$', maxLength: 100 });

/** An uploaded lesson video: students stream it from `/learn/<course>/<lesson>/video` on the site host. */
export const lessonVideoFileSchema = z
  .object({ contentType: fileTypeOut, size: intIn(1, MAX_LESSON_VIDEO_BYTES) })
  .openapi('CourseLessonVideo');

/** A file of a lesson, downloaded from `/learn/<course>/<lesson>/files/<id>` on the site host. */
export const lessonAttachmentSchema = z
  .object({
    id: idSchema('lessonAttachment'),
    name: textOut(120),
    contentType: fileTypeOut,
    size: intIn(1, MAX_LESSON_ATTACHMENT_BYTES),
  })
  .openapi('CourseLessonAttachment');

export const lessonSchema = z
  .object({
    id: idSchema('courseLesson'),
    moduleId: idSchema('courseModule'),
    title: textOut(200),
    slug: slugOut,
    content: textOut(MAX_LESSON_CONTENT, true),
    videoUrl: z.string().openapi({ format: 'uri', maxLength: 2048 }).nullable(),
    durationMinutes: countOut.nullable(),
    freePreview: z.boolean(),
    dripDays: countOut.nullable(),
    dripAt: instantOut.nullable(),
    position: countOut,
    video: lessonVideoFileSchema.nullable(),
    attachments: listOut(lessonAttachmentSchema, MAX_ATTACHMENTS_PER_LESSON),
  })
  .openapi('CourseLesson');

export const moduleSchema = z
  .object({
    id: idSchema('courseModule'),
    title: textOut(200),
    position: countOut,
    lessons: listOut(lessonSchema, MAX_LESSONS_PER_COURSE),
  })
  .openapi('CourseModule');

export const courseSchema = z
  .object({
    id: idSchema('course'),
    title: textOut(200),
    slug: slugOut,
    description: textOut(10_000, true),
    thumbnailKey: r2Key.nullable(),
    level: z.enum(courseLevels),
    category: textOut(80).nullable(),
    currency: currencyOut,
    price: amountOut,
    status: z.enum(courseStatuses),
    lessonCount: countOut,
    createdAt: instantOut,
    updatedAt: instantOut,
  })
  .openapi('Course');

export const courseDetailSchema = courseSchema
  .extend({ modules: listOut(moduleSchema, MAX_MODULES_PER_COURSE) })
  .openapi('CourseDetail');

export const enrollmentSchema = z
  .object({
    id: idSchema('enrollment'),
    courseId: idSchema('course'),
    email: emailOut,
    name: textOut(200).nullable(),
    source: z.enum(enrollmentSources),
    orderId: idSchema('order').nullable(),
    status: z.enum(['active', 'revoked']),
    completedLessons: countOut,
    totalLessons: countOut,
    lastLessonId: idSchema('courseLesson').nullable(),
    completedAt: instantOut.nullable(),
    revokedAt: instantOut.nullable(),
    createdAt: instantOut,
  })
  .openapi('Enrollment');

/** A published course as the site snapshot carries it: the sales page and the curriculum, no lesson bodies but free previews'. */
export interface CatalogCourseLesson {
  id: string;
  slug: string;
  title: string;
  durationMinutes: number | null;
  freePreview: boolean;
  /** Free previews only: shown on the public preview page. */
  content?: string;
  videoUrl?: string | null;
  /** Free previews only: the uploaded video's type, and the lesson's files. */
  video?: { contentType: string } | null;
  attachments?: { id: string; name: string; size: number }[];
}
export interface CatalogCourse {
  id: string;
  slug: string;
  title: string;
  description: string;
  thumbnailKey: string | null;
  level: CourseLevel;
  category: string | null;
  currency: string;
  price: number;
  modules: { id: string; title: string; lessons: CatalogCourseLesson[] }[];
}
