import type { SiteSnapshot } from '@mewayz/contracts';
import { maxCatalogProducts } from '@mewayz/contracts';
import { domains, products, sites } from '@mewayz/db/schema';
import {
  createPublishedSite,
  createTestOrg,
  failureOf,
  nodeDeps,
  uniqueSlug,
  visibleBlock,
} from '@mewayz/testing';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { newId } from '../ids.ts';
import {
  compileSnapshot,
  createBlock,
  createSite,
  publishSite,
  syncPublishedHosts,
  updateBlock,
  updateSite,
} from '../sites/service.ts';
import type { TenantScope } from '../tenancy/scope.ts';
import { createCategory, deleteCategory } from './categories.ts';
import { createProduct, deleteProduct, getProduct, updateProduct } from './products.ts';
import { compileCatalog, refreshPublishedCatalog } from './storefront.ts';
import { addProductImage, createVariant, updateVariant } from './variants.ts';

const deps = nodeDeps();
const actor = { userId: null, requestId: 'req_test' };
const block = visibleBlock;

/** A download of `scope` named `name` (a dollar, unless `extra` says otherwise). */
const download = (scope: TenantScope, name: string, extra: object = {}) =>
  createProduct(deps, scope, actor, { kind: 'digital', name, currency: 'USD', price: 100, ...extra });

async function published(siteId: string, scope: TenantScope) {
  const row = await scope.first(sites, eq(sites.id, siteId));
  return { version: row!.publishedVersion, snapshot: row!.publishedSnapshot as SiteSnapshot };
}

