import type { SnapshotBlock } from '@mewayz/contracts';
import type { BlockOf } from '../blocks/block-context.ts';
import { CollectionBlock } from '../blocks/collection-block.tsx';
import { CourseBlock } from '../blocks/course-block.tsx';
import type { SectionProps } from './section-context.ts';
import { SectionShell } from './section-shell.tsx';

/** The block a catalog section shows through: same data, same card markup as on the bio page. */
function asBlock<T extends 'collection' | 'course'>(
  type: T,
  id: string,
  data: BlockOf<T>['data'],
): BlockOf<T> {
  return {
    id,
    type,
    data,
    featured: false,
    sensitive: false,
    startsAt: null,
    endsAt: null,
  } as SnapshotBlock as BlockOf<T>;
}

/** The shop's newest products (a category's, or all) as a grid or a list, and a link to the store. */
export function ProductsSection({ section, ctx }: SectionProps<'products'>) {
  const { heading, categoryId, limit } = section.data;
  const block = asBlock('collection', section.id, {
    categoryId,
    limit,
    layout: section.variant === 'list' ? 'list' : 'grid',
  });
  // A phone's first row (two tiles) when the section opens the page: the LCP image must not be lazy.
  const shown = CollectionBlock({ block, ctx: ctx.blocks, eagerTiles: ctx.firstScreen ? 2 : 0 });
  if (!shown) return null;
  return (
    <SectionShell id={section.id} kind="products" variant={section.variant} heading={heading}>
      {shown}
    </SectionShell>
  );
}

/** One published course, or the newest ones, as cards linking to their sales pages. */
export function CoursesSection({ section, ctx }: SectionProps<'courses'>) {
  const { heading, courseId, limit } = section.data;
  const shown = CourseBlock({ block: asBlock('course', section.id, { courseId, limit }), ctx: ctx.blocks });
  if (!shown) return null;
  return (
    <SectionShell id={section.id} kind="courses" variant={section.variant} heading={heading}>
      {shown}
    </SectionShell>
  );
}
