import { Icon } from '../icon.tsx';
import { socialGlyphs, socialNetworkLabels } from '../icons.ts';
import { goHref, socialLinks } from '../outbound-links.ts';
import type { BlockProps } from './block-context.ts';

/** A row of social network icons, each a counted link named after its network. */
export function SocialIcons({ block }: BlockProps<'social'>) {
  const links = socialLinks(block);
  if (links.length === 0) return null;
  return (
    <nav class="soc" aria-label="Social links">
      {links.map((link, item) => (
        <a href={goHref(block.id, item)} aria-label={socialNetworkLabels[link.network]}>
          <Icon glyph={socialGlyphs[link.network]} />
        </a>
      ))}
    </nav>
  );
}
