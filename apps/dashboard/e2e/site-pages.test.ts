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

  it('builds a three-page site from a template, edits its sections, publishes one page and rolls back', async () => {
    await signIn();
    const slug = `tpl${Date.now().toString(36)}`;
    await page.goto(`${stack.appUrl}/sites`);
    const create = page.locator('form#create-site');
    await create.getByLabel('Site name').fill('Coaching with Sam');
    await create.getByLabel('Address').fill(slug);
    await create.getByLabel('Start from').selectOption('coach');
    await create.getByRole('button', { name: 'Create site' }).click();
    await page.waitForURL(/\/sites\/site_[0-9a-z]+$/);
    const siteId = new URL(page.url()).pathname.split('/')[2]!;

    await page.goto(`${stack.appUrl}/sites/${siteId}/pages`);
    expect(await page.getByTestId('pages').textContent()).toMatch(/Programs.*FAQ.*Contact/s);
    await page.getByRole('button', { name: 'Publish site' }).click();
    await page.getByText('Published as version 1.').waitFor();
    const visitor = await stack.browser.newPage();
    for (const [path, text] of [
      ['programs', 'Find work that fits you'],
      ['faq', 'How do sessions work?'],
      ['get-in-touch', 'Book a free intro call'],
    ] as const) {
      const res = await visitor.goto(`${stack.siteUrl(slug)}${path}`);
      expect(res?.status(), path).toBe(200);
      await visitor.getByText(text).first().waitFor();
      expect(await visitor.locator('script').count()).toBe(0);
    }

    // Edit the FAQ: a new heading and a new question, in the form the page editor builds from the kind.
    await page.getByRole('link', { name: 'FAQ', exact: true }).click();
    await page.waitForURL(/\/pages\/pg_/);
    const faq = page.locator('li[data-kind="faq"]').first();
    const faqId = (await faq.getAttribute('data-section-id'))!;
    await faq.locator('summary').click();
    await page.locator(`#${faqId}-heading`).fill('Common questions');
    await page.locator(`#${faqId}-items-3-question`).fill('Do you offer group sessions?');
    await page.locator(`#${faqId}-items-3-answer`).fill('Yes, twice a month.');
    await faq.getByRole('button', { name: 'Save section' }).click();
    await page.getByText('Section saved.').waitFor();
    await page.frameLocator('iframe[title^="Preview"]').getByText('Do you offer group sessions?').waitFor();

    // A call to action with a bad link is refused next to the field, and nothing is lost.
    await page.getByLabel('Add a section').selectOption('cta');
    await page.getByRole('button', { name: 'Add section' }).click();
    await page.getByText('Section added at the end of the page.').waitFor();
    const cta = page.locator('li[data-kind="cta"]');
    const ctaId = (await cta.getAttribute('data-section-id'))!;
    await page.locator(`#${ctaId}-heading`).fill('Still unsure? Talk to me');
    await page.locator(`#${ctaId}-button-url`).fill('javascript:alert(1)');
    await cta.getByRole('button', { name: 'Save section' }).click();
    await cta.getByText('or a page of this site, like /about').waitFor();
    expect(await page.locator(`#${ctaId}-heading`).inputValue()).toBe('Still unsure? Talk to me');
    await page.locator(`#${ctaId}-button-url`).fill('/get-in-touch');
    await cta.getByRole('button', { name: 'Save section' }).click();
    await page.getByText('Section saved.').waitFor();
    await cta.getByRole('button', { name: 'Move up' }).click();
    await page.getByText('Section moved.').waitFor();
    await page.locator('ol[data-testid="sections"] > li:first-child[data-kind="cta"]').waitFor();
    await page.locator('li[data-kind="cta"]').getByRole('button', { name: 'Duplicate' }).click();
    await page.getByText('Section duplicated below the original.').waitFor();
    await page.locator('li[data-kind="cta"]').nth(1).waitFor();
    await page.locator('li[data-kind="cta"]').nth(1).getByRole('button', { name: 'Delete' }).click();
    await page.getByText('Section removed from the draft.').waitFor();
    await page.locator('li[data-kind="cta"]').nth(1).waitFor({ state: 'detached' });
    await shots('page-editor');

    // Another page's draft change stays unpublished when this page is published alone.
    const programs = (await sitesService.listPages(owner.scope, siteId)).find((p) => p.slug === 'programs')!;
    await sitesService.updatePage(stack.deps, owner.scope, { userId: owner.user.id }, programs.id, {
      title: 'Offers',
    });
    await page.getByRole('button', { name: 'Publish this page' }).click();
    await page.getByText('This page is live as version 2').waitFor();
    await visitor.goto(`${stack.siteUrl(slug)}faq`);
    await visitor.getByRole('heading', { name: 'Common questions' }).waitFor();
    await visitor.getByText('Do you offer group sessions?').waitFor();
    await visitor.getByRole('heading', { name: 'Still unsure? Talk to me' }).waitFor();
    expect(await visitor.getByRole('link', { name: 'Get in touch' }).getAttribute('href')).toBe(
      '/get-in-touch',
    );
    const nav = await visitor.getByRole('navigation', { name: 'Site' }).textContent();
    expect(nav).toContain('Programs');
    expect(nav).not.toContain('Offers');

    // Back to version 1: the old FAQ is served at once.
    await page.getByRole('link', { name: 'All pages' }).click();
    await page.getByRole('button', { name: 'Go back to version 1' }).click();
    await page.getByText('Version 1 is live again (as version 3).').waitFor();
    await visitor.goto(`${stack.siteUrl(slug)}faq`);
    await visitor.getByRole('heading', { name: 'Questions', exact: true }).waitFor();
    expect(await visitor.getByText('Do you offer group sessions?').count()).toBe(0);
    await visitor.close();
  }, 180_000);
});

async function signIn() {
  await page.goto(`${stack.appUrl}/sites`);
  if (!page.url().includes('/sign-in')) return;
  await page.getByLabel('Email').fill(owner.user.email);
  await page.getByLabel('Password').fill(testPassword);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL('**/sites');
}
