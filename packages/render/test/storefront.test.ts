import type { CatalogCourse, CatalogProduct, SiteSnapshot } from '@mewayz/contracts';
import { describe, expect, test } from 'vitest';
import {
  renderProductPage,
  renderSitemapXml,
  renderSitePage,
  renderStorePage,
  storeCategory,
  storeProduct,
} from '../src/index.ts';
import { block, body, elements, ORIGIN, product, shop, shopSite, visit } from './fixtures.ts';

const CANONICAL = 'https://alice.example.org';

/** A site whose shop holds exactly `products`. */
function siteSelling(...products: CatalogProduct[]): SiteSnapshot {
  return shopSite({ catalog: { ...shop(), products } });
}

async function productPage(site: SiteSnapshot, slug: string) {
  const page = await renderProductPage(site, visit({ canonicalOrigin: CANONICAL }), slug);
  if (!page) throw new Error(`no page for ${slug}`);
  return page.html;
}

/** The page's JSON-LD element: its text as served and the data it means. */
function jsonLd(html: string) {
  const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
  expect(scripts).toHaveLength(1);
  expect(scripts[0]![1]).toBe(' type="application/ld+json"');
  const text = scripts[0]![2]!;
  return { text, data: JSON.parse(text) as Record<string, unknown> & { offers: unknown } };
}

/** The attributes of the Buy form's field `name` (undefined when the form has none). */
function field(html: string, name: string) {
  return [...elements(html, 'input'), ...elements(html, 'select')].find((e) => e.name === name);
}

describe('product structured data', () => {
  test('prices as decimal strings with the currency’s own decimals, availability, absolute canonical URLs', async () => {
    const site = siteSelling(
      product({ slug: 'usd', currency: 'USD', price: 1999 }),
      product({ slug: 'yen', currency: 'JPY', price: 3000, images: [] }),
      product({ slug: 'dinar', currency: 'KWD', price: 1234, inStock: false }),
      product({ slug: 'small', currency: 'BHD', price: 5 }),
    );
    const usd = jsonLd(await productPage(site, 'usd')).data;
    expect(usd).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Product',
      name: 'Poster',
      description: 'A big poster.',
      image: [`${CANONICAL}/media/demo/product-tee.svg`],
      url: `${CANONICAL}/p/usd`,
      offers: {
        '@type': 'Offer',
        price: '19.99',
        priceCurrency: 'USD',
        availability: 'https://schema.org/InStock',
        url: `${CANONICAL}/p/usd`,
      },
    });
    const yen = jsonLd(await productPage(site, 'yen')).data;
    expect(yen.offers).toMatchObject({ price: '3000', priceCurrency: 'JPY' });
    expect(yen).not.toHaveProperty('image');
    expect(jsonLd(await productPage(site, 'dinar')).data.offers).toMatchObject({
      price: '1.234',
      priceCurrency: 'KWD',
      availability: 'https://schema.org/OutOfStock',
    });
    expect(jsonLd(await productPage(site, 'small')).data.offers).toMatchObject({ price: '0.005' });
  });

  test('one offer per variant, each with its own price and availability', async () => {
    const html = await productPage(shopSite(), 'studio-tee');
    const { data } = jsonLd(html);
    expect(data.offers).toEqual(
      ['S', 'L', 'XL'].map((name, i) => ({
        '@type': 'Offer',
        name,
        price: ['32.00', '32.00', '35.00'][i],
        priceCurrency: 'EUR',
        availability: `https://schema.org/${i === 1 ? 'OutOfStock' : 'InStock'}`,
        url: `${CANONICAL}/p/studio-tee`,
      })),
    );
    // Only images the site can serve: the demo artwork and a bucket key, never anything else.
    expect(data.image).toEqual([
      `${CANONICAL}/media/demo/product-tee.svg`,
      `${CANONICAL}/media/products/org_x/prod_tee/back01.png`,
    ]);
  });

  test('a hostile name or description cannot end the JSON-LD element or the page’s markup', async () => {
    const hostile = '</script><script>alert(1)</script><!-- & \u2028 "quoted" \'single\'';
    const site = siteSelling(
      product({
        slug: 'hostile',
        name: hostile,
        description: `${hostile}\n\n<img src=x onerror=alert(2)> [x](javascript:alert(3))`,
        seo: { noindex: false, title: hostile, description: hostile },
        images: [{ key: 'demo/product-tee.svg', alt: hostile }],
      }),
    );
    const html = await productPage(site, 'hostile');
    const { text, data } = jsonLd(html);
    expect(text).not.toMatch(/<\/?script|<!--|[<>&\u2028]/i);
    expect(data.name).toBe(hostile);
    expect(String(data.description)).toContain('</script><script>alert(1)</script>');
    // Everywhere else: escaped text, no element of the creator's, no script URL.
    const rest = html.replace(/<script type="application\/ld\+json">[\s\S]*?<\/script>/, '');
    expect(rest).not.toMatch(/<script|<img src=x|="javascript:/i);
    // The refused link stays as its text.
    expect(rest).toContain('[x](javascript:alert(3))');
    expect(rest).toContain('&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(rest).toContain(`<title>&lt;/script&gt;`);
  });
});

