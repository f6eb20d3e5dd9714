import {
  boolean,
  char,
  datetime,
  index,
  int,
  mysqlEnum,
  mysqlTable,
  primaryKey,
  smallint,
  text,
  uniqueIndex,
  varchar,
} from 'drizzle-orm/mysql-core';
import { createdAt, deletedAt, idColumn, instant, orgColumn, updatedAt } from './columns.ts';

/**
 * Courses: a course has modules in order, a module has lessons in order. Published courses ride in the
 * site snapshot's catalog (their sales pages are cached at the edge like product pages); students and
 * their progress are rows of their own, read only on private pages.
 */
export const courseLevelValues = ['beginner', 'intermediate', 'advanced', 'all'] as const;
export const courseStatusValues = ['draft', 'published'] as const;

export const courses = mysqlTable(
  'courses',
  {
    id: idColumn().primaryKey(),
    organizationId: orgColumn(),
    title: varchar('title', { length: 200 }).notNull(),
    slug: varchar('slug', { length: 100 }).notNull(),
    /** Markdown, the safe subset of text blocks. */
    description: text('description').notNull(),
    thumbnailKey: varchar('thumbnail_key', { length: 512 }),
    level: mysqlEnum('level', courseLevelValues).notNull().default('all'),
    category: varchar('category', { length: 80 }),
    currency: char('currency', { length: 3 }).notNull(),
    /** Minor units; 0 is a free course (enrolment by email). */
    price: int('price').notNull().default(0),
    status: mysqlEnum('status', courseStatusValues).notNull().default('draft'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    deletedAt: deletedAt(),
  },
  (t) => [
    uniqueIndex('courses_org_slug_uq').on(t.organizationId, t.slug),
    index('courses_org_created_idx').on(t.organizationId, t.createdAt),
  ],
);

export const courseModules = mysqlTable(
  'course_modules',
  {
    id: idColumn().primaryKey(),
    organizationId: orgColumn(),
    courseId: idColumn('course_id').notNull(),
    title: varchar('title', { length: 200 }).notNull(),
    position: int('position').notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('course_modules_course_idx').on(t.organizationId, t.courseId, t.position)],
);

export const courseLessons = mysqlTable(
  'course_lessons',
  {
    id: idColumn().primaryKey(),
    organizationId: orgColumn(),
    courseId: idColumn('course_id').notNull(),
    moduleId: idColumn('module_id').notNull(),
    title: varchar('title', { length: 200 }).notNull(),
    slug: varchar('slug', { length: 100 }).notNull(),
    /** Markdown, the safe subset of text blocks. */
    content: text('content').notNull(),
    /** A YouTube or Vimeo URL, shown click-to-load. */
    videoUrl: varchar('video_url', { length: 2048 }),
    /** An uploaded video in R2 (`lessons/<orgId>/<lessonId>/<random>.<ext>`), served only to who may see the lesson. */
    videoKey: varchar('video_key', { length: 512 }),
    videoType: varchar('video_type', { length: 40 }),
    videoSize: int('video_size'),
    durationMinutes: smallint('duration_minutes'),
    freePreview: boolean('free_preview').notNull().default(false),
    /** Drip: unlocks this many days after the enrolment, or on this instant (never both). */
    dripDays: smallint('drip_days'),
    dripAt: datetime('drip_at', { mode: 'date', fsp: 3 }),
    position: int('position').notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('course_lessons_course_slug_uq').on(t.organizationId, t.courseId, t.slug),
    index('course_lessons_module_idx').on(t.organizationId, t.moduleId, t.position),
  ],
);

/** Files a lesson offers for download (PDFs, zips…), in R2 beside its video, in the order they were added. */
export const lessonAttachments = mysqlTable(
  'lesson_attachments',
  {
    id: idColumn().primaryKey(),
    organizationId: orgColumn(),
    courseId: idColumn('course_id').notNull(),
    lessonId: idColumn('lesson_id').notNull(),
    /** The name the student's copy gets (made safe for a key and a Content-Disposition). */
    name: varchar('name', { length: 120 }).notNull(),
    fileKey: varchar('file_key', { length: 512 }).notNull(),
    contentType: varchar('content_type', { length: 100 }).notNull(),
    size: int('size').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('lesson_attachments_lesson_idx').on(t.organizationId, t.lessonId, t.id)],
);

export const enrollmentSourceValues = ['free', 'order', 'manual'] as const;

/** A student's access to a course, by email (students have no password: they sign in by magic link). */
export const courseEnrollments = mysqlTable(
  'course_enrollments',
  {
    id: idColumn().primaryKey(),
    organizationId: orgColumn(),
    courseId: idColumn('course_id').notNull(),
    /** Lower-case. */
    email: varchar('email', { length: 254 }).notNull(),
    name: varchar('name', { length: 200 }),
    source: mysqlEnum('source', enrollmentSourceValues).notNull(),
    /** The paid order that bought it (source `order`). */
    orderId: idColumn('order_id'),
    /** Where the student was last: "continue where you left off". */
    lastLessonId: idColumn('last_lesson_id'),
    completedAt: instant('completed_at'),
    revokedAt: instant('revoked_at'),
    /** The public id of the completion certificate (`/certificates/<id>`), minted when the student asks for it. */
    certificateId: idColumn('certificate_id'),
    /** When the buyer of a paid enrollment was emailed their sign-in link (claimed once, like receipts). */
    accessSentAt: instant('access_sent_at'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('course_enrollments_course_email_uq').on(t.organizationId, t.courseId, t.email),
    index('course_enrollments_email_idx').on(t.organizationId, t.email),
    index('course_enrollments_order_idx').on(t.organizationId, t.orderId),
    uniqueIndex('course_enrollments_certificate_uq').on(t.organizationId, t.certificateId),
  ],
);

/** One row per lesson a student completed. */
export const lessonProgress = mysqlTable(
  'lesson_progress',
  {
    organizationId: orgColumn(),
    enrollmentId: idColumn('enrollment_id').notNull(),
    lessonId: idColumn('lesson_id').notNull(),
    courseId: idColumn('course_id').notNull(),
    completedAt: instant('completed_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.enrollmentId, t.lessonId] }),
    index('lesson_progress_course_idx').on(t.organizationId, t.courseId, t.lessonId),
  ],
);
