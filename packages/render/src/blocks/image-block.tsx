import { goHref } from '../outbound-links.ts';
import { columnWidth, fluidSrcset } from '../responsive-image.ts';
import { imageUrlOrNull, linkOrNull } from '../safe-values.ts';
import type { BlockProps } from './block-context.ts';

function dimension(value: number): number {
  return Number.isInteger(value) && value >= 1 && value <= 4096 ? value : 0;
}

/** An image with its intrinsic size (no layout shift), optionally linking somewhere (counted). */
export function ImageBlock({ block, ctx }: BlockProps<'image'>) {
  const { data } = block;
  const src = imageUrlOrNull(data.url, ctx.origin);
  const width = dimension(data.width);
  const height = dimension(data.height);
  const href = data.href === undefined ? null : linkOrNull(data.href);
  if (!src || !width || !height || (data.href !== undefined && !href)) return null;
  const img = (
    <img
      src={src}
      {...fluidSrcset(src, Math.min(width, columnWidth))}
      width={width}
      height={height}
      alt={data.alt}
      loading="lazy"
      decoding="async"
    />
  );
  return <div class="im">{href ? <a href={goHref(block.id)}>{img}</a> : img}</div>;
}
