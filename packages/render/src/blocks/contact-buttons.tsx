import { Icon } from '../icon.tsx';
import { type Glyph, uiGlyphs } from '../icons.ts';
import { type ContactKind, contactLinks, goHref } from '../outbound-links.ts';
import type { BlockProps } from './block-context.ts';

const labels: Record<ContactKind, { text: string; glyph: Glyph }> = {
  email: { text: 'Email', glyph: uiGlyphs.mail },
  call: { text: 'Call', glyph: uiGlyphs.phone },
  whatsapp: { text: 'WhatsApp', glyph: uiGlyphs.whatsapp },
};

/** Buttons to email, call or WhatsApp the creator, counted like every other link. */
export function ContactButtons({ block }: BlockProps<'contact'>) {
  const links = contactLinks(block.data);
  if (links.length === 0) return null;
  return (
    <div class="ct">
      {links.map((link, item) => (
        <a class="btn" href={goHref(block.id, item)}>
          <Icon glyph={labels[link.kind].glyph} />
          {labels[link.kind].text}
        </a>
      ))}
    </div>
  );
}
