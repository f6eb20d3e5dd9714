import { commerceService, sitesService, type TenantScope } from '@mewayz/core';
import { dbOf } from '@mewayz/core/admin';
import { analyticsEvents } from '@mewayz/db/schema';
import { seedDemoCatalog } from '@mewayz/devstack';
import {
  createPublishedSite,
  createTestOrg,
  type EdgeHarness,
  eventually,
  startEdge,
  testActor,
  visibleBlock,
} from '@mewayz/testing';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawExchange } from './raw-http.ts';

let edge: EdgeHarness;
beforeAll(async () => {
  edge = await startEdge({ edgeVars: { EDGE_DEBUG_HEADERS: 'on' } });
});
afterAll(() => edge?.dispose());

const chrome =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const block = visibleBlock;

/** An organization with the demo shop and a published site showing it; the products by slug. */
async function shopSite(opts: { settings?: { sensitive?: boolean } } = {}) {
  const scope = await createTestOrg(edge.deps);
  await seedDemoCatalog(edge.deps, scope, testActor);
  const list = await commerceService.listProducts(edge.deps, scope, {}, { page: 1, perPage: 10 });
  const bySlug = Object.fromEntries(list.items.map((p) => [p.slug, p]));
  const tee = bySlug['studio-tee']!;
  const published = await createPublishedSite(edge.deps, scope, {
    ...opts,
    blocks: [
      block({ type: 'header', data: { text: 'Shop' } }),
      block({ type: 'collection', data: { layout: 'grid', limit: 3 } }),
      block({ type: 'product', data: { productId: tee.id } }),
    ],
  });
  return { ...published, scope, bySlug, tee };
}

async function page(host: string, path: string, init: RequestInit = {}) {
  const res = await edge.fetch(`http://${host}${path}`, init);
  return { res, html: await res.text() };
}

/** The JSON-LD of a page, parsed. */
function jsonLd(html: string): Record<string, unknown> {
  const m = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html);
  if (!m) throw new Error('no JSON-LD');
  return JSON.parse(m[1]!);
}

