import { readFileSync } from 'node:fs';
import { commerceService } from '@mewayz/core';
import { dbOf } from '@mewayz/core/admin';
import { orders, productVariants } from '@mewayz/db/schema';
import {
  createPublishedSite,
  createTenant,
  type DashboardStack,
  eventually,
  startDashboardStack,
  type Tenant,
  testActor,
} from '@mewayz/testing';
import { eq } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPage, signInAs } from './page-checks.ts';

/**
 * Selling, end to end in headless Chromium (issue #10's "done means"): a visitor buys a download and
 * a tee in size M on the creator's site, paying on the local Stripe stand-in's hosted page with test
 * cards (one declined first); the receipt with a working download link is in the dev outbox; the
 * creator sees both orders paid, refunds one partly, and the order and stock states are right.
 */
let stack: DashboardStack;
let page: Page;
let owner: Tenant;
let slug: string;
let teeVariantM: string;

beforeAll(async () => {
  stack = await startDashboardStack();
  page = await stack.browser.newPage();
  owner = await createTenant(stack.deps, 'Film Shop');
  const deps = stack.deps;
  await commerceService.createProduct(deps, owner.scope, testActor, {
    kind: 'digital',
    name: 'Film Look Presets',
    slug: 'presets',
    currency: 'USD',
    price: 1900,
    download: { fileKey: 'demo/downloads/film-look-presets.zip', downloadLimit: 3, linkExpiryHours: 72 },
  });
  const tee = await commerceService.createProduct(deps, owner.scope, testActor, {
    kind: 'physical',
    name: 'Studio Tee',
    slug: 'studio-tee',
    currency: 'EUR',
    price: 3200,
  });
  await commerceService.createVariant(deps, owner.scope, testActor, tee.id, {
    name: 'S',
    attributes: { size: 'S' },
    stock: 3,
  });
  teeVariantM = (
    await commerceService.createVariant(deps, owner.scope, testActor, tee.id, {
      name: 'M',
      attributes: { size: 'M' },
      stock: 5,
    })
  ).id;
  ({ slug } = await createPublishedSite(deps, owner.scope));
}, 300_000);
afterAll(async () => {
  if (process.env.E2E_LOGS) console.log(stack?.logs());
  await stack?.stop();
});

/** On the stand-in's hosted checkout: fill the card (and the address when asked) and pay. */
async function payOnStripe(card: string, shipping = false) {
  await page.waitForURL(/\/c\/pay\/cs_test_/).catch(async (err) => {
    throw new Error(
      `not on Stripe's page but ${page.url()}: ${(await page.locator('body').textContent())?.slice(0, 300)}`,
      { cause: err },
    );
  });
  await page.getByLabel('Email').fill('buyer@example.test');
  await page.getByLabel('Name on card').fill('Bea Buyer');
  if (shipping) {
    await page.getByLabel('Full name').fill('Bea Buyer');
    await page.getByLabel('Address', { exact: true }).fill('1 Main St');
    await page.getByLabel('City').fill('Berlin');
    await page.getByLabel('Postal code').fill('10115');
    await page.getByLabel('Country').selectOption('DE');
  }
  await page.getByLabel('Card number').fill(card);
  await page.getByLabel('Expiry').fill('12 / 34');
  await page.getByLabel('CVC').fill('123');
  await page.getByRole('button', { name: /^Pay / }).click();
}

async function ordersOf() {
  return dbOf(stack.deps).select().from(orders).where(eq(orders.organizationId, owner.scope.orgId));
}

