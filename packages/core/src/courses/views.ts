import type {
  courseEnrollments,
  courseLessons,
  courseModules,
  courses,
  lessonAttachments,
} from '@mewayz/db/schema';

export type CourseRow = typeof courses.$inferSelect;
export type ModuleRow = typeof courseModules.$inferSelect;
export type LessonRow = typeof courseLessons.$inferSelect;
export type EnrollmentRow = typeof courseEnrollments.$inferSelect;

export function courseView(row: CourseRow, lessonCount: number) {
  return {
    id: row.id,
    title: row.title,
    slug: row.slug,
    description: row.description,
    thumbnailKey: row.thumbnailKey,
    level: row.level,
    category: row.category,
    currency: row.currency,
    price: row.price,
    status: row.status,
    lessonCount,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
export type CourseView = ReturnType<typeof courseView>;

export function attachmentView(row: typeof lessonAttachments.$inferSelect) {
  return { id: row.id, name: row.name, contentType: row.contentType, size: row.size };
}
export type AttachmentView = ReturnType<typeof attachmentView>;

export function lessonView(row: LessonRow, attachments: (typeof lessonAttachments.$inferSelect)[] = []) {
  return {
    id: row.id,
    moduleId: row.moduleId,
    title: row.title,
    slug: row.slug,
    content: row.content,
    videoUrl: row.videoUrl,
    durationMinutes: row.durationMinutes,
    freePreview: row.freePreview,
    dripDays: row.dripDays,
    dripAt: row.dripAt ? row.dripAt.toISOString() : null,
    position: row.position,
    video:
      row.videoKey && row.videoType && row.videoSize
        ? { contentType: row.videoType, size: row.videoSize }
        : null,
    attachments: attachments.map(attachmentView),
  };
}
export type LessonView = ReturnType<typeof lessonView>;

export function enrollmentView(row: EnrollmentRow, completedLessons: number, totalLessons: number) {
  return {
    id: row.id,
    courseId: row.courseId,
    email: row.email,
    name: row.name,
    source: row.source,
    orderId: row.orderId,
    status: row.revokedAt ? ('revoked' as const) : ('active' as const),
    completedLessons,
    totalLessons,
    lastLessonId: row.lastLessonId,
    completedAt: row.completedAt ? row.completedAt.toISOString() : null,
    revokedAt: row.revokedAt ? row.revokedAt.toISOString() : null,
    createdAt: row.createdAt.toISOString(),
  };
}
export type EnrollmentView = ReturnType<typeof enrollmentView>;
