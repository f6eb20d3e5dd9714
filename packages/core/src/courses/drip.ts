/**
 * When a lesson opens for one student: drip by days counts from the enrolment, drip by date is the
 * same instant for everyone; no rule means at once. Pure, so the lesson page, the student's course
 * page and the tests agree.
 */
export function lessonUnlocksAt(
  lesson: { dripDays: number | null; dripAt: Date | null },
  enrolledAt: Date,
): Date | null {
  if (lesson.dripAt) return lesson.dripAt;
  if (lesson.dripDays) return new Date(enrolledAt.getTime() + lesson.dripDays * 86_400_000);
  return null;
}

export function isLessonOpen(
  lesson: { dripDays: number | null; dripAt: Date | null },
  enrolledAt: Date,
  now: Date,
): boolean {
  const at = lessonUnlocksAt(lesson, enrolledAt);
  return at === null || at.getTime() <= now.getTime();
}
