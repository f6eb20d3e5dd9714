import { renderMarkdown } from '../markdown.ts';
import { goHref } from '../outbound-links.ts';
import type { BlockProps } from './block-context.ts';

/** A paragraph of the creator's markdown (safe subset, see markdown.ts); its links are counted. */
export function TextBlock({ block }: BlockProps<'text'>) {
  const html = renderMarkdown(block.data.markdown, (item) => goHref(block.id, item));
  return <div class="tx" dangerouslySetInnerHTML={{ __html: html }} />;
}
