import { sitesService } from '@mewayz/core';
import {
  createPublishedSite,
  createTenant,
  type DashboardStack,
  startDashboardStack,
  type Tenant,
  testPassword,
} from '@mewayz/testing';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The pages list in headless Chromium: the owner adds a page, publishes, sees it on the site, goes back
 * to the version before it and sees the page gone at once.
 */
let stack: DashboardStack;
let page: Page;
let owner: Tenant;

beforeAll(async () => {
  stack = await startDashboardStack();
  page = await stack.browser.newPage();
  owner = await createTenant(stack.deps, 'Pages Studio');
}, 300_000);
afterAll(async () => {
  if (process.env.E2E_LOGS) console.log(stack?.logs());
  await stack?.stop();
});

async function shots(name: string) {
  await page.setViewportSize({ width: 1280, height: 800 });
  await stack.screenshot(page, `${name}-1280`);
  await page.setViewportSize({ width: 390, height: 844 });
  await stack.screenshot(page, `${name}-390`);
  await page.setViewportSize({ width: 1280, height: 800 });
}

describe('site pages in the dashboard', () => {
  it('adds a page, publishes it, and rolls back to the version before it at once', async () => {
    const { site, slug } = await createPublishedSite(stack.deps, owner.scope);
    await page.goto(`${stack.appUrl}/sign-in`);
    await page.getByLabel('Email').fill(owner.user.email);
    await page.getByLabel('Password').fill(testPassword);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL('**/sites');

    await page.goto(`${stack.appUrl}/sites/${site.id}`);
    await page.getByRole('link', { name: 'Pages and versions' }).click();
    await page.waitForURL(`**/sites/${site.id}/pages`);
    await page.getByText('No pages yet').waitFor();

    await page.getByLabel('Title').fill('About me');
    await page.getByLabel('Address').fill('store');
    await page.getByRole('button', { name: 'Add page' }).click();
    await page.getByText('This address is used by the site itself').waitFor();
    await page.getByLabel('Address').fill('about-me');
    await page.getByRole('button', { name: 'Add page' }).click();
    await page.getByText('Page /about-me added').waitFor();
    const listed = await page.getByTestId('pages').textContent();
    expect(listed).toContain('About me');
    expect(listed).toContain('Header menu');

    const visitor = await stack.browser.newPage();
    const before = await visitor.goto(`${stack.siteUrl(slug)}about-me`);
    expect(before?.status()).toBe(404);

    await page.getByRole('button', { name: 'Publish site' }).click();
    await page.getByText('Published as version 2.').waitFor();
    const live = await visitor.goto(`${stack.siteUrl(slug)}about-me`);
    expect(live?.status()).toBe(200);
    await visitor.getByRole('heading', { name: 'About me' }).waitFor();
    // The new page is in the header menu of every page, the home page too.
    await visitor.goto(stack.siteUrl(slug));
    await visitor.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'About me' }).waitFor();
    expect(await visitor.locator('script').count()).toBe(0);
    await shots('site-pages-list');

    await page.getByRole('button', { name: 'Go back to version 1' }).click();
    await page.getByText('Version 1 is live again (as version 3).').waitFor();
    const gone = await visitor.goto(`${stack.siteUrl(slug)}about-me`);
    expect(gone?.status()).toBe(404);
    const versions = await sitesService.listVersions(owner.scope, site.id);
    expect(versions.map((v) => [v.version, v.restoredFrom, v.live])).toEqual([
      [3, 1, true],
      [2, null, false],
      [1, null, false],
    ]);
    expect(await page.getByTestId('versions').textContent()).toContain('restores version 1');
    await shots('site-pages-rolled-back');
    await visitor.close();
  });
});