describe('the store on the site host', () => {
  it('serves /store and a category with every product, its price, picture and link, in the site theme', async () => {
    const { host } = await shopSite();
    const { res, html } = await page(host, '/store');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(html).not.toMatch(/<script/i);
    for (const slug of ['studio-tee', 'film-look-presets', 'tip-jar'])
      expect(html).toContain(`href="/p/${slug}"`);
    expect(html).toContain('€32.00');
    expect(html).toContain('<b>$19.00</b>');
    expect(html).toContain('<span class="vh">Was </span>$29.00');
    expect(html).toContain('<b>From $1.00</b><span>Pay what you want</span>');
    expect(html).toContain(`src="http://${host}/media/demo/product-tee.svg"`);
    expect(html).toContain('<link rel="canonical" href="http://');
    expect(html).toContain(`href="http://${host}/store"`);
    expect(html).toMatch(/<a href="\/store" aria-current="page">All<\/a>/);
    const merch = await page(host, '/store/merch');
    expect(merch.res.status).toBe(200);
    expect(merch.html).toContain('<h1>Merch</h1>');
    expect(merch.html).toContain('href="/p/studio-tee"');
    expect(merch.html).not.toContain('href="/p/film-look-presets"');
    expect(merch.html).toMatch(/<a href="\/store\/merch" aria-current="page">Merch<\/a>/);
  });

  it('serves a product page: pictures, price, description, the Buy form, and Product data for search engines', async () => {
    const { host, tee } = await shopSite();
    const { res, html } = await page(host, '/p/studio-tee');
    expect(res.status).toBe(200);
    expect(html).toContain('<title>Studio Tee — Alice Rivera</title>');
    expect(html).toContain(`<link rel="canonical" href="http://${host}/p/studio-tee"/>`);
    expect(html).toContain('<meta property="og:type" content="product"/>');
    expect(html).toContain('<form method="post" action="/checkout" class="buy">');
    expect(html).toContain(`<input type="hidden" name="product" value="${tee.id}"/>`);
    const sizes = [...html.matchAll(/<option value="(var_[^"]+)"( disabled="")?>([^<]*)<\/option>/g)];
    expect(sizes.map((m) => [m[3], Boolean(m[2])])).toEqual([
      ['S — €32.00', false],
      ['M — €32.00', false],
      ['L — €32.00 (sold out)', true],
      ['XL — €35.00', false],
    ]);
    expect(sizes.map((m) => m[1])).toEqual(tee.variants.map((v) => v.id));
    expect(html).toMatch(/<input id="buy-q" type="number" name="quantity" value="1" min="1" max="1000"/);
    const data = jsonLd(html);
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Product',
      name: 'Studio Tee',
      url: `http://${host}/p/studio-tee`,
      image: [`http://${host}/media/demo/product-tee.svg`],
    });
    expect(
      (data.offers as Record<string, string>[]).map((o) => [o.price, o.priceCurrency, o.availability]),
    ).toEqual([
      ['32.00', 'EUR', 'https://schema.org/InStock'],
      ['32.00', 'EUR', 'https://schema.org/InStock'],
      ['32.00', 'EUR', 'https://schema.org/OutOfStock'],
      ['35.00', 'EUR', 'https://schema.org/InStock'],
    ]);
    // The picture it shows is served by the site itself.
    const picture = await edge.fetch(`http://${host}/media/demo/product-tee.svg`);
    expect(picture.status).toBe(200);
    expect(picture.headers.get('content-type')).toBe('image/svg+xml');

    const tip = await page(host, '/p/tip-jar');
    expect(tip.html).toMatch(
      /<input id="buy-a" type="number" name="amount" value="5.00" min="1.00" max="10000000.00" step="0.01"/,
    );
    expect(tip.html).toContain('<input type="hidden" name="quantity" value="1"/>');
    expect(tip.html).not.toContain('name="variant"');
    const presets = await page(host, '/p/film-look-presets');
    expect(presets.html).toContain('<strong>Lightroom presets</strong>');
    expect(presets.html).toContain('<li>Desktop and mobile</li>');
  });

  it('shows the product and collection blocks on the bio page, with zero scripts', async () => {
    const { host, tee } = await shopSite();
    const { html } = await page(host, '/');
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('href="/p/film-look-presets"');
    expect(html).toContain('Visit the store');
    // The product block: the tee ships at a price per country, so its card sends the buyer to the
    // product page, whose Buy form asks for the size and where to ship.
    const card = html.slice(html.indexOf('<div class="pk">'));
    expect(card).toContain('<a href="/p/studio-tee" class="buyb">Buy<span class="vh"> Studio Tee</span></a>');
    expect(card.slice(0, card.indexOf('</div>'))).not.toContain('<form');
    const product = (await page(host, '/p/studio-tee')).html;
    expect(product).toContain(`<input type="hidden" name="product" value="${tee.id}"/>`);
    expect(product).toContain('name="variant"');
    expect(product).toContain('<option value="PT">Portugal — free</option>');
    expect(product).toContain('<option value="ES">Spain — €5.00</option>');
    expect(product).toContain('<option value="DE">Germany — €12.00</option>');
  });

  it('serves the second request from the edge cache, and a catalog change on the very next request without publishing the draft', async () => {
    const { host, scope, site, tee } = await shopSite();
    const first = await page(host, '/p/studio-tee');
    expect(first.res.headers.get('x-mewayz-cache')).toBe('MISS');
    let again = await page(host, '/p/studio-tee');
    for (let i = 0; i < 20 && again.res.headers.get('x-mewayz-cache') !== 'HIT'; i++)
      again = await page(host, '/p/studio-tee');
    expect(again.res.headers.get('x-mewayz-cache')).toBe('HIT');
    expect(again.res.headers.get('etag')).toBe(first.res.headers.get('etag'));

    // Draft edits that must stay off the web.
    await sitesService.updateSite(edge.deps, scope, testActor, site.id, { name: 'Unpublished Name' });
    await sitesService.createBlock(
      edge.deps,
      scope,
      testActor,
      site.id,
      block({ type: 'header', data: { text: 'Draft heading' } }),
    );
    await commerceService.updateProduct(edge.deps, scope, testActor, tee.id, { compareAtPrice: 5000 });
    for (const v of tee.variants)
      await commerceService.updateVariant(edge.deps, scope, testActor, tee.id, v.id, { price: 2900 });
    const fresh = await page(host, '/p/studio-tee');
    expect(fresh.html).toContain('<b>€29.00</b>');
    expect(fresh.html).not.toContain('€32.00');
    expect(fresh.res.headers.get('etag')).not.toBe(first.res.headers.get('etag'));
    expect(fresh.html).not.toContain('Unpublished Name');
    const home = await page(host, '/');
    expect(home.html).toContain('€29.00');
    expect(home.html).not.toContain('Unpublished Name');
    expect(home.html).not.toContain('Draft heading');

    // Deleted: its page is gone at once, and so is its block.
    await commerceService.deleteProduct(edge.deps, scope, testActor, tee.id);
    expect((await page(host, '/p/studio-tee')).res.status).toBe(404);
    expect((await page(host, '/')).html).not.toContain('<div class="pk">');
  });

  it('answers 404 (never kept) for unknown and hostile slugs, and for a site without products', async () => {
    const { host } = await shopSite();
    const paths = [
      '/p/no-such-product',
      '/p/Studio-Tee',
      '/p/studio-tee-',
      `/p/${'a'.repeat(101)}`,
      `/p/${'a'.repeat(5000)}`,
      '/p/%2E%2E%2Fstore',
      '/p/studio%2Ftee',
      '/p/studio-tee%00',
      '/p/%F0%9F%98%80',
      '/p/%',
      '/p/',
      '/p/studio-tee/',
      '/p/studio-tee/extra',
      '/store/',
      '/store/no-such-category',
      '/store/..%2F..%2Fetc',
      '/store/merch/tees',
      '/store/<script>',
    ];
    for (const path of paths) {
      const res = await edge.fetch(`http://${host}${path}`);
      expect(res.status, path).toBe(404);
      expect(res.headers.get('cache-control'), path).toBe('no-store');
      await res.text();
    }
    // Dot segments as sent on the wire, not as a URL parser would resolve them first.
    const port = Number(new URL(await edge.mf.ready).port);
    for (const path of ['/p/..', '/p/%2e%2e', '/p/.%2E/', '/store/..', '/p/./studio-tee/..']) {
      const request = `GET ${path} HTTP/1.1\r\nHost: ${host}\r\nAccept-Encoding: identity\r\nConnection: close\r\n\r\n`;
      const answer = (await rawExchange(port, request)).responses[0];
      // The runtime resolves them (to the bio page, or /p/ which is nothing); never to a product page.
      expect([200, 404], path).toContain(answer?.status);
      const body = answer?.body.toString('utf8') ?? '';
      expect(body, path).toContain('</html>');
      expect(body, path).not.toContain('<meta property="og:type" content="product"/>');
    }
    // Query strings do not make new cache entries: the known page, from the cache.
    await page(host, '/store');
    const queried = await page(host, '/store?utm_source=x&page=2&variant=junk');
    expect(queried.res.status).toBe(200);
    expect(queried.res.headers.get('x-mewayz-cache')).toBe('HIT');

    const bare = await createPublishedSite(edge.deps, await createTestOrg(edge.deps));
    expect((await page(bare.host, '/store')).res.status).toBe(404);
    expect((await page(bare.host, '/p/studio-tee')).res.status).toBe(404);
    expect((await page(bare.host, '/sitemap.xml')).html).not.toContain('/store');
  });

  it('never answers 5xx to hostile requests on store paths', async () => {
    const { host } = await shopSite();
    const requests: [string, RequestInit?][] = [
      ['/p/studio-tee', { method: 'POST', body: 'x' }],
      ['/p/studio-tee', { method: 'HEAD' }],
      ['/p/studio-tee', { method: 'PUT' }],
      ['/p/studio-tee', { headers: { cookie: 'mwz_age=1; mwz_age=%ZZ' } }],
      ['/p/studio-tee', { headers: { 'if-none-match': '"'.repeat(4000) } }],
      ['/p/studio-tee', { headers: { 'accept-encoding': 'gzip;q=abc, *;q=-1' } }],
      ['/store?' + 'a='.repeat(3000)],
      ['/store/%C0%AE%C0%AE'],
      ['/store/%ff'],
      ['/p/%ED%A0%80'],
      ['/p/a%0d%0aSet-Cookie:x=1'],
      ['/p/' + encodeURIComponent('</script><script>alert(1)</script>')],
      ['/media/products/../../secret.png'],
      ['/media/products/org_x/prod_x/%2e%2e.png'],
      ['/media/products/org_x/prod_x/abc.svg'],
      ['/checkout', { method: 'GET' }],
    ];
    for (const [path, init] of requests) {
      const res = await edge.fetch(`http://${host}${path}`, init);
      expect(res.status, `${init?.method ?? 'GET'} ${path}`).toBeLessThan(500);
      await res.arrayBuffer();
    }
  });

  it('lists the store and each product page in the sitemap, without noindex products', async () => {
    const { host, scope, bySlug } = await shopSite();
    await commerceService.updateProduct(edge.deps, scope, testActor, bySlug['tip-jar']!.id, {
      seo: { noindex: true },
    });
    const sitemap = (await page(host, '/sitemap.xml')).html;
    expect(sitemap).toContain(`<loc>http://${host}/</loc>`);
    expect(sitemap).toContain(`<loc>http://${host}/store</loc>`);
    expect(sitemap).toContain(`<loc>http://${host}/p/studio-tee</loc>`);
    expect(sitemap).toContain(`<loc>http://${host}/p/film-look-presets</loc>`);
    expect(sitemap).not.toContain('/p/tip-jar');
    expect((await page(host, '/p/tip-jar')).html).toContain('<meta name="robots" content="noindex"/>');
  });

  it('counts a store or product page as a view of the site', async () => {
    const { host, site } = await shopSite();
    const views = async () =>
      (
        await dbOf(edge.deps)
          .select()
          .from(analyticsEvents)
          .where(and(eq(analyticsEvents.siteId, site.id), eq(analyticsEvents.kind, 'view')))
      ).length;
    for (const path of ['/store', '/store/merch', '/p/studio-tee', '/p/no-such-product'])
      await page(host, path, { headers: { 'user-agent': chrome } });
    await eventually(async () => (await views()) >= 3);
    await new Promise((r) => setTimeout(r, 300));
    expect(await views()).toBe(3);
  });

  it('gates every store page of a sensitive site, like its bio page', async () => {
    const { host } = await shopSite({ settings: { sensitive: true } });
    const gated = await page(host, '/p/studio-tee');
    expect(gated.html).toContain('action="/age-confirm"');
    expect(gated.html).not.toContain('action="/checkout"');
    expect((await page(host, '/store')).html).not.toContain('Studio Tee');
    const confirmed = await page(host, '/p/studio-tee', { headers: { cookie: 'mwz_age=1' } });
    expect(confirmed.html).toContain('action="/checkout"');
  });

  it('serves product pictures uploaded to the media bucket', async () => {
    const { host, scope, tee } = await shopSite();
    const bucket = await edge.mf.getR2Bucket('MEDIA');
    const key = `products/${scope.orgId}/${tee.id}/front01.png`;
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    await bucket.put(key, png);
    await commerceService.addProductImage(edge.deps, scope as TenantScope, testActor, tee.id, {
      key,
      alt: 'Front',
    });
    const { html } = await page(host, '/p/studio-tee');
    expect(html).toContain(`src="http://${host}/media/${key}"`);
    const res = await edge.fetch(`http://${host}/media/${key}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(png);
  });
});
