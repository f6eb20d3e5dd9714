import type { SocialNetwork } from '@mewayz/contracts';

/**
 * A monochrome glyph on a 24×24 grid: `stroke` is drawn as a 1.8px round-capped outline, `fill` as a solid
 * shape, both in `currentColor` (so the glyph follows the theme).
 */
export interface Glyph {
  stroke?: string;
  fill?: string;
}

/** Accessible name of each social network (the link's aria-label). */
export const socialNetworkLabels: Record<SocialNetwork, string> = {
  instagram: 'Instagram',
  tiktok: 'TikTok',
  youtube: 'YouTube',
  x: 'X (Twitter)',
  facebook: 'Facebook',
  linkedin: 'LinkedIn',
  github: 'GitHub',
  twitch: 'Twitch',
  discord: 'Discord',
  spotify: 'Spotify',
  soundcloud: 'SoundCloud',
  pinterest: 'Pinterest',
  snapchat: 'Snapchat',
  threads: 'Threads',
  bluesky: 'Bluesky',
  mastodon: 'Mastodon',
  whatsapp: 'WhatsApp',
  telegram: 'Telegram',
  email: 'Email',
  website: 'Website',
};

const mail: Glyph = { stroke: 'M3.5 5.5h17v13h-17zM3.5 6l8.5 7 8.5-7' };
const whatsapp: Glyph = {
  stroke:
    'M3.5 20.5l1.3-4.3a8.5 8.5 0 1 1 3.2 3.1zM9 8c-.5 3.5 3.5 7.5 7 7l.8-1.6-2.3-1.1-1 1c-1.3-.5-2.3-1.5-2.8-2.8l1-1L10.6 7z',
};

