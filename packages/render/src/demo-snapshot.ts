import type { CreateBlockInput, SiteSnapshot, SnapshotBlock } from '@mewayz/contracts';

/** Ids a demo snapshot is built for; block ids default to fixed `blk_…` ids numbered from 1. */
export interface DemoSnapshotIds {
  organizationId: string;
  siteId: string;
  /** Id of the n-th demo block (1-based); pass one when several demo sites share a database. */
  blockId?: (n: number) => string;
  /** Origin serving `/media/demo/*` (the site's own host), so the page needs no other origin. */
  mediaOrigin?: string;
}

type BlockInput = {
  [T in SnapshotBlock['type']]: { type: T; data: Extract<SnapshotBlock, { type: T }>['data'] };
}[SnapshotBlock['type']];

/**
 * The published snapshot of the demo creator "Alice Rivera" (slug `alice`): a profile and a dozen blocks
 * of most kinds, with fake example.com data. Used by the seed, the tests and the dashboard preview.
 */
export function demoSnapshot(ids: DemoSnapshotIds): SiteSnapshot {
  const blockId = ids.blockId ?? ((n: number) => `blk_${String(n).padStart(26, '0')}`);
  const media = (name: string, fallback: string) =>
    ids.mediaOrigin ? `${ids.mediaOrigin}/media/demo/${name}` : fallback;
  const inputs: (BlockInput & { featured?: boolean })[] = [
    {
      type: 'social',
      data: {
        links: [
          { network: 'instagram', url: 'https://instagram.example.com/alicerivera' },
          { network: 'tiktok', url: 'https://tiktok.example.com/@alicerivera' },
          { network: 'youtube', url: 'https://youtube.example.com/@alicerivera' },
          { network: 'spotify', url: 'https://spotify.example.com/artist/alicerivera' },
          { network: 'bluesky', url: 'https://bsky.example.com/profile/alice.example.com' },
          { network: 'email', url: 'mailto:hello@alice.example.com' },
        ],
      },
    },
    {
      type: 'link',
      featured: true,
      data: {
        title: 'New album “Night Drive” — out now',
        url: 'https://music.example.com/alice/night-drive',
      },
    },
    {
      type: 'link',
      data: {
        title: 'Merch: vinyl, tees & tote bags',
        url: 'https://shop.example.com/alice-rivera',
        thumbnailUrl: media('merch-vinyl.svg', 'https://images.example.com/alice/merch-vinyl.jpg'),
      },
    },
    {
      type: 'link',
      data: { title: 'Tour dates 2025 — tickets', url: 'https://tickets.example.com/alice-rivera' },
    },
    { type: 'header', data: { text: 'Watch' } },
    {
      type: 'embed',
      data: {
        provider: 'youtube',
        url: 'https://www.youtube.com/watch?v=Xy7kQ2mN4pA',
        title: 'Night Drive (official video)',
      },
    },
    {
      type: 'text',
      data: {
        markdown:
          'Singer-songwriter from **Lisbon**, writing songs about *late trains* and early mornings.\n\n' +
          'Booking & press: [press kit](https://alice.example.com/press)',
      },
    },
    {
      type: 'image',
      data: {
        url: media('studio-session.svg', 'https://images.example.com/alice/studio-session.jpg'),
        alt: 'Alice at the piano during a studio session',
        width: 1200,
        height: 800,
        href: 'https://blog.example.com/alice/studio-diary',
      },
    },
    { type: 'header', data: { text: 'Stay in touch' } },
    {
      type: 'email_signup',
      data: {
        title: 'Get new songs before anyone else',
        buttonLabel: 'Join the list',
        successMessage: 'Thank you! Check your inbox to confirm.',
      },
    },
    { type: 'contact', data: { email: 'booking@alice.example.com', whatsapp: '+1 555 010 0199' } },
    { type: 'divider', data: {} },
    {
      type: 'link',
      data: { title: 'Support my music on Patreon', url: 'https://support.example.com/alice' },
    },
  ];
  const blocks = inputs.map(
    ({ featured, ...input }, i) =>
      ({
        ...input,
        id: blockId(i + 1),
        featured: featured ?? false,
        sensitive: false,
        startsAt: null,
        endsAt: null,
      }) as SnapshotBlock,
  );
  return {
    format: 1,
    siteId: ids.siteId,
    organizationId: ids.organizationId,
    slug: 'alice',
    version: 1,
    publishedAt: '2025-01-15T12:00:00.000Z',
    profile: {
      name: 'Alice Rivera',
      bio: 'Songs, stories and the occasional synth. New album out now.',
      avatarUrl: media('avatar.svg', 'https://images.example.com/alice/avatar.jpg'),
    },
    theme: { preset: 'sunset', colors: {}, buttonShape: 'pill', font: 'system-sans', colorScheme: 'auto' },
    seo: {
      title: 'Alice Rivera — music, merch & tour dates',
      description:
        'Listen to Night Drive, grab merch and find tour dates from singer-songwriter Alice Rivera.',
      noindex: false,
    },
    settings: { sensitive: false, passQuery: true },
    blocks,
    customDomains: [],
  };
}

/** A snapshot's blocks as inputs of `createBlock`, all active: how the seed and tests build the demo site. */
export function blockInputsOf(snapshot: SiteSnapshot): CreateBlockInput[] {
  return snapshot.blocks.map(
    (b) =>
      ({
        type: b.type,
        data: b.data,
        active: true,
        featured: b.featured,
        sensitive: b.sensitive,
        startsAt: b.startsAt,
        endsAt: b.endsAt,
      }) as CreateBlockInput,
  );
}