describe('product page', () => {
  test('the Buy form of a physical product with variants: only in-stock sizes can be chosen, a quantity', async () => {
    const html = await productPage(shopSite(), 'studio-tee');
    const forms = elements(html, 'form');
    expect(forms).toEqual([{ method: 'post', action: '/checkout', class: 'buy' }]);
    expect(field(html, 'product')).toMatchObject({ type: 'hidden', value: 'prod_tee' });
    expect(field(html, 'variant')).toMatchObject({ required: '' });
    expect(elements(html, 'option')).toEqual([
      { value: 'var_s' },
      { value: 'var_l', disabled: '' },
      { value: 'var_xl' },
    ]);
    expect(field(html, 'quantity')).toMatchObject({ type: 'number', min: '1', max: '1000', value: '1' });
    expect(field(html, 'amount')).toBeUndefined();
    // Nothing else is sent: every named control is one of the contract's fields.
    const names = [...elements(html, 'input'), ...elements(html, 'select')].map((e) => e.name);
    expect(names.sort()).toEqual(['product', 'quantity', 'variant']);
    expect(html).toContain('<b>From €32.00</b>');
  });

  test('a product with shipping rates asks where to ship, each destination by name with its price', async () => {
    const site = siteSelling(
      product({
        id: 'prod_print',
        slug: 'print',
        currency: 'EUR',
        shipping: [
          { country: 'DE', amount: 0 },
          { country: 'ES', amount: 500 },
          { country: 'AT', amount: 1250 },
        ],
      }),
      product({ slug: 'free' }),
    );
    const html = await productPage(site, 'print');
    expect(field(html, 'country')).toMatchObject({ required: '' });
    expect(elements(html, 'option')).toEqual([
      { value: '' },
      { value: 'AT' },
      { value: 'DE' },
      { value: 'ES' },
    ]);
    expect(html).toContain('Austria — €12.50');
    expect(html).toContain('Germany — free');
    expect(html).toContain('Spain — €5.00');
    // Free shipping to the platform's countries: the address is asked for by Stripe, nothing here.
    expect(field(await productPage(site, 'free'), 'country')).toBeUndefined();
    // A card on the bio page sends the buyer to the product page to choose.
    const bio = await renderSitePage(
      { ...site, blocks: [block('product', { productId: 'prod_print' }, { id: 'blk_print' })] },
      visit(),
    );
    const card = /<section id="b-blk_print"[\s\S]*?<\/section>/.exec(bio.html)?.[0] ?? '';
    expect(elements(card, 'form')).toEqual([]);
    expect(card).toContain('<a href="/p/print" class="buyb">Buy<span class="vh"> Poster</span></a>');
  });

  test('pay what you want: an amount in major units, at least the price, prefilled with the suggestion', async () => {
    const site = siteSelling(
      product({ slug: 'tip', kind: 'pay_what_you_want', price: 100, suggestedPrice: 550 }),
      product({ slug: 'yen', kind: 'pay_what_you_want', currency: 'JPY', price: 300, suggestedPrice: null }),
      product({ slug: 'fils', kind: 'pay_what_you_want', currency: 'KWD', price: 0, suggestedPrice: 2500 }),
    );
    const tip = await productPage(site, 'tip');
    expect(field(tip, 'amount')).toMatchObject({
      type: 'number',
      min: '1.00',
      value: '5.50',
      step: '0.01',
      max: '10000000.00',
      required: '',
      inputmode: 'decimal',
    });
    expect(field(tip, 'quantity')).toMatchObject({ type: 'hidden', value: '1' });
    expect(tip).toContain('Your price (USD, at least $1.00)');
    expect(tip).toContain('<p class="pr"><b>From $1.00</b><span>Pay what you want</span></p>');
    expect(field(await productPage(site, 'yen'), 'amount')).toMatchObject({
      min: '300',
      value: '300',
      step: '1',
    });
    const fils = await productPage(site, 'fils');
    expect(field(fils, 'amount')).toMatchObject({ min: '0.000', value: '2.500', step: '0.001' });
    expect(fils).toContain('Your price (KWD)</label>');
  });

  test('sold out: said so, and nothing can be bought', async () => {
    const site = siteSelling(
      product({ slug: 'gone', inStock: false, compareAtPrice: 2000 }),
      product({
        slug: 'sizes',
        inStock: false,
        variants: [
          {
            id: 'var_a',
            name: 'A',
            attributes: { size: 'A' },
            price: 1,
            compareAtPrice: null,
            inStock: false,
          },
        ],
      }),
    );
    for (const slug of ['gone', 'sizes']) {
      const html = await productPage(site, slug);
      expect(elements(html, 'form')).toEqual([]);
      expect(html).toContain('<span class="so">Sold out</span>');
      expect(elements(html, 'button')).toEqual([{ type: 'button', class: 'buyb', disabled: '' }]);
      expect(jsonLd(html).text).toContain('OutOfStock');
    }
    const gone = await productPage(site, 'gone');
    expect(gone).toContain('<s><span class="vh">Was </span>$20.00</s>');
    const store = (await renderStorePage(site, visit()))!.html;
    expect(store.match(/class="so">Sold out/g)).toHaveLength(2);
  });

  test('title, description and preview from the product’s SEO fields, else its name and text; noindex honoured', async () => {
    const site = siteSelling(
      product({ slug: 'plain' }),
      product({ slug: 'tuned', seo: { title: 'Best poster', description: 'Buy it.', noindex: true } }),
    );
    const plain = await productPage(site, 'plain');
    expect(plain).toContain('<title>Poster — Alice Rivera</title>');
    expect(plain).toContain('<meta name="description" content="A big poster."/>');
    expect(plain).toContain(`<meta property="og:image" content="${CANONICAL}/media/demo/product-tee.svg"/>`);
    expect(plain).not.toContain('noindex');
    const tuned = await productPage(site, 'tuned');
    expect(tuned).toContain('<title>Best poster</title>');
    expect(tuned).toContain('<meta property="og:description" content="Buy it."/>');
    expect(tuned).toContain('<meta name="robots" content="noindex"/>');
    // The site's own noindex covers its products too.
    const hidden = shopSite({ seo: { noindex: true } });
    expect(await productPage(hidden, 'studio-tee')).toContain('<meta name="robots" content="noindex"/>');
  });

  test('an unknown slug, a site without a shop, or a malformed entry has no page', async () => {
    expect(await renderProductPage(shopSite(), visit(), 'nope')).toBeNull();
    const withoutShop: SiteSnapshot = { ...shopSite(), catalog: undefined };
    expect(await renderProductPage(withoutShop, visit(), 'studio-tee')).toBeNull();
    expect(await renderStorePage(withoutShop, visit())).toBeNull();
    const broken = siteSelling(
      product({ slug: 'bad-currency', currency: 'XXX' }),
      product({ slug: 'bad-price', price: 1.5 }),
      product({ slug: 'Bad Slug' }),
      product({ slug: 'fine' }),
    );
    expect(storeProduct(broken, 'bad-currency')).toBeUndefined();
    expect(storeProduct(broken, 'bad-price')).toBeUndefined();
    expect(await renderProductPage(broken, visit(), 'Bad Slug')).toBeNull();
    expect(await renderProductPage(broken, visit(), 'fine')).not.toBeNull();
    // An empty shop is no shop.
    expect(await renderStorePage(siteSelling(), visit())).toBeNull();
  });

  test('zero scripts but the JSON-LD, a strict CSP, and images only from the site itself', async () => {
    const page = (await renderProductPage(shopSite(), visit(), 'studio-tee'))!;
    expect(page.csp).toContain("default-src 'none'");
    expect(page.csp).not.toMatch(/script-src|unsafe/);
    expect(jsonLd(page.html).text).toBeTruthy();
    for (const img of elements(body(page.html), 'img'))
      expect(
        img.src?.startsWith(`${ORIGIN}/media/`) || img.src?.startsWith('https://images.example.com/'),
      ).toBe(true);
  });
});