describe('the catalog in published snapshots', () => {
  it('carries active products newest first with what a page needs, never stock counts, SKUs or files', async () => {
    const scope = await createTestOrg(deps);
    const merch = await createCategory(deps, scope, actor, { name: 'Merch', position: 5 });
    const tees = await createCategory(deps, scope, actor, { name: 'Tees', parentId: merch.id });
    const digital = await createCategory(deps, scope, actor, { name: 'Digital' });
    const zine = await createProduct(deps, scope, actor, {
      kind: 'digital',
      name: 'Zine',
      currency: 'USD',
      price: 500,
      sku: 'ZINE-1',
      categoryIds: [digital.id],
      download: { fileKey: 'files/secret-zine.pdf', downloadLimit: 3, linkExpiryHours: 24 },
    });
    const tee = await createProduct(deps, scope, actor, {
      kind: 'physical',
      name: 'Tee',
      currency: 'JPY',
      price: 3000,
      compareAtPrice: 4000,
      categoryIds: [tees.id],
      shippingRates: [
        { country: 'JP', amount: 0 },
        { country: '*', amount: 1500 },
      ],
    });
    await createVariant(deps, scope, actor, tee.id, { attributes: { size: 'S' }, stock: 7, sku: 'TEE-S' });
    await createVariant(deps, scope, actor, tee.id, { attributes: { size: 'M' }, stock: 0 });
    await addProductImage(deps, scope, actor, tee.id, { key: 'demo/product-tee.svg', alt: 'Front' });
    const hidden = await createProduct(deps, scope, actor, {
      kind: 'physical',
      name: 'Hidden',
      currency: 'USD',
      price: 100,
      active: false,
    });
    const gone = await createProduct(deps, scope, actor, {
      kind: 'pay_what_you_want',
      name: 'Gone',
      currency: 'USD',
      minPrice: 0,
    });
    await deleteProduct(deps, scope, actor, gone.id);

    const catalog = await compileCatalog(scope, new Date('2025-05-01T00:00:00Z'), ['US', 'JP', 'KR']);
    expect(catalog.compiledAt).toBe('2025-05-01T00:00:00.000Z');
    expect(catalog.truncated).toBe(false);
    expect(catalog.products.map((p) => p.name)).toEqual(['Tee', 'Zine']);
    expect(catalog.products.map((p) => p.id)).not.toContain(hidden.id);
    expect(catalog.products[0]).toEqual({
      id: tee.id,
      kind: 'physical',
      name: 'Tee',
      slug: 'tee',
      description: '',
      currency: 'JPY',
      price: 3000,
      compareAtPrice: 4000,
      suggestedPrice: null,
      seo: { noindex: false },
      images: [{ key: 'demo/product-tee.svg', alt: 'Front' }],
      variants: [
        expect.objectContaining({ name: 'S', attributes: { size: 'S' }, price: 3000, inStock: true }),
        expect.objectContaining({ name: 'M', inStock: false }),
      ],
      inStock: true,
      categories: ['tees'],
      // `*` stands for each of the platform's countries that no rate names.
      shipping: [
        { country: 'JP', amount: 0 },
        { country: 'KR', amount: 1500 },
        { country: 'US', amount: 1500 },
      ],
    });
    expect(catalog.products[1]).toMatchObject({ id: zine.id, categories: ['digital'], inStock: true });
    const text = JSON.stringify(catalog);
    for (const secret of ['ZINE-1', 'TEE-S', 'secret-zine', '"stock"', '"sku"'])
      expect(text).not.toContain(secret);
    // Parents before their children, siblings by position.
    expect(catalog.categories.map((c) => [c.slug, c.parentId])).toEqual([
      ['digital', null],
      ['merch', null],
      ['tees', merch.id],
    ]);
  });

  it(`carries at most ${maxCatalogProducts} products and says when there are more`, async () => {
    const scope = await createTestOrg(deps);
    const base = Date.UTC(2025, 0, 1);
    await scope.insert(
      products,
      Array.from({ length: maxCatalogProducts + 1 }, (_, i) => ({
        id: newId('product'),
        kind: 'digital' as const,
        name: `Item ${i}`,
        slug: `item-${i}`,
        description: '',
        currency: 'EUR',
        price: 100 + i,
        seo: { noindex: false },
        createdAt: new Date(base + i * 1000),
      })),
    );
    const catalog = await compileCatalog(scope);
    expect(catalog.products).toHaveLength(maxCatalogProducts);
    expect(catalog.truncated).toBe(true);
    // The newest first: the oldest one is the one left out.
    expect(catalog.products[0]!.slug).toBe(`item-${maxCatalogProducts}`);
    expect(catalog.products.map((p) => p.slug)).not.toContain('item-0');
  });

  it('publishes the catalog with the site, and leaves out product blocks of products it does not show', async () => {
    const scope = await createTestOrg(deps);
    const mine = await download(scope, 'Mine');
    const off = await download(scope, 'Off', { active: false });
    const doomed = await download(scope, 'Doomed');
    const { site } = await createPublishedSite(deps, scope, {
      blocks: [
        block({ type: 'product', data: { productId: mine.id } }),
        block({ type: 'product', data: { productId: off.id } }),
        block({ type: 'product', data: { productId: doomed.id } }),
        block({ type: 'collection', data: { layout: 'list', limit: 3 } }),
      ],
    });
    await deleteProduct(deps, scope, actor, doomed.id);
    await publishSite(deps, scope, actor, site.id);
    const { snapshot } = await published(site.id, scope);
    expect(snapshot.blocks.map((b) => [b.type, b.data])).toEqual([
      ['product', { productId: mine.id }],
      ['collection', { layout: 'list', limit: 3 }],
    ]);
    expect(snapshot.catalog?.products.map((p) => p.name)).toEqual(['Mine']);
  });

  it('takes product and collection blocks only of the workspace’s own products and categories (404 otherwise)', async () => {
    const scope = await createTestOrg(deps);
    const other = await createTestOrg(deps);
    const { site } = await createPublishedSite(deps, scope, { blocks: [] });
    const theirs = await download(other, 'Theirs');
    const theirShelf = await createCategory(deps, other, actor, { name: 'Theirs' });
    const gone = await download(scope, 'Gone');
    await deleteProduct(deps, scope, actor, gone.id);
    for (const productId of [theirs.id, gone.id])
      expect(
        await failureOf(
          createBlock(deps, scope, actor, site.id, block({ type: 'product', data: { productId } })),
        ),
      ).toEqual([404, 'not_found', undefined]);
    expect(
      await failureOf(
        createBlock(
          deps,
          scope,
          actor,
          site.id,
          block({ type: 'collection', data: { layout: 'list', limit: 3, categoryId: theirShelf.id } }),
        ),
      ),
    ).toEqual([404, 'not_found', undefined]);

    // The workspace's own (an inactive product too) are taken, and an update cannot swap in a foreign id.
    const off = await download(scope, 'Off', { active: false });
    const shelf = await createCategory(deps, scope, actor, { name: 'Shelf' });
    const card = await createBlock(
      deps,
      scope,
      actor,
      site.id,
      block({ type: 'product', data: { productId: off.id } }),
    );
    await createBlock(
      deps,
      scope,
      actor,
      site.id,
      block({ type: 'collection', data: { layout: 'list', limit: 3, categoryId: shelf.id } }),
    );
    expect(
      await failureOf(updateBlock(deps, scope, actor, site.id, card.id, { data: { productId: theirs.id } })),
    ).toEqual([404, 'not_found', undefined]);
  });
});

