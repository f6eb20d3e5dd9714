import { type EmbedProvider, embedProviderNames, embedTarget } from '../embeds.ts';
import { Icon } from '../icon.tsx';
import { uiGlyphs } from '../icons.ts';
import { goHref } from '../outbound-links.ts';
import { blockAnchor, linkOrNull } from '../safe-values.ts';
import type { BlockProps } from './block-context.ts';

// Players need scripts and their own origin's storage; popups let "watch on YouTube" links open.
const sandbox =
  'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-presentation';
const allow = 'autoplay; encrypted-media; fullscreen; picture-in-picture; clipboard-write';

/**
 * A YouTube/Vimeo/Spotify/SoundCloud embed. By default a card that loads nothing from the provider; the
 * card links to `?play=<id>` and only then is the provider's iframe rendered (privacy and page weight).
 */
export function EmbedBlock({ block, ctx }: BlockProps<'embed'>) {
  const provider = block.data.provider as EmbedProvider;
  if (!Object.hasOwn(embedProviderNames, provider)) return null;
  const name = embedProviderNames[provider];
  const title = block.data.title || `${name} player`;
  const anchor = blockAnchor(block.id);
  const target = embedTarget(provider, block.data.url);

  if (!target) {
    const href = linkOrNull(block.data.url);
    if (!href) return null;
    return (
      <a class="card" id={anchor} href={goHref(block.id)}>
        <span class="play">
          <Icon glyph={uiGlyphs.external} />
        </span>
        <span>
          <b>{title}</b>
          <small>Open on {name}</small>
        </span>
      </a>
    );
  }

  if (ctx.playEmbedId === block.id) {
    return (
      <div class={target.layout === 'video' ? 'vid' : 'aud'} id={anchor}>
        <iframe
          src={target.embedUrl}
          title={title}
          width="560"
          height={target.layout === 'video' ? '315' : String(target.height)}
          loading="lazy"
          sandbox={sandbox}
          allow={allow}
          referrerpolicy="strict-origin-when-cross-origin"
        />
      </div>
    );
  }

  return (
    <a class="card" id={anchor} href={`?play=${encodeURIComponent(block.id)}#${anchor}`} rel="nofollow">
      <span class="play">
        <Icon glyph={uiGlyphs.play} />
      </span>
      <span>
        <b>{title}</b>
        <small>Play · loads from {name}</small>
      </span>
    </a>
  );
}