/** A recognisable glyph for each social network of the contract. */
export const socialGlyphs: Record<SocialNetwork, Glyph> = {
  instagram: {
    stroke:
      'M8 3.5h8A4.5 4.5 0 0 1 20.5 8v8a4.5 4.5 0 0 1-4.5 4.5H8A4.5 4.5 0 0 1 3.5 16V8A4.5 4.5 0 0 1 8 3.5zM12 8.2a3.8 3.8 0 1 0 0 7.6 3.8 3.8 0 0 0 0-7.6zM17 7h0',
  },
  tiktok: { stroke: 'M13.5 3.5v11.3a3.3 3.3 0 1 1-3.3-3.3M13.5 3.5c.4 2.6 2.4 4.6 5 4.9' },
  youtube: {
    stroke:
      'M7 5h10a4.5 4.5 0 0 1 4.5 4.5v5A4.5 4.5 0 0 1 17 19H7a4.5 4.5 0 0 1-4.5-4.5v-5A4.5 4.5 0 0 1 7 5z',
    fill: 'M10 8.8v6.4l5.4-3.2z',
  },
  x: { stroke: 'M4 4h4.4L20 20h-4.4zM19.6 4l-6.5 7.1M4.4 20l6.5-7.1' },
  facebook: { stroke: 'M15.5 3.5H14a4 4 0 0 0-4 4v13M7 10.5h7.5' },
  linkedin: {
    stroke:
      'M6 3.5h12A2.5 2.5 0 0 1 20.5 6v12a2.5 2.5 0 0 1-2.5 2.5H6A2.5 2.5 0 0 1 3.5 18V6A2.5 2.5 0 0 1 6 3.5zM8 10.5V17M8 7.3v0M11.5 17v-6.5M11.5 13.5a2.7 2.7 0 0 1 5.4 0V17',
  },
  github: {
    fill: 'M12 20.5c-4.5 0-7.6-2.7-7.6-6.8 0-1.6.6-3.1 1.6-4.2l-.5-4.8 4.2 2.1a9 9 0 0 1 4.6 0l4.2-2.1-.5 4.8c1 1.1 1.6 2.6 1.6 4.2 0 4.1-3.1 6.8-7.6 6.8z',
  },
  twitch: { stroke: 'M4.5 3.5h15v10.5l-4 4h-4l-3 3v-3h-4zM11 7.5v4M15.5 7.5v4' },
  discord: {
    stroke:
      'M8.5 17.5c-2.5-.3-4.4-1.2-5-2 0-4.2 1-7.8 3-9.8 1.4-.7 2.8-1.1 4-1.2l.5 1.1h2l.5-1.1c1.2.1 2.6.5 4 1.2 2 2 3 5.6 3 9.8-.6.8-2.5 1.7-5 2l-.9-1.8M8.5 15.2c2.3.9 4.7.9 7 0',
    fill: 'M9.3 10.5a1.3 1.4 0 1 0 0 2.8 1.3 1.4 0 0 0 0-2.8zM14.7 10.5a1.3 1.4 0 1 0 0 2.8 1.3 1.4 0 0 0 0-2.8z',
  },
  spotify: {
    stroke:
      'M12 2.8a9.2 9.2 0 1 0 0 18.4 9.2 9.2 0 0 0 0-18.4zM7 9.4c3.4-1 7.1-.7 10.2 1M7.6 12.7c2.8-.8 5.7-.5 8.2.9M8.2 15.9c2.1-.6 4.3-.4 6.2.7',
  },
  soundcloud: { stroke: 'M3 15v-2M6 17v-5.5M9 17V9.5M12 17V7.5c3-.8 5.7.9 6.3 3.7A3 3 0 0 1 18.5 17H12' },
  pinterest: {
    stroke:
      'M10.5 20.5l2.6-10.5M8.3 13.7c-.6-.7-.9-1.6-.9-2.7 0-3 2.3-5.5 5.5-5.5 2.8 0 4.7 2 4.7 4.6 0 3-1.8 5.4-4.3 5.4-1 0-1.8-.5-2.1-1.2',
  },
  snapchat: {
    stroke:
      'M12 3.5c-2.8 0-4.7 2-4.7 4.8v2.3l-1.9.6 1.7 1c-.6 1.6-1.8 2.8-3.3 3.3.8.8 2 .9 2.8 1 .2.8.4 1.4 1.3 1.3 1.3-.2 2.4.1 4.1 1.7 1.7-1.6 2.8-1.9 4.1-1.7.9.1 1.1-.5 1.3-1.3.8-.1 2-.2 2.8-1-1.5-.5-2.7-1.7-3.3-3.3l1.7-1-1.9-.6V8.3c0-2.8-1.9-4.8-4.7-4.8z',
  },
  threads: {
    stroke: 'M16 12a4 4 0 1 1-8 0 4 4 0 0 1 8 0zM16 9.5v3.7a2.3 2.3 0 0 0 4.6 0V12A8.6 8.6 0 1 0 17 19',
  },
  bluesky: {
    fill: 'M12 11c-1.6-3.1-5.3-6.5-7.6-6.5-1.3 0-1.4 1.3-1.4 2.6 0 1.8.7 4.9 3.9 5.3-2.6.5-3.3 2.3-1.8 3.9 2.6 2.7 4.9.6 6.9-3.6 2 4.2 4.3 6.3 6.9 3.6 1.5-1.6.8-3.4-1.8-3.9 3.2-.4 3.9-3.5 3.9-5.3 0-1.3-.1-2.6-1.4-2.6-2.3 0-6 3.4-7.6 6.5z',
  },
  mastodon: {
    stroke:
      'M20.3 8.2c0-3.6-2.4-4.7-2.4-4.7-1.2-.6-3.3-.8-5.5-.8h-.8c-2.2 0-4.3.2-5.5.8 0 0-2.4 1.1-2.4 4.7 0 4.3-.3 9.6 4 10.7 1.6.4 3 .5 4.1.4 1.6-.1 2.5-.6 2.5-.6l-.1-1.6s-1.2.4-2.5.3c-1.3 0-2.6-.1-2.9-1.7 1.1.3 2.3.4 3.4.4 2 0 4.2-.3 5.4-1 1.2-.7 2.5-1.8 2.7-3.4.1-1 .1-2.3.1-3.5zM8 13V9.8a1.8 1.8 0 0 1 3.6 0v2.4-2.4a1.8 1.8 0 0 1 3.6 0V13',
  },
  whatsapp,
  telegram: { stroke: 'M20.5 4 3.5 10.8l6 2.3M20.5 4l-3 15.5-6.4-5M20.5 4 9.5 13.1V19l2.9-3.3' },
  email: mail,
  website: {
    stroke:
      'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM3.5 12h17M12 3c2.3 2.4 3.4 5.4 3.4 9s-1.1 6.6-3.4 9c-2.3-2.4-3.4-5.4-3.4-9s1.1-6.6 3.4-9z',
  },
};

/** Glyphs used by the page itself (contact buttons, embed cards, the age gate). */
export const uiGlyphs = {
  mail,
  whatsapp,
  phone: {
    stroke:
      'M5 3.5h3.5l1.7 4.3-2.2 1.4a11 11 0 0 0 6.8 6.8l1.4-2.2 4.3 1.7V19a1.5 1.5 0 0 1-1.5 1.5C10.5 20.5 3.5 13.5 3.5 5A1.5 1.5 0 0 1 5 3.5z',
  },
  play: { fill: 'M9 7.2v9.6l7.6-4.8z' },
  external: { stroke: 'M14 4.5h5.5V10M19.5 4.5 11 13M17 14v5.5H4.5V7H10' },
} satisfies Record<string, Glyph>;
