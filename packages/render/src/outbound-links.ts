import type { SnapshotBlock } from '@mewayz/contracts';
import type { BlockOf } from './blocks/block-context.ts';
import { embedTarget } from './embeds.ts';
import { socialGlyphs } from './icons.ts';
import { markdownLinkTargets } from './markdown.ts';
import { linkOrNull } from './safe-values.ts';

/**
 * Every link on a site page that leaves it goes through the edge's counted redirect, `/go/<block>`
 * for a block's only link, `/go/<block>/<n>` for the n-th link of a block that has several (social
 * icons, contact buttons, links in text). The redirect only ever sends to `blockLinkTargets(block)[n]`
 * of the published snapshot, the same list the page was rendered from, so it can never be made to
 * send a visitor anywhere the creator did not link to.
 */
export function blockLinkTargets(block: SnapshotBlock): string[] {
  switch (block.type) {
    case 'link':
      return present(linkOrNull(block.data.url));
    case 'image':
      return block.data.href === undefined ? [] : present(linkOrNull(block.data.href));
    case 'embed':
      // A URL the provider's player accepts becomes a click-to-play card, not a link.
      return embedTarget(block.data.provider, block.data.url) ? [] : present(linkOrNull(block.data.url));
    case 'social':
      return socialLinks(block).map((l) => l.href);
    case 'contact':
      return contactLinks(block.data).map((l) => l.href);
    case 'text':
      return markdownLinkTargets(block.data.markdown);
    default:
      return [];
  }
}

/**
 * A short name for each of a block's links, in the order of `blockLinkTargets` (so index n is the
 * item of `/go/<block>/<n>`): the social network, the contact kind, or a text link's address.
 */
export function blockLinkLabels(block: SnapshotBlock): string[] {
  switch (block.type) {
    case 'social':
      return socialLinks(block).map((l) => l.network);
    case 'contact':
      return contactLinks(block.data).map((l) => l.kind);
    case 'text':
      return markdownLinkTargets(block.data.markdown);
    default:
      return blockLinkTargets(block).map(() => 'link');
  }
}

function present(href: string | null): string[] {
  return href ? [href] : [];
}

/** Same-site path of the counted redirect to a block's link (`item`: its position among several). */
export function goHref(blockId: string, item?: number): string {
  const path = `/go/${encodeURIComponent(blockId)}`;
  return item === undefined ? path : `${path}/${item}`;
}

/** The social links a block shows: a safe URL on a network with a glyph, in the creator's order. */
export function socialLinks(
  block: BlockOf<'social'>,
): { href: string; network: keyof typeof socialGlyphs }[] {
  return block.data.links.flatMap((link) => {
    const href = linkOrNull(link.url);
    return href && Object.hasOwn(socialGlyphs, link.network) ? [{ href, network: link.network }] : [];
  });
}

const emailShape = /^[^\s@"'<>()[\]\\,;:]+@[^\s@"'<>()[\]\\,;:]+\.[^\s@"'<>()[\]\\,;:]+$/;

function phoneDigits(value: string | undefined): string | null {
  if (!value || !/^\+?[0-9 ().-]{5,24}$/.test(value.trim())) return null;
  const digits = value.replace(/\D/g, '');
  return digits.length >= 5 ? digits : null;
}

export type ContactKind = 'email' | 'call' | 'whatsapp';

/** The ways to reach the creator a contact block offers (an address or number that is well formed). */
export function contactLinks(data: BlockOf<'contact'>['data']): { kind: ContactKind; href: string }[] {
  const { email, phone, whatsapp } = data;
  const links: { kind: ContactKind; href: string }[] = [];
  const mailto = email && emailShape.test(email) ? linkOrNull(`mailto:${email}`) : null;
  if (mailto) links.push({ kind: 'email', href: mailto });
  const phoneNumber = phoneDigits(phone);
  if (phoneNumber)
    links.push({ kind: 'call', href: `tel:${phone?.trim().startsWith('+') ? '+' : ''}${phoneNumber}` });
  const waNumber = phoneDigits(whatsapp);
  if (waNumber) links.push({ kind: 'whatsapp', href: `https://wa.me/${waNumber}` });
  return links;
}
