export { startCourseCheckout } from './course-checkout.ts';
export { removeCourseThumbnail, setCourseThumbnail } from './course-thumbnail.ts';
export * from './courses.ts';
export * from './curriculum.ts';
export * from './drip.ts';
export * from './enrollments.ts';
export * from './learning.ts';
export {
  addLessonAttachment,
  deleteLessonAttachment,
  type LessonFile,
  lessonFileFor,
  removeLessonVideo,
  setLessonVideo,
} from './lesson-files.ts';
export * from './student-auth.ts';
export type { AttachmentView, CourseView, EnrollmentView, LessonView } from './views.ts';