describe('selling from a site', () => {
  it('a visitor buys a download and a tee with test cards; the creator sees both paid and refunds one partly', async () => {
    // The download, from its product page.
    await page.goto(`${stack.siteUrl(slug)}p/presets`);
    await page.getByRole('button', { name: /^Buy/ }).click();
    await payOnStripe('4242 4242 4242 4242');
    await page.waitForURL(/\/checkout\/success/);
    expect(await page.locator('h1').textContent()).toBe('Thank you for your order');
    await stack.screenshot(page, 'checkout-success-1280', { fullPage: false });

    // The tee in M: a declined card first, then a card that succeeds.
    await page.goto(`${stack.siteUrl(slug)}p/studio-tee`);
    await page.locator('select[name="variant"]').selectOption(teeVariantM);
    await page.getByLabel('Quantity').fill('2');
    await page.getByRole('button', { name: /^Buy/ }).click();
    await payOnStripe('4000 0000 0000 0002', true);
    expect(await page.getByText('Your card was declined.').count()).toBeGreaterThan(0);
    await page.getByLabel('Card number').fill('4242 4242 4242 4242');
    await page.getByLabel('Expiry').fill('12 / 34');
    await page.getByLabel('CVC').fill('123');
    await page.getByRole('button', { name: /^Pay / }).click();
    await page.waitForURL(/\/checkout\/success/);

    // Both orders are paid once Stripe's webhooks went through the queue.
    await eventually(async () => (await ordersOf()).filter((o) => o.status === 'paid').length === 2, 30_000);
    const stockM = async () =>
      (await dbOf(stack.deps).select().from(productVariants).where(eq(productVariants.id, teeVariantM)))[0]!
        .stock;
    expect(await stockM()).toBe(3);

    // The receipt in the dev outbox, with a download link that works.
    await signInAs(stack, page, owner.user.email);
    await page.goto(`${stack.appUrl}/dev/outbox`);
    const receipt = page.getByText(/Your receipt from/).first();
    await eventually(async () => (await page.reload(), (await receipt.count()) > 0), 15_000, 500);
    const body = (await page.locator('body').textContent()) ?? '';
    const link = /http:\/\/[^\s"<]+\/d\/[A-Za-z0-9_-]{43}/.exec(body)?.[0];
    expect(link).toBeTruthy();
    // Opened in the browser, the link downloads the file (an attachment).
    const tab = await stack.browser.newPage();
    const [download] = await Promise.all([tab.waitForEvent('download'), tab.goto(link!).catch(() => null)]);
    expect(download.suggestedFilename()).toBe('film-look-presets.zip');
    expect(readFileSync((await download.path())!, 'utf8')).toContain('Film Look Presets');
    await tab.close();

    // The creator's orders: both paid.
    await page.goto(`${stack.appUrl}/orders`);
    expect(await page.getByRole('list', { name: 'Orders' }).getByText('Paid', { exact: true }).count()).toBe(
      2,
    );
    await checkPage(stack, page, 'orders-list');
    const tee = (await ordersOf()).find((o) => o.currency === 'EUR')!;
    expect(tee.total).toBe(6400);
    await page.locator(`[data-order="${tee.id}"] a`).click();
    await page.waitForURL(`**/orders/${tee.id}`);
    expect(await page.getByTestId('shipping-address').textContent()).toContain('Berlin');

    // A partial refund: wrong input first (kept, with the reason beside it), then €10.
    await page.getByLabel('Amount in EUR').fill('10.005');
    await page.getByRole('button', { name: 'Refund' }).click();
    await page.getByText(/at most 2 decimals/).waitFor();
    expect(await page.getByLabel('Amount in EUR').inputValue()).toBe('10.005');
    await page.getByLabel('Amount in EUR').fill('10');
    await page.getByRole('button', { name: 'Refund' }).click();
    await page
      .getByRole('status')
      .getByText(/^Refund requested\./)
      .waitFor();
    await eventually(
      async () => (await ordersOf()).find((o) => o.id === tee.id)?.status === 'partially_refunded',
      30_000,
    );
    await page.reload();
    expect(await page.getByText('Partly refunded').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('refunded').textContent()).toContain('10.00');
    await checkPage(stack, page, 'order-page');

    // Fulfil it with a tracking number.
    await page.getByLabel('Tracking number (optional)').fill('1Z999AA10123456784');
    await page.getByRole('button', { name: 'Mark fulfilled' }).click();
    await page.getByText('Marked fulfilled.').waitFor();
    const final = (await ordersOf()).find((o) => o.id === tee.id)!;
    expect([final.status, final.refundedTotal, final.trackingNumber]).toEqual([
      'fulfilled',
      1000,
      '1Z999AA10123456784',
    ]);
    // Stock was taken once, at checkout, and a refund does not put it back.
    expect(await stockM()).toBe(3);

    // Sales: revenue per currency, and each product's funnel with the views of its page counted.
    const cellsOf = async (name: string) =>
      page
        .getByRole('row', { name: new RegExp(name) })
        .locator('td')
        .allTextContents();
    await eventually(
      async () => {
        await page.goto(`${stack.appUrl}/sales?range=7`);
        return (await cellsOf('Film Look Presets'))[0] === '1';
      },
      30_000,
      500,
    );
    expect(await cellsOf('Film Look Presets')).toEqual([
      '1',
      '1100% of views',
      '1100% of checkouts',
      '100%',
      '$19.00',
    ]);
    expect((await cellsOf('Studio Tee')).slice(1)).toEqual([
      '1100% of views',
      '1100% of checkouts',
      '100%',
      '€64.00',
    ]);
    const eur = page.getByRole('region', { name: 'Sales in EUR' });
    expect(await eur.getByText('€64.00').count()).toBeGreaterThan(0);
    expect(await eur.getByText('€54.00').count()).toBe(1); // net of the €10 refund
    await checkPage(stack, page, 'sales');
  }, 240_000);
});
