import type { CatalogProduct, SiteSnapshot, SnapshotBlock, SnapshotCatalog } from '@mewayz/contracts';
import { expect } from 'vitest';
import { demoSnapshot } from '../src/demo-snapshot.ts';
import { blockLinkTargets } from '../src/outbound-links.ts';
import type { SitePageOptions } from '../src/site-page.tsx';

export const ORIGIN = 'http://alice.mewayz.localhost:8787';

/** Request options for a plain visit to the demo site. */
export function visit(overrides: Partial<SitePageOptions> = {}): SitePageOptions {
  return {
    now: new Date('2025-03-01T12:00:00Z'),
    origin: ORIGIN,
    canonicalOrigin: ORIGIN,
    ageConfirmed: false,
    ...overrides,
  };
}

/** The demo snapshot. */
export function demo(): SiteSnapshot {
  return demoSnapshot({ organizationId: 'org_test', siteId: 'site_test' });
}

type AnyData = Record<string, unknown>;

/** A block of any kind; `data` is deliberately loose so tests can smuggle in what validation would reject. */
export function block(
  type: SnapshotBlock['type'],
  data: AnyData,
  extra: Partial<SnapshotBlock> = {},
): SnapshotBlock {
  return {
    id: `blk_${type}`,
    type,
    data,
    featured: false,
    sensitive: false,
    startsAt: null,
    endsAt: null,
    ...extra,
  } as SnapshotBlock;
}

/** A snapshot of the demo profile with exactly `blocks`. */
export function siteWith(blocks: SnapshotBlock[], patch: Partial<SiteSnapshot> = {}): SiteSnapshot {
  return { ...demo(), blocks, ...patch };
}

/** Attribute maps of every `<tag …>` in `html` (the renderer always double-quotes and escapes attributes). */
export function elements(html: string, tag: string): Record<string, string>[] {
  const out: Record<string, string>[] = [];
  for (const m of html.matchAll(new RegExp(`<${tag}(\\s[^>]*)?>`, 'gi'))) {
    const attrs: Record<string, string> = {};
    for (const a of (m[1] ?? '').matchAll(/([\w:-]+)="([^"]*)"/g)) attrs[a[1]!] = a[2]!;
    out.push(attrs);
  }
  return out;
}

/** The text of the page's `<style>` element, exactly as served. */
export function styleText(html: string): string {
  const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)];
  if (styles.length !== 1) throw new Error(`expected one <style>, found ${styles.length}`);
  return styles[0]![1]!;
}

/** The `<body>` of a document. */
export function body(html: string): string {
  return /<body>([\s\S]*)<\/body>/.exec(html)?.[1] ?? '';
}

/** Where a page's `/go/<block>[/<n>]` href sends the visitor, as the edge resolves it; null when nowhere. */
export function targetOf(site: SiteSnapshot, href: string | undefined): string | null {
  const m = /^\/go\/([^/?#]+)(?:\/(\d+))?$/.exec(href ?? '');
  if (!m) return null;
  const block = site.blocks.find((b) => b.id === decodeURIComponent(m[1]!));
  return (block && blockLinkTargets(block)[Number(m[2] ?? 0)]) ?? null;
}

/** A product of the test shop: a physical one in USD unless told otherwise. */
export function product(patch: Partial<CatalogProduct> = {}): CatalogProduct {
  return {
    id: 'prod_test',
    kind: 'physical',
    name: 'Poster',
    slug: 'poster',
    description: 'A **big** poster.',
    currency: 'USD',
    price: 1500,
    compareAtPrice: null,
    suggestedPrice: null,
    seo: { noindex: false },
    images: [{ key: 'demo/product-tee.svg', alt: 'A poster on a wall' }],
    variants: [],
    inStock: true,
    categories: [],
    shipping: [],
    ...patch,
  };
}

/** The test shop: a download, a tee with sizes (L sold out), a tip jar; categories Digital and Merch > Tees. */
export function shop(): SnapshotCatalog {
  return {
    compiledAt: '2025-02-20T10:00:00.000Z',
    truncated: false,
    categories: [
      { id: 'cat_digital', name: 'Digital', slug: 'digital', parentId: null },
      { id: 'cat_merch', name: 'Merch', slug: 'merch', parentId: null },
      { id: 'cat_tees', name: 'Tees', slug: 'tees', parentId: 'cat_merch' },
    ],
    products: [
      product({
        id: 'prod_presets',
        kind: 'digital',
        name: 'Film Look Presets',
        slug: 'film-look-presets',
        description: 'Twelve **Lightroom presets**.\n\n- Desktop and mobile\n- Lifetime updates',
        price: 1900,
        compareAtPrice: 2900,
        images: [{ key: 'demo/product-presets.svg', alt: 'Three photo cards' }],
        categories: ['digital'],
      }),
      product({
        id: 'prod_tee',
        name: 'Studio Tee',
        slug: 'studio-tee',
        description: 'Heavyweight organic cotton.',
        currency: 'EUR',
        price: 3200,
        images: [
          { key: 'demo/product-tee.svg', alt: 'A black tee' },
          { key: 'products/org_x/prod_tee/back01.png', alt: 'Its back' },
        ],
        variants: [
          {
            id: 'var_s',
            name: 'S',
            attributes: { size: 'S' },
            price: 3200,
            compareAtPrice: null,
            inStock: true,
          },
          {
            id: 'var_l',
            name: 'L',
            attributes: { size: 'L' },
            price: 3200,
            compareAtPrice: null,
            inStock: false,
          },
          {
            id: 'var_xl',
            name: 'XL',
            attributes: { size: 'XL' },
            price: 3500,
            compareAtPrice: null,
            inStock: true,
          },
        ],
        categories: ['tees'],
      }),
      product({
        id: 'prod_tip',
        kind: 'pay_what_you_want',
        name: 'Tip Jar',
        slug: 'tip-jar',
        description: 'Buy me a coffee.',
        price: 100,
        suggestedPrice: 500,
        images: [],
      }),
    ],
  };
}

/** The demo site with the test shop. */
export function shopSite(patch: Partial<SiteSnapshot> = {}): SiteSnapshot {
  return { ...demo(), catalog: shop(), ...patch };
}

/** No script element, no event-handler attribute, and every URL attribute is a safe kind of URL. */
export function assertInert(html: string) {
  expect(html).not.toMatch(/<script/i);
  const tagsWithoutValues = html.replace(/="[^"]*"/g, '=""');
  expect(tagsWithoutValues).not.toMatch(/<[^>]*\son[a-z]+=/i);
  expect(tagsWithoutValues).not.toMatch(/<img src=x/i);
  for (const m of html.matchAll(/\s(href|src|action|formaction|content)="([^"]*)"/gi)) {
    if (m[1] === 'content' && !/:/.test(m[2]!)) continue;
    expect(m[2], m[0]).not.toMatch(/^\s*(javascript|vbscript|data:text)/i);
    if (m[1] !== 'content') expect(m[2], m[0]).toMatch(/^(\/|\?|https?:|mailto:|tel:|data:image\/svg\+xml,)/);
  }
}