describe('store page', () => {
  test('all products, or a category with its subcategories; unknown categories have no page', async () => {
    const site = shopSite();
    const all = (await renderStorePage(site, visit()))!.html;
    expect(
      elements(all, 'a')
        .filter((a) => a.class === 'pc')
        .map((a) => a.href),
    ).toEqual(['/p/film-look-presets', '/p/studio-tee', '/p/tip-jar']);
    expect(all).toContain('<h1>Store</h1>');
    // Categories with something to show, the current one marked.
    const nav = elements(all, 'a').filter((a) => a.href?.startsWith('/store'));
    expect(nav.map((a) => [a.href, a['aria-current']])).toEqual([
      ['/store', 'page'],
      ['/store', 'page'],
      ['/store/digital', undefined],
      ['/store/merch', undefined],
      ['/store/tees', undefined],
    ]);
    const merch = (await renderStorePage(site, visit(), 'merch'))!.html;
    expect(merch).toContain('<h1>Merch</h1>');
    expect(
      elements(merch, 'a')
        .filter((a) => a.class === 'pc')
        .map((a) => a.href),
    ).toEqual(['/p/studio-tee']);
    expect(elements(merch, 'a').find((a) => a.href === '/store/merch')?.['aria-current']).toBe('page');
    expect(await renderStorePage(site, visit(), 'nope')).toBeNull();
    expect(storeCategory(site, 'tees')?.name).toBe('Tees');
    expect(storeCategory(site, 'nope')).toBeUndefined();
  });

  test('the sitemap lists the store and each indexable product page when there is a shop', () => {
    const site = siteSelling(product({ slug: 'shown' }), product({ slug: 'hidden', seo: { noindex: true } }));
    const xml = renderSitemapXml(site, CANONICAL, new Date('2025-01-01T00:00:00Z'));
    expect(
      [...xml.matchAll(/<loc>([^<]+)<\/loc><lastmod>([^<]+)<\/lastmod>/g)].map((m) => [m[1], m[2]]),
    ).toEqual([
      [`${CANONICAL}/`, '2025-01-01T00:00:00.000Z'],
      [`${CANONICAL}/store`, '2025-02-20T10:00:00.000Z'],
      [`${CANONICAL}/p/shown`, '2025-02-20T10:00:00.000Z'],
    ]);
    expect(renderSitemapXml(siteSelling(), CANONICAL, new Date())).not.toContain('/store');
    expect(renderSitemapXml(shopSite({ seo: { noindex: true } }), CANONICAL, new Date())).not.toContain(
      '<url>',
    );
  });
});

