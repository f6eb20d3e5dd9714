import { crc32, deflateSync } from 'node:zlib';
import { commerceService } from '@mewayz/core';
import { dbOf } from '@mewayz/core/admin';
import { products } from '@mewayz/db/schema';
import {
  addMemberWithToken,
  createTenant,
  type DashboardStack,
  startDashboardStack,
  type Tenant,
} from '@mewayz/testing';
import { eq } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPage, signInAs } from './page-checks.ts';

/**
 * The catalog pages in headless Chromium (issue #10): an owner makes categories, a physical product
 * with two variants, stock, images (alt text, order) and a category, and finds it in the list with
 * its price formatted in its currency; a digital product in yen with its file; a price the currency
 * cannot have is refused next to the field, in the browser and by the server, and nothing typed is
 * lost; a viewer sees read-only pages and is refused every change; a product is soft-deleted.
 */
let stack: DashboardStack;
let page: Page;
let owner: Tenant;
let teeId: string;

/** A w×h PNG of one colour, so the screenshots show a real picture. */
function png(w: number, h: number, rgb: [number, number, number]): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(w, 0);
  header.writeUInt32BE(h, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: w }, () => rgb).flat())]);
  const pixels = Buffer.concat(Array.from({ length: h }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(pixels)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

beforeAll(async () => {
  stack = await startDashboardStack();
  page = await stack.browser.newPage();
  owner = await createTenant(stack.deps, 'Catalog Studio');
}, 300_000);
afterAll(async () => {
  if (process.env.E2E_LOGS) console.log(stack?.logs());
  await stack?.stop();
});

const go = (path: string) => page.goto(`${stack.appUrl}${path}`);
const message = (text: string | RegExp) => page.getByRole('status').filter({ hasText: text }).waitFor();
const focusedId = () => page.evaluate('document.activeElement && document.activeElement.id');

describe('catalog pages', () => {
  it('an owner makes categories, a physical product with variants, stock, images and a category', async () => {
    await signInAs(stack, page, owner.user.email);
    await page.getByRole('link', { name: 'Products' }).first().click();
    await page.waitForURL('**/products');
    await page.getByText('No products yet').waitFor();
    await checkPage(stack, page, 'catalog-empty');

    // Categories: Merch, and Tees inside it.
    await go('/products/categories');
    await page.getByText('No categories yet').waitFor();
    await page.getByLabel('Name').fill('Merch');
    await page.getByRole('button', { name: 'Add category' }).click();
    await message('Category “Merch” added.');
    await page.getByLabel('Name').first().fill('Tees');
    await page.getByLabel('Inside').first().selectOption({ label: 'Merch' });
    await page.getByRole('button', { name: 'Add category' }).click();
    await message('Category “Tees” added.');
    await page.getByLabel('Name').first().fill('Prints');
    await page.getByRole('button', { name: 'Add category' }).click();
    await message('Category “Prints” added.');
    // Prints moves above Merch (top-level siblings), and the focus stays on its button.
    await page.getByRole('button', { name: 'Move Prints up' }).click();
    await message('“Prints” moved.');
    await expect
      .poll(() => page.getByTestId('category-row').allTextContents())
      .toEqual([
        expect.stringContaining('Prints'),
        expect.stringContaining('Merch'),
        expect.stringContaining('Tees'),
      ]);
    await expect.poll(focusedId).toMatch(/^category-.+-down$/);
    await checkPage(stack, page, 'catalog-categories');

    // The kind comes first, then its form; the slug follows the name.
    await go('/products');
    await page.getByRole('link', { name: 'Create your first product' }).click();
    await page.getByRole('link', { name: /Physical product/ }).waitFor();
    await checkPage(stack, page, 'catalog-new-kind');
    await page.getByRole('link', { name: /Physical product/ }).click();
    await page.getByLabel('Name').fill('Studio Tee');
    await expect.poll(() => page.getByLabel('Slug').inputValue()).toBe('studio-tee');
    await page.getByLabel('Description', { exact: true }).fill('Heavyweight **organic** cotton.');
    await page.getByLabel('Price', { exact: true }).fill('25');
    await page.getByLabel('Stock (optional)').fill('9');
    await page.getByLabel('Merch › Tees').check();
    // Shipping: €5 to Germany, and a second Germany row is refused beside it before anything is sent.
    await page.getByLabel('Destination 1').selectOption({ label: 'Germany' });
    await page.getByLabel('Price 1').fill('5');
    await page.getByLabel('Destination 2').selectOption({ label: 'Germany' });
    await page.getByLabel('Price 2').fill('12.50');
    await page.getByRole('button', { name: 'Create product' }).click();
    await page.getByText('This country has a rate already').waitFor();
    await page.getByLabel('Destination 2').selectOption({ label: 'Everywhere else' });
    await checkPage(stack, page, 'catalog-new-physical');
    await page.getByRole('button', { name: 'Create product' }).click();
    await page.waitForURL(/\/products\/prod_[^/?]+\?created=1$/);
    teeId = new URL(page.url()).pathname.split('/').pop()!;
    await page.getByText('Product created. Add its images and variants below.').waitFor();

    // Two variants: M takes the product's price, L has its own and is sold out.
    const add = page.locator('#add-variant');
    await add.getByLabel('Attribute 1 name').fill('size');
    await add.getByLabel('Attribute 1 value').fill('M');
    await add.getByLabel('Stock (optional)').fill('5');
    await page.getByRole('button', { name: 'Add variant' }).click();
    await message('Variant “M” added.');
    // The form stays open for the next variant, emptied.
    await expect.poll(() => add.getByLabel('Attribute 1 value').inputValue()).toBe('');
    await add.getByLabel('Attribute 1 name').fill('size');
    await add.getByLabel('Attribute 1 value').fill('L');
    await add.getByLabel('Price (optional)', { exact: true }).fill('27.50');
    await add.getByLabel('Stock (optional)').fill('0');
    await page.getByRole('button', { name: 'Add variant' }).click();
    await message('Variant “L” added.');
    const variants = page.getByTestId('product-variant');
    await expect.poll(() => variants.count()).toBe(2);
    expect(await variants.nth(1).textContent()).toContain('$27.50');
    expect(await variants.nth(1).textContent()).toContain('sold out');
    // With variants, stock is theirs: the product's own stock field is gone.
    expect(await page.locator('#details').getByLabel('Stock (optional)').count()).toBe(0);
    // L first: buyers see it first; the keyboard focus stays on L's buttons.
    await page.getByRole('button', { name: 'Move L up' }).click();
    await message('“L” moved to place 1.');
    await expect.poll(() => variants.first().textContent()).toContain('L');
    await expect.poll(focusedId).toMatch(/^variant-.+-down$/);
    // Edit M: a second attribute and a compare-at price.
    const m = variants.nth(1);
    await m.locator('summary').click();
    await m.getByLabel('Attribute 2 name').fill('colour');
    await m.getByLabel('Attribute 2 value').fill('Blue');
    await m.getByLabel('Compare-at price (optional)').fill('30');
    await m.getByRole('button', { name: 'Save variant' }).click();
    await message('Variant “M” saved.');
    await expect.poll(() => variants.nth(1).textContent()).toContain('colour: Blue');

    // Two images, uploaded together; alt text; the second becomes the main one.
    await page.getByLabel('Add images').setInputFiles([
      { name: 'front.png', mimeType: 'image/png', buffer: png(120, 120, [79, 70, 229]) },
      { name: 'back.png', mimeType: 'image/png', buffer: png(120, 120, [16, 185, 129]) },
    ]);
    await page.getByRole('button', { name: 'Upload images' }).click();
    await message('2 images added. Describe them for people who cannot see them.');
    const images = page.getByTestId('product-image');
    await expect.poll(() => images.count()).toBe(2);
    const firstImg = images.first().locator('img');
    await expect(firstImg.getAttribute('src')).resolves.toMatch(
      /^\/media\/products\/org_[^/]+\/prod_[^/]+\/.+\.png$/,
    );
    await expect
      .poll(() => firstImg.evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth))
      .toBe(120);
    await page.getByLabel('Alt text of image 2').fill('Back print, green');
    await page.getByRole('button', { name: 'Save alt text of image 2' }).click();
    await message('Alt text saved.');
    await page.getByRole('button', { name: 'Move image 2 up' }).click();
    await message('Image moved: it is the main image now.');
    await expect.poll(() => images.first().locator('img').getAttribute('alt')).toBe('Back print, green');
    const saved = await commerceService.getProduct(stack.deps, owner.scope, teeId);
    expect(saved.images.map((i) => i.alt)).toEqual(['Back print, green', null]);
    expect(saved.shippingRates).toEqual([
      { country: 'DE', amount: 500 },
      { country: '*', amount: 1250 },
    ]);
    expect(saved.variants.map((v) => [v.name, v.price, v.stock])).toEqual([
      ['L', 2750, 0],
      ['M', 2500, 5],
    ]);
    await checkPage(stack, page, 'catalog-editor-physical');

    // The list: thumbnail, price range in its currency, stock of the variants, category.
    await go('/products');
    const row = page.getByTestId('product-row').filter({ hasText: 'Studio Tee' });
    const text = await row.textContent();
    expect(text).toContain('$25.00 – $27.50');
    expect(text).toContain('5 in stock');
    expect(text).toContain('Active');
    expect(text).toContain('Merch › Tees');
    expect(text).toContain('2 variants');
    await expect(row.locator('img').getAttribute('src')).resolves.toMatch(/^\/media\/products\//);
    await checkPage(stack, page, 'catalog-list');
    // Search and filters are a GET form: the address holds them.
    await page.getByLabel('Search by name').fill('tee');
    await page.getByLabel('Kind').selectOption('digital');
    await page.getByRole('button', { name: 'Filter' }).click();
    await page.getByText('No products match these filters').waitFor();
    expect(page.url()).toContain('q=tee');
    await page.getByLabel('Kind').selectOption('physical');
    await page.getByRole('button', { name: 'Filter' }).click();
    await expect.poll(() => page.getByTestId('product-row').count()).toBe(1);
  }, 240_000);

  it('a price the currency cannot have is refused next to the field, and nothing typed is lost', async () => {
    await go('/products/new?kind=digital');
    await page.getByLabel('Name').fill('Tokyo Zine');
    await page.getByLabel('Description', { exact: true }).fill('Forty pages of *night walks*.');
    await page.getByLabel('Currency').selectOption('JPY');
    await page.getByLabel('Price', { exact: true }).fill('12.5');
    await page.getByLabel('SKU (optional)').fill('ZINE-1');
    await page.getByRole('button', { name: 'Create product' }).click();
    const error = 'JPY amounts have no decimals: type a whole number, like 1500';
    await page.getByText(error).waitFor();
    await expect(page.getByLabel('Price', { exact: true }).getAttribute('aria-invalid')).resolves.toBe(
      'true',
    );
    expect(page.url()).toContain('/products/new');
    expect(await page.getByLabel('Name').inputValue()).toBe('Tokyo Zine');
    expect(await page.getByLabel('Description', { exact: true }).inputValue()).toBe(
      'Forty pages of *night walks*.',
    );
    expect(await page.getByLabel('Price', { exact: true }).inputValue()).toBe('12.5');
    await checkPage(stack, page, 'catalog-new-digital-error');

    // The same without JavaScript: the server refuses with the same words and fills the form again.
    const noJs = await stack.browser.newPage();
    await noJs.route(/\.js(\?|$)/, (r) => r.abort());
    await noJs.goto(`${stack.appUrl}/products/new?kind=physical`);
    await noJs.getByLabel('Name').fill('Cotton Tote');
    await noJs.getByLabel('Price', { exact: true }).fill('19.999');
    await noJs.getByLabel('Stock (optional)').fill('3');
    await noJs.getByRole('button', { name: 'Create product' }).click();
    await noJs.getByText('USD amounts have at most 2 decimals, like 19.99').waitFor();
    expect(await noJs.getByLabel('Name').inputValue()).toBe('Cotton Tote');
    expect(await noJs.getByLabel('Price', { exact: true }).inputValue()).toBe('19.999');
    expect(await noJs.getByLabel('Stock (optional)').inputValue()).toBe('3');
    await noJs.close();

    // Fixed, with a file: the editor shows its name and size, the list shows yen without decimals.
    await page.getByLabel('Price', { exact: true }).fill('1500');
    await page.getByLabel('File').setInputFiles({
      name: 'Tokyo Zine (print).pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(2048, 0x20)]),
    });
    await page.getByLabel('Downloads per purchase').fill('3');
    await page.getByRole('button', { name: 'Create product' }).click();
    await page.waitForURL(/\/products\/prod_[^/?]+\?created=1$/);
    await expect
      .poll(() => page.getByTestId('product-file').textContent())
      .toBe('Current file: Tokyo-Zine-print.pdf · 2 KB');
    const id = new URL(page.url()).pathname.split('/').pop()!;
    const zine = await commerceService.getProduct(stack.deps, owner.scope, id);
    expect(zine).toMatchObject({ kind: 'digital', currency: 'JPY', price: 1500, sku: 'ZINE-1' });
    expect(zine.download).toMatchObject({ downloadLimit: 3, linkExpiryHours: 72 });
    expect(zine.download?.fileKey).toMatch(
      new RegExp(`^downloads/${owner.organization.id}/[^/]+/Tokyo-Zine-print\\.pdf$`),
    );
    await checkPage(stack, page, 'catalog-editor-digital');
    await go('/products');
    expect(await page.getByTestId('product-row').filter({ hasText: 'Tokyo Zine' }).textContent()).toContain(
      '¥1,500',
    );

    // Pay what you want: a minimum and a suggestion, in euros.
    await go('/products/new?kind=pay_what_you_want');
    await page.getByLabel('Name').fill('Tip Jar');
    await page.getByLabel('Currency').selectOption('EUR');
    await page.getByLabel('Minimum price').fill('1');
    await page.getByLabel('Suggested price (optional)').fill('4.50');
    await page.getByRole('button', { name: 'Create product' }).click();
    await page.waitForURL(/\/products\/prod_[^/?]+\?created=1$/);
    await page.getByText('Pay what you want · from €1.00').waitFor();
    const tip = await commerceService.getProduct(
      stack.deps,
      owner.scope,
      new URL(page.url()).pathname.split('/').pop()!,
    );
    expect(tip.payWhatYouWant).toEqual({ minPrice: 100, suggestedPrice: 450 });
  }, 120_000);

  it('a viewer sees read-only pages, and every change is refused', async () => {
    const viewer = await addMemberWithToken(stack.deps, owner, 'viewer');
    await signInAs(stack, page, viewer.user.email);
    await page.getByRole('link', { name: 'Products' }).first().click();
    await page.getByTestId('product-row').first().waitFor();
    expect(await page.getByRole('link', { name: 'New product' }).count()).toBe(0);
    await go(`/products/${teeId}`);
    await page.getByText('Your role can see the catalog but not change it.').waitFor();
    expect(await page.getByLabel('Name').isDisabled()).toBe(true);
    for (const name of ['Save product', 'Add variant', 'Upload images', 'Yes, delete “Studio Tee”'])
      expect(await page.getByRole('button', { name }).count(), name).toBe(0);
    expect(await page.getByRole('button', { name: /^Move / }).count()).toBe(0);
    await checkPage(stack, page, 'catalog-editor-viewer');
    expect((await go('/products/new'))?.status()).toBe(403);
    // A forged form post (the sign-out form's CSRF token is on every page) is refused.
    const status = await page.evaluate(async (path) => {
      const csrf = (document.querySelector('input[name="_csrf"]') as unknown as { value: string }).value;
      const body = new FormData();
      for (const [k, v] of Object.entries({
        _csrf: csrf,
        _intent: 'save',
        name: 'Hacked',
        currency: 'USD',
        price: '1',
      }))
        body.set(k, v);
      return (await fetch(path, { method: 'POST', body })).status;
    }, `/products/${teeId}`);
    expect(status).toBe(403);
    expect((await commerceService.getProduct(stack.deps, owner.scope, teeId)).name).toBe('Studio Tee');
  }, 60_000);

  it('the owner deletes a product after confirming; it leaves the catalog but its row stays', async () => {
    await signInAs(stack, page, owner.user.email);
    await go(`/products/${teeId}`);
    await page.getByText('Delete this product…').click();
    await page.getByRole('button', { name: 'Yes, delete “Studio Tee”' }).click();
    await page.waitForURL(/\/products\?deleted=/);
    await message('“Studio Tee” was deleted. Orders that include it keep it.');
    expect(await page.getByTestId('product-row').filter({ hasText: 'Studio Tee' }).count()).toBe(0);
    expect((await go(`/products/${teeId}`))?.status()).toBe(404);
    const [row] = await dbOf(stack.deps).select().from(products).where(eq(products.id, teeId));
    expect(row?.deletedAt).toBeInstanceOf(Date);
  }, 60_000);
});
