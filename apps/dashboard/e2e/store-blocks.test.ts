import { commerceService, sitesService } from '@mewayz/core';
import {
  createTenant,
  type DashboardStack,
  signedInPage,
  startDashboardStack,
  type Tenant,
  uniqueSlug,
} from '@mewayz/testing';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The product and collection blocks in the site editor (Chromium): each picks from the workspace's
 * own catalog, shows in the preview with the shop's prices, and publishes to the site host.
 */
let stack: DashboardStack;
let page: Page;
let owner: Tenant;
const actor = { userId: null };

beforeAll(async () => {
  stack = await startDashboardStack();
  owner = await createTenant(stack.deps, 'Shop Studio');
  page = await signedInPage(stack, owner.user.email);
}, 480_000);
afterAll(async () => {
  if (process.env.E2E_LOGS) console.log(stack?.logs());
  await stack?.stop();
});

const preview = () => page.locator('iframe[title="Live preview of the draft site"]');
const rows = () => page.locator('ol[aria-label="Blocks, in page order"] > li');

describe('store blocks in the editor', () => {
  it('adds a product card and a collection from the workspace’s catalog, previews and publishes them', async () => {
    const { deps } = stack;
    const merch = await commerceService.createCategory(deps, owner.scope, actor, { name: 'Merch' });
    const mug = await commerceService.createProduct(deps, owner.scope, actor, {
      kind: 'physical',
      name: 'Enamel Mug',
      currency: 'EUR',
      price: 1800,
      categoryIds: [merch.id],
    });
    await commerceService.createProduct(deps, owner.scope, actor, {
      kind: 'digital',
      name: 'Sample Pack',
      currency: 'USD',
      price: 900,
    });
    const site = await sitesService.createSite(deps, owner.scope, actor, {
      slug: uniqueSlug('shop'),
      name: 'Shop Person',
    });

    await page.goto(`${stack.appUrl}/sites/${site.id}?add=product`);
    await page.locator('[data-editor-ready]').waitFor();
    const add = page.locator('#add-block');
    await add.getByLabel('Product').selectOption({ label: 'Enamel Mug' });
    await page.getByRole('button', { name: 'Add product' }).click();
    await page.getByText('Product added.').waitFor();
    await expect(rows().first().textContent()).resolves.toContain('Enamel Mug');
    await expect.poll(() => preview().getAttribute('srcdoc')).toContain('€18.00');

    await page.getByRole('link', { name: 'Collection', exact: true }).click();
    await page.getByRole('button', { name: 'Add collection' }).waitFor();
    await add.getByLabel('Category').selectOption({ label: 'Merch' });
    await add.getByLabel('Layout').selectOption('list');
    await add.getByLabel('How many (1–12)').fill('2');
    await page.getByRole('button', { name: 'Add collection' }).click();
    await page.getByText('Collection added.').waitFor();
    await expect(rows().nth(1).textContent()).resolves.toContain('Merch · list · up to 2');
    const blocks = await sitesService.listBlocks(owner.scope, site.id);
    expect(blocks.map((b) => [b.type, b.data])).toEqual([
      ['product', { productId: mug.id }],
      ['collection', { categoryId: merch.id, layout: 'list', limit: 2 }],
    ]);

    // "All products" leaves the category out.
    await add.getByLabel('Category').selectOption({ label: 'All products' });
    await page.getByRole('button', { name: 'Add collection' }).click();
    await expect
      .poll(async () => (await sitesService.listBlocks(owner.scope, site.id)).at(2)?.data)
      .toEqual({ layout: 'grid', limit: 6 });

    await page.getByRole('button', { name: 'Publish' }).click();
    await page.getByText(/Published version 1/).waitFor();
    const visitor = await stack.browser.newPage();
    await visitor.goto(stack.siteUrl(site.slug));
    await visitor.getByRole('link', { name: 'Enamel Mug' }).first().waitFor();
    await expect(visitor.locator('form[action="/checkout"]').count()).resolves.toBe(1);
    await expect(visitor.getByRole('link', { name: 'All of Merch' }).count()).resolves.toBe(1);
    await visitor.getByRole('link', { name: 'Visit the store' }).click();
    await visitor.waitForURL('**/store');
    await expect(visitor.getByRole('heading', { name: 'Store' }).count()).resolves.toBe(1);
    await expect(visitor.getByText('Sample Pack').count()).resolves.toBe(1);
    await visitor.close();
  }, 120_000);
});
