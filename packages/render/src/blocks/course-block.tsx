import { CourseCard } from '../courses/course-card.tsx';
import { blockAnchor } from '../safe-values.ts';
import type { BlockProps } from './block-context.ts';

/**
 * One published course as a card, or (no course named) the newest published ones. Nothing when the
 * course is no longer in the published catalog (unpublished or deleted since the page was published:
 * the catalog refresh of decision 0006 takes it out at once).
 */
export function CourseBlock({ block, ctx }: BlockProps<'course'>) {
  const index = ctx.catalog;
  if (!index) return null;
  const { courseId, limit } = block.data;
  const count = Number.isInteger(limit) ? Math.min(Math.max(limit, 1), 12) : 3;
  const one = courseId ? index.courseById.get(courseId) : undefined;
  const shown = courseId ? (one ? [one] : []) : index.courses.slice(0, count);
  if (shown.length === 0) return null;
  return (
    <section id={blockAnchor(block.id)} aria-label={one ? one.title : 'Courses'}>
      <ul class="cks">
        {shown.map((course) => (
          <li>
            <CourseCard course={course} origin={ctx.origin} />
          </li>
        ))}
      </ul>
    </section>
  );
}
