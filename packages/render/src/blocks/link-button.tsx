import { goHref } from '../outbound-links.ts';
import { fixedSrcset } from '../responsive-image.ts';
import { imageUrlOrNull, linkOrNull } from '../safe-values.ts';
import type { BlockProps } from './block-context.ts';

/** A link button. It points at `/go/<id>` (never the destination) so the edge can count the click. */
export function LinkButton({ block, ctx }: BlockProps<'link'>) {
  if (!linkOrNull(block.data.url)) return null;
  const thumbnail = imageUrlOrNull(block.data.thumbnailUrl, ctx.origin);
  return (
    <a class={block.featured ? 'btn ft' : 'btn'} href={goHref(block.id)}>
      {thumbnail ? (
        <img
          src={thumbnail}
          {...fixedSrcset(thumbnail, 44)}
          width={44}
          height={44}
          alt=""
          loading="lazy"
          decoding="async"
        />
      ) : null}
      <span>
        {block.data.title}
        {block.sensitive ? <span class="tag">18+</span> : null}
      </span>
    </a>
  );
}
