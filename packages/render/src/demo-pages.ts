import type { CreatePageInput, CreateSectionInput, SiteSnapshot, SnapshotPage } from '@mewayz/contracts';

/** A demo page and its sections, as the seed creates them through the service. */
export interface DemoPage {
  page: CreatePageInput;
  sections: CreateSectionInput[];
}

const page = (slug: string, title: string, nav: CreatePageInput['nav']): CreatePageInput => ({
  slug,
  title,
  nav,
  seo: { noindex: false },
  published: true,
  role: 'page',
});

/**
 * The demo creator's pages beyond her home: About (in both menus) and FAQ (in the header), plus a
 * custom "not found" page. Fake example.com data; used by the seed, the tests and the bench.
 */
export function demoPages(): DemoPage[] {
  return [
    {
      page: page('about', 'About', 'both'),
      sections: [
        {
          kind: 'hero',
          variant: 'centered',
          data: {
            heading: 'Hi, I’m Alice: I make music and videos about making music',
            text: 'Producer, teacher and occasional live-streamer from Lisbon.',
            primary: { label: 'Work with me', url: 'https://alice.example.com/work' },
          },
        },
        {
          kind: 'rich_text',
          variant: 'narrow',
          data: {
            markdown:
              'I started producing in my bedroom in 2014 and have since released **three albums**, scored two short films and taught thousands of students online.\n\nThese days I split my time between:\n\n- weekly tutorials on *YouTube*\n- a small Discord community of producers\n- one-to-one mix feedback sessions',
          },
        },
        {
          kind: 'stats',
          variant: 'row',
          data: {
            items: [
              { value: '120k', label: 'subscribers' },
              { value: '3', label: 'albums' },
              { value: '4,800', label: 'students' },
            ],
          },
        },
        {
          kind: 'testimonials',
          variant: 'cards',
          data: {
            heading: 'What students say',
            items: [
              {
                quote: 'Alice explains mixing like nobody else. My tracks finally sound finished.',
                name: 'Sam K.',
                role: 'Student',
              },
              { quote: 'The feedback session was worth every cent.', name: 'Priya N.', role: 'Producer' },
            ],
          },
        },
        {
          kind: 'contact_form',
          variant: 'stacked',
          data: {
            heading: 'Say hello',
            text: 'Collaborations, bookings or questions: I answer within a few days.',
            buttonLabel: 'Send',
            successMessage: 'Thanks! Your message was sent.',
          },
        },
      ],
    },
    {
      page: page('faq', 'FAQ', 'header'),
      sections: [
        {
          kind: 'faq',
          variant: 'list',
          data: {
            heading: 'Frequently asked questions',
            items: [
              {
                question: 'Do you take commissions?',
                answer: 'Yes, a few a year. Use the form on the About page.',
              },
              {
                question: 'Which DAW do you use?',
                answer: 'Mostly Ableton Live, sometimes Logic for scoring.',
              },
              {
                question: 'Can I use your samples?',
                answer: 'The free packs are royalty-free; credit is appreciated.',
              },
              { question: 'Do you offer refunds on courses?', answer: 'Within 14 days, no questions asked.' },
            ],
          },
        },
        {
          kind: 'cta',
          variant: 'banner',
          data: {
            heading: 'Still curious?',
            text: 'New tutorials every Thursday.',
            button: { label: 'Watch on YouTube', url: 'https://youtube.example.com/@alicerivera' },
          },
        },
      ],
    },
    {
      page: { ...page('not-found', 'Page not found', 'none'), seo: { noindex: true }, role: 'not_found' },
      sections: [
        {
          kind: 'cta',
          variant: 'card',
          data: {
            heading: 'This page wandered off',
            text: 'The link may be old. Everything else is one click away.',
            button: { label: 'Go to the home page', url: 'https://alice.example.com/' },
          },
        },
      ],
    },
  ];
}

/** The demo pages as a published snapshot carries them (fixed ids), for tests and previews. */
export function demoSnapshotPages(): SnapshotPage[] {
  return demoPages().map((d, i) => ({
    id: `pg_${String(i + 1).padStart(26, '0')}`,
    slug: d.page.slug,
    title: d.page.title,
    nav: d.page.nav,
    role: d.page.role,
    seo: d.page.seo,
    sections: d.sections.map(
      (s, j) =>
        ({
          id: `sec_${String(i * 100 + j + 1).padStart(26, '0')}`,
          ...s,
        }) as SnapshotPage['sections'][number],
    ),
  }));
}

/** The demo snapshot with its pages. */
export function withDemoPages(snapshot: SiteSnapshot): SiteSnapshot {
  return { ...snapshot, pages: demoSnapshotPages() };
}
