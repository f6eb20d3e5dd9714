import { Icon } from '../icon.tsx';
import { socialGlyphs, socialNetworkLabels } from '../icons.ts';
import { linkOrNull } from '../safe-values.ts';
import type { BlockProps } from './block-context.ts';

/** A row of social network icons, each a link named after its network. */
export function SocialIcons({ block }: BlockProps<'social'>) {
  const items = block.data.links.flatMap((link) => {
    const href = linkOrNull(link.url);
    if (!href || !Object.hasOwn(socialGlyphs, link.network)) return [];
    return [{ href, label: socialNetworkLabels[link.network], glyph: socialGlyphs[link.network] }];
  });
  if (items.length === 0) return null;
  return (
    <nav class="soc" aria-label="Social links">
      {items.map((item) => (
        // rel=me lets Mastodon and similar services verify the creator owns this page.
        <a href={item.href} aria-label={item.label} rel="me noopener">
          <Icon glyph={item.glyph} />
        </a>
      ))}
    </nav>
  );
}