describe('product and collection blocks', () => {
  test('a product block is a card with its price and a Buy form; nothing for a product not in the shop', async () => {
    const site = shopSite({
      blocks: [
        block('product', { productId: 'prod_tip' }, { id: 'blk_tip' }),
        block('product', { productId: 'prod_gone' }, { id: 'blk_gone' }),
      ],
    });
    const { html } = await renderSitePage(site, visit());
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toContain('b-blk_gone');
    const card = /<section id="b-blk_tip"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
    expect(card).toContain('<a class="pn" href="/p/tip-jar">Tip Jar</a>');
    expect(elements(card, 'form')).toEqual([{ method: 'post', action: '/checkout', class: 'buy cp' }]);
    expect(field(card, 'amount')).toMatchObject({ id: 'b-blk_tip-a', min: '1.00', value: '5.00' });
    // The store's styles come with commerce blocks only.
    const plain = await renderSitePage(shopSite(), visit());
    expect(plain.html).not.toContain('.pk{');
    expect(html).toContain('.pk{');
  });

  test('a collection block shows the newest products of a category (or all), up to its limit, as a grid or list', async () => {
    const site = shopSite({
      blocks: [
        block('collection', { layout: 'grid', limit: 2 }, { id: 'blk_all' }),
        block('collection', { categoryId: 'cat_merch', layout: 'list', limit: 12 }, { id: 'blk_merch' }),
        block('collection', { categoryId: 'cat_gone', layout: 'grid', limit: 6 }, { id: 'blk_gone' }),
      ],
    });
    const html = body((await renderSitePage(site, visit())).html);
    const sections = [...html.matchAll(/<section class="cl"[\s\S]*?<\/section>/g)].map((m) => m[0]);
    expect(sections).toHaveLength(2);
    const hrefs = (s: string) => elements(s, 'a').map((a) => a.href);
    expect(hrefs(sections[0]!)).toEqual(['/p/film-look-presets', '/p/studio-tee', '/store']);
    expect(sections[0]).toContain('<ul class="pg">');
    expect(hrefs(sections[1]!)).toEqual(['/p/studio-tee', '/store/merch']);
    expect(sections[1]).toContain('<ul class="pl">');
    expect(sections[1]).toContain('All of Merch');
  });
});

