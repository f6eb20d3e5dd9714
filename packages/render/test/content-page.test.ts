import { gzipSync } from 'node:zlib';
import {
  type CatalogCourse,
  createSectionInput,
  type SectionKind,
  type SiteSnapshot,
  type SnapshotPage,
  type SnapshotSection,
  sectionKindNames,
  sectionKinds,
} from '@mewayz/contracts';
import { describe, expect, test } from 'vitest';
import {
  demoSnapshotPages,
  notFoundPageOf,
  renderContentPage,
  renderSitemapXml,
  renderSitePage,
  sitePageOf,
  withDemoPages,
} from '../src/index.ts';
import {
  assertInert,
  block,
  body,
  demo,
  elements,
  ORIGIN,
  shop,
  shopSite,
  siteWith,
  styleText,
  visit,
} from './fixtures.ts';

/** One valid section of every kind, each with a text only it contains. */
const samples: Record<SectionKind, Record<string, unknown>> = {
  hero: { heading: 'Hero words', text: 'Lead', primary: { label: 'Go', url: 'https://a.example.com/' } },
  rich_text: { markdown: 'Some **rich** words' },
  image_text: { markdown: 'Beside the image', image: { url: 'https://img.example.com/a.jpg', alt: 'A' } },
  gallery: { items: [{ url: 'https://img.example.com/g.jpg', alt: 'Gallery pic', caption: 'Caption one' }] },
  features: { items: [{ title: 'Feature one', text: 'Fast' }] },
  testimonials: { items: [{ quote: 'Testimonial words', name: 'Pat' }] },
  pricing: {
    items: [{ name: 'Pro plan', amount: 1900, currency: 'EUR', period: 'month', features: ['Plan feature'] }],
  },
  faq: { items: [{ question: 'Question one?', answer: 'Answer one.' }] },
  cta: { heading: 'Call to act', button: { label: 'Act now', url: 'https://a.example.com/act' } },
  contact_form: {},
  logo_cloud: { items: [{ url: 'https://img.example.com/logo.png', alt: 'Logo co' }] },
  stats: { items: [{ value: '42k', label: 'Stat label' }] },
  team: { items: [{ name: 'Team member', role: 'Drums' }] },
  embed: { provider: 'youtube', url: 'https://youtu.be/Xy7kQ2mN4pA', title: 'Embed title' },
  products: { heading: 'Shop picks', limit: 2 },
  courses: { heading: 'Learn with me' },
  bio: {},
};
const marker: Record<SectionKind, string> = {
  hero: 'Hero words',
  rich_text: '<strong>rich</strong>',
  image_text: 'Beside the image',
  gallery: 'Caption one',
  features: 'Feature one',
  testimonials: 'Testimonial words',
  pricing: '€19.00',
  faq: '<summary>Question one?</summary>',
  cta: 'Act now',
  contact_form: 'action="/contact"',
  logo_cloud: 'alt="Logo co"',
  stats: '<dd>42k</dd>',
  team: 'Team member',
  embed: 'Embed title',
  products: 'Film Look Presets',
  courses: 'Wheel throwing',
  bio: 'Alice Rivera',
};

/** A published course of the shop, for course sections. */
const wheel: CatalogCourse = {
  id: 'crs_wheel',
  slug: 'wheel-throwing',
  title: 'Wheel throwing',
  description: 'From a lump of clay to your first bowl.',
  thumbnailKey: null,
  level: 'beginner',
  category: null,
  currency: 'EUR',
  price: 4900,
  modules: [
    {
      id: 'cmod_1',
      title: 'Start',
      lessons: [{ id: 'les_1', slug: 'l1', title: 'L1', durationMinutes: null, freePreview: false }],
    },
  ],
};

/** The demo site with a shop: products in categories, and one course. */
function withShop(): SiteSnapshot {
  return shopSite({ catalog: { ...shop(), courses: [wheel] } });
}

/** A section of `kind` as publishing compiles it: parsed by its schema. */
function section(kind: SectionKind, variant?: string, data = samples[kind], id = `sec_${kind}`) {
  const parsed = createSectionInput.parse({ kind, variant, data });
  return { id, ...parsed } as SnapshotSection;
}

function pageWith(sections: SnapshotSection[], patch: Partial<SnapshotPage> = {}): SnapshotPage {
  return {
    id: 'pg_test',
    slug: 'test',
    title: 'Test page',
    nav: 'header',
    role: 'page',
    seo: { noindex: false },
    sections,
    ...patch,
  };
}

