import type { BlockProps } from './block-context.ts';

/** A section heading between blocks. */
export function HeaderBlock({ block }: BlockProps<'header'>) {
  return <h2>{block.data.text}</h2>;
}
