import type { SnapshotBlock } from '@mewayz/contracts';
import { courseCardCss } from '../courses/course-card.tsx';
import { storeCss } from '../store/store-css.ts';

const storeBlocks = new Set(['product', 'collection']);

/** The styles some block kinds need beyond the site's own, only when the page shows such a block. */
export function blockKindsCss(blocks: readonly Pick<SnapshotBlock, 'type'>[]): string {
  return (
    (blocks.some((b) => storeBlocks.has(b.type)) ? storeCss : '') +
    (blocks.some((b) => b.type === 'course') ? courseCardCss : '')
  );
}