describe('course blocks', () => {
  const course = (over: Partial<CatalogCourse>): CatalogCourse => ({
    id: 'crs_wheel',
    slug: 'wheel-throwing',
    title: 'Wheel throwing',
    description: 'From a lump of **clay** to your first bowl. '.repeat(6),
    thumbnailKey: null,
    level: 'beginner',
    category: null,
    currency: 'EUR',
    price: 0,
    modules: [
      {
        id: 'cmod_1',
        title: 'Start',
        lessons: [1, 2, 3].map((n) => ({
          id: `les_${n}`,
          slug: `l${n}`,
          title: `L${n}`,
          durationMinutes: null,
          freePreview: false,
        })),
      },
    ],
    ...over,
  });
  const courses = [
    course({}),
    course({
      id: 'crs_glaze',
      slug: 'glaze',
      title: 'Glaze <chemistry>',
      price: 4900,
      level: 'advanced',
      thumbnailKey: 'demo/product-tee.svg',
    }),
    course({ id: 'crs_bad', slug: 'Not A Slug', title: 'Malformed' }),
  ];

  test('a card per course with thumbnail, title, summary, level, lessons and price, linking to its sales page', async () => {
    const site = shopSite({
      catalog: { ...shop(), courses },
      blocks: [
        block('course', { courseId: 'crs_glaze', limit: 3 }, { id: 'blk_one' }),
        block('course', { limit: 2 }, { id: 'blk_all' }),
        block('course', { courseId: 'crs_gone', limit: 3 }, { id: 'blk_gone' }),
        block('course', { courseId: 'crs_bad', limit: 3 }, { id: 'blk_bad' }),
      ],
    });
    const { html } = await renderSitePage(site, visit());
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toContain('b-blk_gone');
    expect(html).not.toContain('b-blk_bad');
    const section = (id: string) =>
      new RegExp(`<section id="b-${id}"[\\s\\S]*?</section>`).exec(html)?.[0] ?? '';
    const one = section('blk_one');
    expect(elements(one, 'a').map((a) => a.href)).toEqual(['/courses/glaze']);
    expect(one).toContain('Glaze &lt;chemistry&gt;');
    expect(one).toContain('€49.00');
    expect(one).toContain('Advanced · 3 lessons');
    expect(elements(one, 'img')).toEqual([
      expect.objectContaining({ src: `${ORIGIN}/media/demo/product-tee.svg` }),
    ]);
    const all = section('blk_all');
    expect(elements(all, 'a').map((a) => a.href)).toEqual(['/courses/wheel-throwing', '/courses/glaze']);
    expect(all).toContain('Free');
    // Markdown is plain text on a card, and a long description is cut short.
    expect(all).toContain('From a lump of clay to your first bowl.');
    expect(all).toContain('…');
    expect(all).toContain('<span class="ckp" aria-hidden="true">W</span>');
    // Course card styles come with course blocks only.
    expect(html).toContain('.ck{');
    expect((await renderSitePage(shopSite(), visit())).html).not.toContain('.ck{');
  });
});