describe('refreshPublishedCatalog', () => {
  it('gives every published site a new version with the new catalog, never the draft, and only when the shop changed', async () => {
    const scope = await createTestOrg(deps);
    const tee = await createProduct(deps, scope, actor, {
      kind: 'physical',
      name: 'Tee',
      currency: 'USD',
      price: 2000,
    });
    const { site } = await createPublishedSite(deps, scope, {
      blocks: [block({ type: 'header', data: { text: 'Live' } })],
    });
    const before = await deps.redis.get<SiteSnapshot>(`site:${site.slug}.mewayz.localhost`);
    expect(before?.version).toBe(1);
    // Draft edits that must stay unpublished.
    await updateSite(deps, scope, actor, site.id, { name: 'Draft name' });
    await createBlock(deps, scope, actor, site.id, block({ type: 'header', data: { text: 'Draft block' } }));

    await updateProduct(deps, scope, actor, tee.id, { price: 2500 });
    const after = await published(site.id, scope);
    expect(after.version).toBe(2);
    expect(after.snapshot.version).toBe(2);
    expect(after.snapshot.catalog?.products[0]?.price).toBe(2500);
    expect(after.snapshot.profile.name).not.toBe('Draft name');
    expect(after.snapshot.blocks.map((b) => b.data)).toEqual([{ text: 'Live' }]);
    // Served on the site's host at once (the same version as MySQL).
    const served = await deps.redis.get<SiteSnapshot>(`site:${site.slug}.mewayz.localhost`);
    expect(served?.version).toBe(2);
    expect(served?.catalog?.products[0]?.price).toBe(2500);
    expect(await deps.redis.get(`sitever:${site.slug}.mewayz.localhost`)).toBe(`${site.id}:2`);

    // A change the shop does not show (the SKU) keeps the version and the edge's cached pages.
    await updateProduct(deps, scope, actor, tee.id, { sku: 'TEE-2' });
    await refreshPublishedCatalog(deps, scope);
    expect((await published(site.id, scope)).version).toBe(2);

    // Stock running out does show: the variant, then the product, is sold out.
    const s = await createVariant(deps, scope, actor, tee.id, { attributes: { size: 'S' }, stock: 1 });
    expect((await published(site.id, scope)).snapshot.catalog?.products[0]?.inStock).toBe(true);
    await updateVariant(deps, scope, actor, tee.id, s.id, { stock: 0 });
    const soldOut = await published(site.id, scope);
    expect(soldOut.version).toBe(4);
    expect(soldOut.snapshot.catalog?.products[0]).toMatchObject({
      inStock: false,
      variants: [{ inStock: false }],
    });

    // Categories count too; a deleted product leaves the published shop.
    const cat = await createCategory(deps, scope, actor, { name: 'Merch' });
    expect((await published(site.id, scope)).snapshot.catalog?.categories.map((c) => c.slug)).toEqual([
      'merch',
    ]);
    await deleteCategory(deps, scope, actor, cat.id);
    await deleteProduct(deps, scope, actor, tee.id);
    const empty = await published(site.id, scope);
    expect(empty.snapshot.catalog).toMatchObject({ products: [], categories: [] });
    expect(empty.snapshot.profile.name).not.toBe('Draft name');
  });

  it('leaves unpublished sites alone', async () => {
    const scope = await createTestOrg(deps);
    const { site } = await createPublishedSite(deps, scope);
    const draft = await createSite(deps, scope, actor, { slug: uniqueSlug('draft'), name: 'Draft' });
    await download(scope, 'Zine');
    expect((await published(site.id, scope)).snapshot.catalog?.products).toHaveLength(1);
    const untouched = await scope.first(sites, eq(sites.id, draft.id));
    expect([untouched?.publishedVersion, untouched?.publishedSnapshot]).toEqual([0, null]);
  });

  it('ends with the newest catalog and version served when refreshes and a publish race', async () => {
    const scope = await createTestOrg(deps);
    const p = await download(scope, 'Zine');
    const { site, slug } = await createPublishedSite(deps, scope);
    // Several writers at once: price changes (each refreshes), a publish and bare refreshes. The
    // publish does not fail for losing the version race to a refresh: it compiles again.
    await Promise.all([
      updateProduct(deps, scope, actor, p.id, { price: 200 }),
      refreshPublishedCatalog(deps, scope),
      publishSite(deps, scope, actor, site.id),
      refreshPublishedCatalog(deps, scope),
      updateProduct(deps, scope, actor, p.id, { name: 'Zine No. 2' }),
    ]);
    const final = await published(site.id, scope);
    expect(final.snapshot.catalog?.products[0]).toMatchObject({ price: 200, name: 'Zine No. 2' });
    const served = await deps.redis.get<SiteSnapshot>(`site:${slug}.mewayz.localhost`);
    expect(served?.version).toBe(final.version);
    expect(await deps.redis.get(`sitever:${slug}.mewayz.localhost`)).toBe(`${site.id}:${final.version}`);
    // The compiled draft agrees with what is served.
    const { snapshot } = await compileSnapshot(deps, scope, site.id, final.version + 1);
    expect(snapshot.catalog?.products).toEqual(final.snapshot.catalog?.products);
  });

  it('keeps the newest catalog when a custom domain is verified while the shop changes', async () => {
    const scope = await createTestOrg(deps);
    const p = await download(scope, 'Zine');
    const { site } = await createPublishedSite(deps, scope);
    const hostname = `${uniqueSlug('shop')}.example.com`;
    await scope.insert(domains, {
      id: newId('domain'),
      siteId: site.id,
      hostname,
      verificationToken: 'x'.repeat(32),
      status: 'verified',
      verifiedAt: new Date(),
    });
    // A price change commits (and republishes the shop) after the domain's sync read the snapshot and
    // before it writes: the sync must not put the older catalog back.
    let changes = 0;
    await syncPublishedHosts(deps, scope, site.id, [], async () => {
      if (changes++ === 0) await updateProduct(deps, scope, actor, p.id, { price: 300 });
    });
    expect(changes).toBe(2); // the first write lost to the newer version and was redone
    const final = await published(site.id, scope);
    expect(final.snapshot.customDomains).toEqual([hostname]);
    expect(final.snapshot.catalog?.products[0]).toMatchObject({ price: 300 });
  });
});

describe('publishing while the shop changes', () => {
  it('publishes the draft even when catalog refreshes keep moving the version under it', async () => {
    const scope = await createTestOrg(deps);
    const p = await download(scope, 'Zine');
    const { site } = await createPublishedSite(deps, scope);
    const before = (await published(site.id, scope)).version;
    const results = await Promise.allSettled([
      publishSite(deps, scope, actor, site.id),
      updateProduct(deps, scope, actor, p.id, { price: 300 }),
      publishSite(deps, scope, actor, site.id),
      updateProduct(deps, scope, actor, p.id, { price: 400 }),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled', 'fulfilled']);
    const final = await published(site.id, scope);
    // Two publishes, each a version of its own, plus the refreshes that changed the shop.
    expect(final.version).toBeGreaterThanOrEqual(before + 2);
    // The two price changes race each other too: whichever committed last is the price, and the
    // served catalog must carry it, not the one that lost.
    const stored = await getProduct(deps, scope, p.id);
    expect([300, 400]).toContain(stored.price);
    expect(final.snapshot.catalog?.products[0]?.price).toBe(stored.price);
  });
});
