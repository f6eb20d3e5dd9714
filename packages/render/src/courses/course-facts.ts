import { type CatalogCourse, formatMoney } from '@mewayz/contracts';

/** What a course's sales page and its cards on bio pages both say about it. */

export const levelNames: Record<string, string> = {
  beginner: 'Beginner',
  intermediate: 'Intermediate',
  advanced: 'Advanced',
  all: 'All levels',
};

export const levelName = (course: Pick<CatalogCourse, 'level'>) => levelNames[course.level] ?? 'All levels';

export function coursePriceLabel(course: Pick<CatalogCourse, 'price' | 'currency'>): string {
  return course.price === 0 ? 'Free' : formatMoney(course.price, course.currency);
}

export const lessonCount = (course: CatalogCourse) =>
  course.modules.reduce((n, m) => n + m.lessons.length, 0);

export const lessonsLabel = (n: number) => `${n} ${n === 1 ? 'lesson' : 'lessons'}`;

/** Same-site path of a course's sales page. */
export const coursePath = (course: Pick<CatalogCourse, 'slug'>) => `/courses/${course.slug}`;