function siteWithPages(pages: SnapshotPage[], base: SiteSnapshot = demo()): SiteSnapshot {
  return { ...base, pages };
}

describe('section pages', () => {
  test('render every section kind in every layout variant, with no scripts', async () => {
    for (const kind of sectionKindNames) {
      for (const variant of sectionKinds[kind].variants) {
        const page = pageWith([section(kind, variant)]);
        const { html } = await renderContentPage(siteWithPages([page], withShop()), visit(), page);
        expect(html, `${kind}/${variant}`).toContain(marker[kind]);
        expect(html).toContain(`class="s s-${kind} v-${variant}"`);
        assertInert(html);
      }
    }
  });

  test('FAQ entries are native disclosures; the contact form posts with a honeypot; embeds load on request', async () => {
    const page = pageWith([section('faq'), section('contact_form'), section('embed')]);
    const site = siteWithPages([page]);
    const { html, csp } = await renderContentPage(site, visit(), page);
    expect(elements(html, 'details')).toHaveLength(1);
    expect(elements(html, 'form')[0]).toMatchObject({ method: 'post', action: '/contact' });
    expect(elements(html, 'input').find((i) => i.name === 'section')?.value).toBe('sec_contact_form');
    expect(elements(html, 'input').some((i) => i.name === 'website')).toBe(true);
    expect(html).not.toContain('<iframe');
    expect(csp).not.toContain('frame-src');
    expect(elements(html, 'a').some((a) => a.href?.startsWith('?play=sec_embed'))).toBe(true);

    const played = await renderContentPage(site, visit(), page, {
      playId: 'sec_embed',
      sentId: 'sec_contact_form',
    });
    expect(played.html).toContain('<iframe');
    expect(played.csp).toContain('frame-src https://www.youtube-nocookie.com');
    expect(played.html).toContain('Thanks! Your message was sent.');
    expect(played.html).not.toContain('action="/contact"');
  });

  test('escape hostile text and refuse hostile URLs in every section kind', async () => {
    const xss: string = '<script>alert(1)</script>"><img src=x onerror=alert(2)>\'';
    const bad = 'javascript:alert(1)';
    const hostile: SnapshotSection[] = sectionKindNames.map(
      (kind) =>
        ({
          id: `sec_${kind}"><script>`,
          kind,
          variant: xss,
          data: JSON.parse(
            JSON.stringify(samples[kind])
              .replace(/"https:\/\/[^"]*"/g, JSON.stringify(bad))
              .replace(
                /"(Hero words|Lead|Some \*\*rich\*\* words|Beside the image|Caption one|Feature one|Fast|Testimonial words|Pat|Pro plan|Question one\?|Answer one\.|Call to act|Act now|Go|Logo co|42k|Stat label|Team member|Drums|Plan feature|Embed title|Gallery pic|A)"/g,
                JSON.stringify(xss),
              ),
          ),
        }) as unknown as SnapshotSection,
    );
    const page = pageWith(hostile, {
      title: xss,
      slug: 'x',
      seo: { title: xss, description: xss, noindex: false },
    });
    const site = siteWithPages([page], siteWith([], { profile: { name: xss, bio: xss, avatarUrl: null } }));
    for (const state of [{}, { playId: hostile[13]!.id, sentId: hostile[9]!.id }]) {
      const { html } = await renderContentPage(site, visit(), page, state);
      assertInert(html);
      expect(html).not.toContain(bad);
      expect(body(html)).toContain('&lt;script&gt;');
    }
  });

  test('the header and footer menus follow each page’s placement; drafts and the 404 page stay out', async () => {
    const pages = [
      pageWith([], { id: 'pg_1', slug: 'about', title: 'About', nav: 'both' }),
      pageWith([], { id: 'pg_2', slug: 'faq', title: 'FAQ', nav: 'header' }),
      pageWith([], { id: 'pg_3', slug: 'legal', title: 'Legal', nav: 'footer' }),
      pageWith([], { id: 'pg_4', slug: 'hidden', title: 'Hidden', nav: 'none' }),
      pageWith([], { id: 'pg_5', slug: 'lost', title: 'Lost', nav: 'none', role: 'not_found' }),
    ];
    const site = siteWithPages(pages);
    const { html } = await renderContentPage(site, visit(), pages[1]!);
    const header = /<nav class="nv"[\s\S]*?<\/nav>/.exec(html)?.[0] ?? '';
    const footer = /<nav class="fn"[\s\S]*?<\/nav>/.exec(html)?.[0] ?? '';
    expect(elements(header, 'a').map((a) => a.href)).toEqual(['/', '/about', '/faq']);
    expect(elements(header, 'a').find((a) => a.href === '/faq')?.['aria-current']).toBe('page');
    expect(elements(footer, 'a').map((a) => a.href)).toEqual(['/about', '/legal']);
    // The home page shows the same menus once the site has pages in them.
    const home = await renderSitePage(site, visit());
    expect(home.html).toContain('<nav class="nv" aria-label="Site">');
    expect(sitePageOf(site, 'lost')).toBeNull();
    expect(notFoundPageOf(site)?.id).toBe('pg_5');
    // A site without pages keeps its home page exactly as before.
    expect((await renderSitePage(demo(), visit())).html).not.toContain('class="nv"');
  });

  test('each page has its own title, description, canonical URL and preview; noindex and the 404 page are kept out of search', async () => {
    const page = pageWith([section('hero')], {
      slug: 'about',
      seo: {
        title: 'About Alice',
        description: 'Who I am',
        ogImageUrl: 'https://img.example.com/og.png',
        noindex: false,
      },
    });
    const hidden = pageWith([], { id: 'pg_h', slug: 'secret', seo: { noindex: true } });
    const lost = pageWith([], { id: 'pg_l', slug: 'lost', role: 'not_found', nav: 'none' });
    const site = siteWithPages([page, hidden, lost]);
    const { html } = await renderContentPage(site, visit(), page);
    expect(html).toContain('<title>About Alice</title>');
    expect(html).toContain('<meta name="description" content="Who I am"/>');
    expect(html).toContain(`<link rel="canonical" href="${ORIGIN}/about"/>`);
    expect(html).toContain('<meta property="og:image" content="https://img.example.com/og.png"/>');
    expect(html).not.toContain('noindex');
    expect((await renderContentPage(site, visit(), hidden)).html).toContain('content="noindex"');
    expect((await renderContentPage(site, visit(), lost)).html).toContain('content="noindex"');
    const sitemap = renderSitemapXml(site, ORIGIN, new Date('2025-03-01T00:00:00Z'));
    expect(sitemap).toContain(`<loc>${ORIGIN}/about</loc>`);
    expect(sitemap).not.toContain('/secret');
    expect(sitemap).not.toContain('/lost');
  });

  test('a bio section shows the site’s blocks with their counted links, and its embeds play on request', async () => {
    const site = siteWithPages(
      [pageWith([section('bio')])],
      siteWith([
        block('link', { title: 'My shop', url: 'https://shop.example.com' }, { id: 'blk_l' }),
        block('embed', { provider: 'youtube', url: 'https://youtu.be/Xy7kQ2mN4pA' }, { id: 'blk_e' }),
      ]),
    );
    const page = site.pages![0]!;
    const { html } = await renderContentPage(site, visit(), page);
    expect(elements(html, 'a').some((a) => a.href === '/go/blk_l')).toBe(true);
    const played = await renderContentPage(site, visit(), page, { playId: 'blk_e' });
    expect(played.html).toContain('<iframe');
  });

  test('a bio section with store blocks keeps the page’s own layout (the store’s styles never reach <main>)', async () => {
    const site = siteWithPages(
      [pageWith([section('hero'), section('bio')])],
      siteWith([block('collection', { layout: 'grid', limit: 6 }, { id: 'blk_c' })]),
    );
    const { html } = await renderContentPage(site, visit(), site.pages![0]!);
    const css = styleText(html);
    expect(css).toContain('.pc{');
    const mainClass = /<main class="([^"]+)">/.exec(html)?.[1] ?? '';
    expect(mainClass).not.toBe('');
    const rulesOnMain = [
      ...css.matchAll(new RegExp(`[^{}]*\\.${mainClass}(?![\\w-])[^{}]*\\{[^}]*\\}`, 'g')),
    ].map((m) => m[0]);
    expect(rulesOnMain).toEqual([`.${mainClass}{max-width:1040px}`]);
  });

  test('product and course sections show the shop’s cards with its styles, and nothing when there is nothing to show', async () => {
    // As published, but with the fixture catalog's short ids (the schema takes only canonical ones).
    const raw = (id: string, kind: string, variant: string, data: Record<string, unknown>) =>
      ({ id, kind, variant, data }) as SnapshotSection;
    const page = pageWith([
      raw('sec_p', 'products', 'grid', { heading: 'Merch', categoryId: 'cat_merch', limit: 6 }),
      raw('sec_l', 'products', 'list', { limit: 1 }),
      raw('sec_c', 'courses', 'cards', { courseId: 'crs_wheel', limit: 3 }),
      raw('sec_g', 'courses', 'cards', { heading: 'Gone', courseId: 'crs_gone', limit: 3 }),
      section('pricing'),
    ]);
    const { html } = await renderContentPage(siteWithPages([page], withShop()), visit(), page);
    assertInert(html);
    const sectionHtml = (id: string) =>
      new RegExp(`<section class="s s-[a-z_]+ v-[a-z_]+" id="s-${id}"[\\s\\S]*?</section></section>`).exec(
        html,
      )?.[0] ?? '';
    const merch = sectionHtml('sec_p');
    expect(merch).toContain('<h2 id="s-sec_p-h">Merch</h2>');
    expect(elements(merch, 'a').map((a) => a.href)).toEqual(['/p/studio-tee', '/store/merch']);
    expect(sectionHtml('sec_l')).toContain('<ul class="pl">');
    expect(elements(sectionHtml('sec_l'), 'li')).toHaveLength(1);
    expect(elements(sectionHtml('sec_c'), 'a').map((a) => a.href)).toEqual(['/courses/wheel-throwing']);
    expect(html).not.toContain('s-sec_g');
    expect(html).not.toContain('>Gone<');
    const css = styleText(html);
    expect(css).toContain('.pc{');
    expect(css).toContain('.ck{');
    // The pricing section's price rows keep their own look next to the store's `.pr`.
    expect(css).toContain('.s-pricing .pr{');
    // Without a shop, product sections leave no trace.
    const bare = await renderContentPage(siteWithPages([page]), visit(), page);
    expect(bare.html).not.toContain('s-products');
    expect(bare.html).not.toContain('s-courses');
  });

  test('product pictures of a section on the first screen load at once; further down they are lazy', async () => {
    const products = {
      id: 'sec_p',
      kind: 'products',
      variant: 'grid',
      data: { limit: 3 },
    } as SnapshotSection;
    const lazyOf = async (sections: SnapshotSection[]) => {
      const page = pageWith(sections);
      const { html } = await renderContentPage(siteWithPages([page], withShop()), visit(), page);
      const grid = /<section class="s s-products[\s\S]*?<\/section><\/section>/.exec(html)?.[0] ?? '';
      return elements(grid, 'img').map((img) => img.loading ?? 'eager');
    };
    expect(await lazyOf([section('hero'), products])).toEqual(['eager', 'eager']);
    expect(await lazyOf([section('hero'), section('rich_text'), products])).toEqual(['lazy', 'lazy']);
  });

  test('the theme is followed and the style element is the one the CSP hashes', async () => {
    const page = pageWith([section('hero'), section('pricing')]);
    const site = siteWithPages([page], { ...demo(), theme: { ...demo().theme, preset: 'midnight' } });
    const { html, csp } = await renderContentPage(site, visit(), page);
    const css = styleText(html);
    expect(css).toContain('.pr b{');
    expect(css).not.toContain('.tm{');
    const { createHash } = await import('node:crypto');
    expect(csp).toContain(`'sha256-${createHash('sha256').update(css).digest('base64')}'`);
    const plain = await renderContentPage(siteWithPages([page]), visit(), page);
    expect(styleText(plain.html)).not.toBe(css);
  });

  test('budgets: a typical page ≤ 14 KB gzip and the demo home ≤ 7 KB gzip, both without scripts', async () => {
    const site = withDemoPages(demo());
    for (const page of demoSnapshotPages()) {
      const { html } = await renderContentPage(site, visit(), page);
      expect(html).not.toMatch(/<script/i);
      expect(gzipSync(Buffer.from(html, 'utf8')).length, page.slug).toBeLessThanOrEqual(14 * 1024);
    }
    const home = await renderSitePage(site, visit());
    expect(home.html).not.toMatch(/<script/i);
    expect(gzipSync(Buffer.from(home.html, 'utf8')).length).toBeLessThanOrEqual(7 * 1024);
  });
});
