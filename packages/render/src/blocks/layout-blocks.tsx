import type { BlockProps } from './block-context.ts';

/** A thin horizontal rule. */
export function DividerBlock(_props: BlockProps<'divider'>) {
  return <hr />;
}

const spacerSizes = new Set(['sm', 'md', 'lg']);

/** Empty vertical space. */
export function SpacerBlock({ block }: BlockProps<'spacer'>) {
  const size = spacerSizes.has(block.data.size) ? block.data.size : 'md';
  return <div class={`sp-${size}`} aria-hidden="true" />;
}
