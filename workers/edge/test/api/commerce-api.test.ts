import { createTenant, type EdgeHarness, startEdge, type Tenant } from '@mewayz/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiAnswer, call } from './helpers.ts';

/**
 * /api/v1/products and /categories as an integrator uses them, and what hostile input gets: a coded
 * 4xx naming the field, never a 5xx.
 */
let edge: EdgeHarness;
let tenant: Tenant;
let other: Tenant;

beforeAll(async () => {
  edge = await startEdge({
    edgeVars: { API_RATE_LIMIT_PER_TOKEN: '100000', API_RATE_LIMIT_PER_IP: '100000' },
  });
  [tenant, other] = await Promise.all([
    createTenant(edge.deps, 'Commerce API org'),
    createTenant(edge.deps, 'Other shop'),
  ]);
});
afterAll(() => edge?.dispose());

const uid = () => Math.random().toString(36).slice(2, 8);
const post = (path: string, body: unknown, token = tenant.token) => call(edge, 'POST', path, { token, body });
const patch = (path: string, body: unknown, token = tenant.token) =>
  call(edge, 'PATCH', path, { token, body });
const get = (path: string, token = tenant.token) => call(edge, 'GET', path, { token });

function expect4xx(res: ApiAnswer, status: number, path?: string) {
  expect(res.status, res.text).toBe(status);
  expect(res.body.success).toBe(false);
  if (path)
    expect(
      res.body.error.details.map((d: { path: string }) => d.path),
      res.text,
    ).toContain(path);
}

const tee = () => ({ kind: 'physical', name: `Tee ${uid()}`, currency: 'USD', price: 2500 });

