import { renderMarkdown } from '../markdown.ts';
import type { BlockProps } from './block-context.ts';

/** A paragraph of the creator's markdown (safe subset, see markdown.ts). */
export function TextBlock({ block }: BlockProps<'text'>) {
  return <div class="tx" dangerouslySetInnerHTML={{ __html: renderMarkdown(block.data.markdown) }} />;
}
