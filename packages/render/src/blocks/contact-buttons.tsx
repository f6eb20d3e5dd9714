import { Icon } from '../icon.tsx';
import { uiGlyphs } from '../icons.ts';
import { linkOrNull } from '../safe-values.ts';
import type { BlockProps } from './block-context.ts';

const emailShape = /^[^\s@"'<>()[\]\\,;:]+@[^\s@"'<>()[\]\\,;:]+\.[^\s@"'<>()[\]\\,;:]+$/;

function phoneDigits(value: string | undefined): string | null {
  if (!value || !/^\+?[0-9 ().-]{5,24}$/.test(value.trim())) return null;
  const digits = value.replace(/\D/g, '');
  return digits.length >= 5 ? digits : null;
}

/** Buttons to email, call or WhatsApp the creator. */
export function ContactButtons({ block }: BlockProps<'contact'>) {
  const { email, phone, whatsapp } = block.data;
  const mailto = email && emailShape.test(email) ? linkOrNull(`mailto:${email}`) : null;
  const phoneNumber = phoneDigits(phone);
  const tel = phoneNumber ? `tel:${phone?.trim().startsWith('+') ? '+' : ''}${phoneNumber}` : null;
  const waNumber = phoneDigits(whatsapp);
  const wa = waNumber ? `https://wa.me/${waNumber}` : null;
  if (!mailto && !tel && !wa) return null;
  return (
    <div class="ct">
      {mailto ? (
        <a class="btn" href={mailto}>
          <Icon glyph={uiGlyphs.mail} />
          Email
        </a>
      ) : null}
      {tel ? (
        <a class="btn" href={tel}>
          <Icon glyph={uiGlyphs.phone} />
          Call
        </a>
      ) : null}
      {wa ? (
        <a class="btn" href={wa} rel="noopener">
          <Icon glyph={uiGlyphs.whatsapp} />
          WhatsApp
        </a>
      ) : null}
    </div>
  );
}