describe('/api/v1/products', { timeout: 60_000 }, () => {
  it('creates each kind with its own settings, money in minor units', async () => {
    const digital = await post('/products', {
      kind: 'digital',
      name: 'Lightroom presets',
      description: 'Ten **presets** for [film looks](https://example.com/looks).',
      currency: 'EUR',
      price: 1200,
      download: { fileKey: 'downloads/presets.zip', downloadLimit: 3 },
    });
    expect(digital.status, digital.text).toBe(201);
    expect(digital.body.data).toMatchObject({
      kind: 'digital',
      slug: expect.stringMatching(/^lightroom-presets/),
      currency: 'EUR',
      price: 1200,
      active: true,
      stock: null,
      inStock: true,
      download: { fileKey: 'downloads/presets.zip', downloadLimit: 3, linkExpiryHours: 72 },
      payWhatYouWant: null,
      variants: [],
      images: [],
    });

    const yen = await post('/products', { ...tee(), currency: 'JPY', price: 500, stock: 0 });
    expect(yen.status, yen.text).toBe(201);
    expect(yen.body.data).toMatchObject({
      currency: 'JPY',
      price: 500,
      stock: 0,
      inStock: false,
      download: null,
    });

    const tip = await post('/products', {
      kind: 'pay_what_you_want',
      name: 'Tip jar',
      currency: 'KWD',
      minPrice: 0,
      suggestedPrice: 1500,
    });
    expect(tip.status, tip.text).toBe(201);
    expect(tip.body.data).toMatchObject({
      price: 0,
      payWhatYouWant: { minPrice: 0, suggestedPrice: 1500 },
    });
  });

  it('refuses invalid prices, quantities and currencies with 422 naming the field', async () => {
    for (const [body, field] of [
      [{ ...tee(), price: -1 }, 'price'],
      [{ ...tee(), price: 19.99 }, 'price'],
      // A zero-decimal currency given a fractional amount (¥19.99 does not exist).
      [{ ...tee(), currency: 'JPY', price: 1999.5 }, 'price'],
      [{ ...tee(), price: 1e12 }, 'price'],
      [{ ...tee(), price: '1999' }, 'price'],
      [{ ...tee(), price: Number.MAX_SAFE_INTEGER + 2 }, 'price'],
      [{ ...tee(), currency: 'ZZZ' }, 'currency'],
      [{ ...tee(), currency: 'usd' }, 'currency'],
      [{ ...tee(), currency: 'XAU' }, 'currency'],
      [{ ...tee(), stock: -3 }, 'stock'],
      [{ ...tee(), stock: 1.5 }, 'stock'],
      [{ ...tee(), compareAtPrice: 2000 }, 'compareAtPrice'],
      [
        { kind: 'pay_what_you_want', name: 'Tip', currency: 'USD', minPrice: 500, suggestedPrice: 100 },
        'suggestedPrice',
      ],
      [{ kind: 'pay_what_you_want', name: 'Tip', currency: 'USD', price: 500 }, ''],
      [{ ...tee(), download: { downloadLimit: 3 } }, ''],
      [{ ...tee(), organizationId: 'org_01jd3v6w0m8x9y2z3a4b5c6d7e' }, ''],
      [{ ...tee(), kind: 'service' }, 'kind'],
      [{ ...tee(), sku: 'has space' }, 'sku'],
      [{ ...tee(), slug: 'Not A Slug' }, 'slug'],
    ] as const) {
      const res = await post('/products', body);
      expect4xx(res, 422, field || undefined);
    }
    const bad = await post('/products', { ...tee(), price: 19.99 });
    expect(bad.body.error.details[0].message).toMatch(/whole number of the currency’s smallest unit/);
  });

  it('keeps SKUs and slugs unique per organization (products and variants alike) with 409', async () => {
    const sku = `SKU-${uid()}`;
    const first = await post('/products', { ...tee(), sku, slug: `tee-${uid()}` });
    expect(first.status, first.text).toBe(201);
    expect4xx(await post('/products', { ...tee(), sku }), 409, 'sku');
    expect4xx(await post('/products', { ...tee(), slug: first.body.data.slug }), 409, 'slug');
    // Case-insensitively, as MySQL compares.
    expect4xx(await post('/products', { ...tee(), sku: sku.toLowerCase() }), 409, 'sku');
    expect4xx(
      await post(`/products/${first.body.data.id}/variants`, { attributes: { size: 'S' }, sku }),
      409,
      'sku',
    );
    // Another organization may use the same SKU.
    expect((await post('/products', { ...tee(), sku }, other.token)).status).toBe(201);
    // A deleted product's SKU stays reserved (orders point at it).
    expect(
      (await call(edge, 'DELETE', `/products/${first.body.data.id}`, { token: tenant.token })).status,
    ).toBe(200);
    expect4xx(await post('/products', { ...tee(), sku }), 409, 'sku');
  });

  it('gives physical products variants with their own price, stock and SKU', async () => {
    const p = (await post('/products', { ...tee(), stock: 9 })).body.data;
    const m = await post(`/products/${p.id}/variants`, {
      attributes: { size: 'M' },
      stock: 2,
      sku: `V-${uid()}`,
    });
    expect(m.status, m.text).toBe(201);
    expect(m.body.data).toMatchObject({ name: 'M', price: 2500, stock: 2, inStock: true, position: 0 });
    const l = await post(`/products/${p.id}/variants`, { attributes: { size: 'L' }, price: 2700, stock: 0 });
    expect(l.body.data).toMatchObject({ price: 2700, inStock: false, position: 1 });
    expect4xx(await post(`/products/${p.id}/variants`, { attributes: { Size: 'm' } }), 409, 'attributes');
    expect4xx(await post(`/products/${p.id}/variants`, { attributes: {} }), 422, 'attributes');
    expect4xx(
      await post(`/products/${p.id}/variants`, { attributes: { size: 'S' }, stock: -1 }),
      422,
      'stock',
    );

    const got = (await get(`/products/${p.id}`)).body.data;
    // Once variants exist, stock is theirs: the product-level stock is cleared and refused.
    expect(got).toMatchObject({ stock: null, inStock: true });
    expect(got.variants.map((v: { name: string }) => v.name)).toEqual(['M', 'L']);
    expect4xx(await patch(`/products/${p.id}`, { stock: 4 }), 422, 'stock');

    const updated = await patch(`/products/${p.id}/variants/${m.body.data.id}`, { stock: 0 });
    expect(updated.status, updated.text).toBe(200);
    expect((await get(`/products/${p.id}`)).body.data.inStock).toBe(false);
    expect4xx(await patch(`/products/${p.id}/variants/${m.body.data.id}`, { price: -5 }), 422, 'price');

    const del = await call(edge, 'DELETE', `/products/${p.id}/variants/${l.body.data.id}`, {
      token: tenant.token,
    });
    expect(del.status).toBe(200);
    expect((await get(`/products/${p.id}`)).body.data.variants).toHaveLength(1);

    // Only physical products have variants.
    const tip = (await post('/products', { kind: 'pay_what_you_want', name: 'Tip', currency: 'USD' })).body
      .data;
    expect4xx(await post(`/products/${tip.id}/variants`, { attributes: { size: 'M' } }), 422);
  });

  it('refuses fields of another kind on update', async () => {
    const d = (await post('/products', { kind: 'digital', name: 'Zine', currency: 'USD', price: 300 })).body
      .data;
    expect4xx(await patch(`/products/${d.id}`, { stock: 3 }), 422, 'stock');
    expect4xx(await patch(`/products/${d.id}`, { minPrice: 3 }), 422, 'minPrice');
    const ok = await patch(`/products/${d.id}`, { download: { linkExpiryHours: 24 }, active: false });
    expect(ok.status, ok.text).toBe(200);
    expect(ok.body.data).toMatchObject({
      active: false,
      download: { downloadLimit: 5, linkExpiryHours: 24 },
    });
    expect4xx(await patch(`/products/${d.id}`, { unknown: 1 }), 422);
    expect4xx(await patch(`/products/${d.id}`, { compareAtPrice: 100 }), 422, 'compareAtPrice');
  });

  it('makes a currency change with another minor unit restate the price', async () => {
    const p = (await post('/products', tee())).body.data;
    expect4xx(await patch(`/products/${p.id}`, { currency: 'JPY' }), 422, 'currency');
    const eur = await patch(`/products/${p.id}`, { currency: 'EUR' });
    expect(eur.body.data).toMatchObject({ currency: 'EUR', price: 2500 });
    const yen = await patch(`/products/${p.id}`, { currency: 'JPY', price: 3800 });
    expect(yen.status, yen.text).toBe(200);
    expect(yen.body.data).toMatchObject({ currency: 'JPY', price: 3800 });
    await post(`/products/${p.id}/variants`, { attributes: { size: 'M' } });
    expect4xx(await patch(`/products/${p.id}`, { currency: 'USD', price: 2500 }), 422, 'currency');
  });

  it('records images by key, and filters lists by active flag, kind and category', async () => {
    const cat = (await post('/categories', { name: `Prints ${uid()}` })).body.data;
    const p = (await post('/products', { ...tee(), categoryIds: [cat.id] })).body.data;
    expect(p.categoryIds).toEqual([cat.id]);
    const img = await post(`/products/${p.id}/images`, { key: 'products/tee/front.jpg', alt: 'Front' });
    expect(img.status, img.text).toBe(201);
    expect4xx(await post(`/products/${p.id}/images`, { key: '../etc/passwd' }), 422, 'key');
    expect4xx(await post(`/products/${p.id}/images`, { key: '/abs' }), 422, 'key');
    expect((await get(`/products/${p.id}`)).body.data.images).toEqual([
      { id: img.body.data.id, productId: p.id, key: 'products/tee/front.jpg', alt: 'Front', position: 0 },
    ]);

    // Alt text and order: the second image becomes the main one; a list naming an image twice, or
    // missing one, is refused and changes nothing.
    const back = (await post(`/products/${p.id}/images`, { key: 'products/tee/back.jpg' })).body.data;
    const alt = await patch(`/products/${p.id}/images/${back.id}`, { alt: 'Back print' });
    expect([alt.status, alt.body.data.alt]).toEqual([200, 'Back print']);
    expect4xx(await patch(`/products/${p.id}/images/${back.id}`, { alt: 'x'.repeat(301) }), 422, 'alt');
    expect4xx(await patch(`/products/${p.id}/images/${back.id}`, { alt: 'ok', key: 'products/x.jpg' }), 422);
    const put = (body: unknown) =>
      call(edge, 'PUT', `/products/${p.id}/images/order`, { token: tenant.token, body });
    expect4xx(await put({ ids: [back.id, back.id] }), 422);
    expect4xx(await put({ ids: [back.id] }), 422);
    const reordered = await put({ ids: [back.id, img.body.data.id] });
    expect(reordered.status, reordered.text).toBe(200);
    expect(reordered.body.data.images.map((i: { id: string; alt: string | null }) => [i.id, i.alt])).toEqual([
      [back.id, 'Back print'],
      [img.body.data.id, 'Front'],
    ]);
    expect((await put({ ids: [back.id, img.body.data.id] })).status).toBe(200);
    expect(
      (
        await call(edge, 'PUT', `/products/${p.id}/images/order`, {
          token: other.token,
          body: { ids: [back.id, img.body.data.id] },
        })
      ).status,
    ).toBe(404);
    await call(edge, 'DELETE', `/products/${p.id}/images/${back.id}`, { token: tenant.token });

    const inCat = await get(`/products?categoryId=${cat.id}`);
    expect(inCat.body.data.map((x: { id: string }) => x.id)).toEqual([p.id]);
    expect(inCat.body.meta.pagination.total).toBe(1);
    const digital = await get('/products?kind=digital&per_page=100');
    expect(digital.body.data.every((x: { kind: string }) => x.kind === 'digital')).toBe(true);
    await patch(`/products/${p.id}`, { active: false });
    const inactive = await get('/products?active=false&per_page=100');
    expect(inactive.body.data.map((x: { id: string }) => x.id)).toContain(p.id);
    const active = await get('/products?active=true&per_page=100');
    expect(active.body.data.map((x: { id: string }) => x.id)).not.toContain(p.id);
    expect4xx(await get('/products?kind=service'), 422);
    expect4xx(await get('/products?per_page=1000'), 422);
  });

  it('stores hostile text verbatim or refuses it, never a 5xx', async () => {
    const sql = "Robert'); DROP TABLE products;-- <script>alert(1)</script>";
    const created = await post('/products', { ...tee(), name: sql, description: `**${sql}**` });
    expect(created.status, created.text).toBe(201);
    expect(created.body.data).toMatchObject({ name: sql, description: `**${sql}**` });
    for (const [body, status] of [
      [{ ...tee(), name: 'Lone \ud800 surrogate' }, 422],
      [{ ...tee(), name: 'Bell\u0007' }, 422],
      [{ ...tee(), name: '   ' }, 422],
      [{ ...tee(), description: 'x'.repeat(5001) }, 422],
      [{ ...tee(), categoryIds: Array.from({ length: 21 }, () => created.body.data.id) }, 422],
      [{ ...tee(), seo: { title: 'x', extra: 1 } }, 422],
      [[tee()], 422],
      [{ ...tee(), price: { $gt: 0 } }, 422],
    ] as const) {
      const res = await post('/products', body);
      expect(res.status, `${JSON.stringify(body).slice(0, 80)} ${res.text}`).toBe(status);
    }
    const id = created.body.data.id;
    const sixAttributes = Object.fromEntries(['a', 'b', 'c', 'd', 'e', 'f'].map((k) => [k, 'x']));
    expect4xx(await post(`/products/${id}/variants`, { attributes: sixAttributes }), 422, 'attributes');
    expect4xx(await post(`/products/${id}/variants`, { attributes: { size: 'M' }, productId: id }), 422);
    expect4xx(await get('/products/prod_nope'), 404);
    expect4xx(await patch(`/products/${id}/variants/var_01jd3v6w0m8x9y2z3a4b5c6d7e`, { stock: 1 }), 404);
  });

  it('answers 404 for ids of another organization, in paths and bodies', async () => {
    const theirs = (await post('/products', tee(), other.token)).body.data;
    const theirCat = (await post('/categories', { name: 'Theirs' }, other.token)).body.data;
    expect4xx(await get(`/products/${theirs.id}`), 404);
    expect4xx(await patch(`/products/${theirs.id}`, { name: 'Mine now' }), 404);
    expect4xx(await post(`/products/${theirs.id}/variants`, { attributes: { size: 'M' } }), 404);
    expect4xx(await post('/products', { ...tee(), categoryIds: [theirCat.id] }), 404);
    expect4xx(await post('/categories', { name: 'Child', parentId: theirCat.id }), 404);
    expect4xx(await get(`/products/${theirs.id.toUpperCase()}`), 404);
    expect((await get(`/products?categoryId=${theirCat.id}`)).body.data).toEqual([]);
    expect((await get(`/products/${theirs.id}`, other.token)).body.data.name).toBe(theirs.name);
  });
});

describe('/api/v1/categories', { timeout: 60_000 }, () => {
  it('builds a tree, moves branches and refuses cycles with 422', async () => {
    const top = (await post('/categories', { name: `Apparel ${uid()}` })).body.data;
    const mid = (await post('/categories', { name: 'Shirts', parentId: top.id })).body.data;
    const leaf = (await post('/categories', { name: 'Tees', parentId: mid.id })).body.data;
    expect(mid).toMatchObject({ parentId: top.id, position: 0 });

    expect4xx(await patch(`/categories/${top.id}`, { parentId: leaf.id }), 422, 'parentId');
    expect4xx(await patch(`/categories/${top.id}`, { parentId: top.id }), 422, 'parentId');
    const moved = await patch(`/categories/${leaf.id}`, { parentId: null });
    expect(moved.status, moved.text).toBe(200);
    expect(moved.body.data.parentId).toBeNull();
    expect4xx(await post('/categories', { name: 'Dup', slug: top.slug }), 409, 'slug');

    // Deleting a category moves its children up and takes its products out of it.
    const p = (await post('/products', { ...tee(), categoryIds: [mid.id] })).body.data;
    const child = (await post('/categories', { name: 'V-necks', parentId: mid.id })).body.data;
    expect((await call(edge, 'DELETE', `/categories/${mid.id}`, { token: tenant.token })).status).toBe(200);
    const list = (await get('/categories?per_page=100')).body.data as {
      id: string;
      parentId: string | null;
    }[];
    expect(list.find((c) => c.id === child.id)?.parentId).toBe(top.id);
    expect(list.some((c) => c.id === mid.id)).toBe(false);
    expect((await get(`/products/${p.id}`)).body.data.categoryIds).toEqual([]);
  });
});
