import { commerceService, sitesService } from '@mewayz/core';
import {
  createPublishedSite,
  createTenant,
  type DashboardStack,
  eventually,
  startDashboardStack,
  type Tenant,
  testPassword,
} from '@mewayz/testing';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dragWithMouse } from './editor-helpers.ts';
import { checkPage, signInAs } from './page-checks.ts';

/**
 * The pages list in headless Chromium: the owner adds a page, publishes, sees it on the site, goes back
 * to the version before it and sees the page gone at once. Then the page editor: sections and a
 * section's items reordered as the bio editor's blocks are, by mouse, by keyboard (Alt+↑/↓ on a
 * handle) and without JavaScript.
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

/** A page with a hero, an FAQ of three questions and a call to action. */
async function pageWithSections() {
  const actor = { userId: owner.user.id };
  const { site } = await createPublishedSite(stack.deps, owner.scope);
  const created = await sitesService.createPage(stack.deps, owner.scope, actor, site.id, {
    slug: 'reorder',
    title: 'Reorder me',
    nav: 'header',
    seo: { noindex: false },
    published: true,
    role: 'page',
  });
  const add = async (kind: 'hero' | 'faq' | 'cta', variant: string, data: Record<string, unknown>) =>
    (
      await sitesService.createSection(stack.deps, owner.scope, actor, created.id, {
        kind,
        variant,
        data,
      } as never)
    ).id;
  const hero = await add('hero', 'centered', { heading: 'Welcome' });
  const faq = await add('faq', 'list', {
    heading: 'Questions',
    items: ['Alpha', 'Bravo', 'Charlie'].map((q) => ({ question: `${q}?`, answer: `About ${q}.` })),
  });
  const cta = await add('cta', 'banner', {
    heading: 'Say hello',
    button: { label: 'Write', url: '/contact' },
  });
  return { siteId: site.id, pageId: created.id, hero, faq, cta };
}

async function sectionOrder(pageId: string) {
  return (await sitesService.listSections(owner.scope, pageId)).map((s) => s.id);
}
async function questions(pageId: string, faqId: string) {
  const faq = (await sitesService.listSections(owner.scope, pageId)).find((s) => s.id === faqId)!;
  return (faq.data.items as { question: string }[]).map((i) => i.question);
}

describe('reordering a page’s sections and items', () => {
  it('moves sections by keyboard and by mouse (saved at once) and FAQ entries (saved with the section)', async () => {
    const p = await pageWithSections();
    await signInAs(stack, page, owner.user.email);
    await page.goto(`${stack.appUrl}/sites/${p.siteId}/pages/${p.pageId}`);
    const grip = (id: string) => page.locator(`#grip-${id}`);
    // The drag-and-drop module has loaded once handles carry its role description.
    await page.locator('[aria-roledescription="sortable"]').first().waitFor();
    expect(await grip(p.hero).getAttribute('aria-label')).toBe(
      'Reorder Hero section (position 1 of 3). Drag, or press Alt+Arrow Up or Down.',
    );

    // Keyboard: Alt+↓ on the hero's handle puts it second; the handle keeps the focus.
    await grip(p.hero).focus();
    await page.keyboard.press('Alt+ArrowDown');
    await page.getByText('Hero moved to position 2 of 3.').waitFor();
    await eventually(async () => (await sectionOrder(p.pageId)).join() === [p.faq, p.hero, p.cta].join());
    expect(await page.evaluate('document.activeElement && document.activeElement.id')).toBe(`grip-${p.hero}`);

    // Mouse: the call to action dragged onto the first row goes to the top.
    await dragWithMouse(page, grip(p.cta), grip(p.faq));
    await eventually(async () => (await sectionOrder(p.pageId)).join() === [p.cta, p.faq, p.hero].join());
    await page.locator('ol[data-testid="sections"] > li:first-child[data-kind="cta"]').waitFor();
    // After a reload the server's order is the one shown.
    await page.reload();
    await page.locator('[aria-roledescription="sortable"]').first().waitFor();
    expect(
      await page
        .locator('ol[data-testid="sections"] > li')
        .evaluateAll((lis) => lis.map((li) => li.getAttribute('data-section-id'))),
    ).toEqual([p.cta, p.faq, p.hero]);

    // FAQ entries: open the section; Charlie dragged to the top, then Alpha (now second) Alt+↓ to the end.
    const faq = page.locator(`li[data-section-id="${p.faq}"]`);
    await faq.locator('summary').click();
    const itemGrip = (i: number) => page.locator(`#${p.faq}-items-${i}-grip`);
    await itemGrip(2).waitFor();
    // Both rows on screen at once (the mouse drags only what it can reach).
    await page.setViewportSize({ width: 1280, height: 1500 });
    await itemGrip(0).scrollIntoViewIfNeeded();
    await dragWithMouse(page, itemGrip(2), itemGrip(0));
    await page.getByText('Question “Charlie?” moved to position 1 of 3.').waitFor();
    await itemGrip(0).focus();
    await page.keyboard.press('Alt+ArrowDown');
    await page.getByText('Question “Alpha?” moved to position 3 of 3.').waitFor();
    const shown = async () => {
      const inputs = faq.locator('ol[aria-label="Questions"] > li input[id$="-question"]');
      const values: string[] = [];
      for (let i = 0; i < (await inputs.count()); i++) values.push(await inputs.nth(i).inputValue());
      return values;
    };
    expect(await shown()).toEqual(['Charlie?', 'Bravo?', 'Alpha?']);
    // Moving alone saves nothing: the order is part of the section's form.
    expect(await questions(p.pageId, p.faq)).toEqual(['Alpha?', 'Bravo?', 'Charlie?']);
    // Axe, no sideways scrolling at 360 px, screenshots at 1280 and 390; and one at 360.
    await checkPage(stack, page, 'page-reorder');
    await page.setViewportSize({ width: 360, height: 780 });
    await stack.screenshot(page, 'page-reorder-360');
    await page.setViewportSize({ width: 1280, height: 1500 });
    await faq.getByRole('button', { name: 'Save section' }).click();
    await page.getByText('Section saved.').waitFor();
    expect(await questions(p.pageId, p.faq)).toEqual(['Charlie?', 'Bravo?', 'Alpha?']);
    await page.frameLocator('iframe[title^="Preview"]').getByText('Charlie?').waitFor();
    expect(await shown()).toEqual(['Charlie?', 'Bravo?', 'Alpha?']);

    // A products section names one of the workspace's categories, picked from a select.
    const prints = await commerceService.createCategory(
      stack.deps,
      owner.scope,
      { userId: owner.user.id },
      {
        name: 'Prints',
      },
    );
    await page.reload();
    await page.getByLabel('Add a section').selectOption('products');
    await page.getByRole('button', { name: 'Add section' }).click();
    await page.getByText('Section added at the end of the page.').waitFor();
    const products = page.locator('li[data-kind="products"]');
    await products.getByLabel('Products from', { exact: true }).selectOption({ label: 'Prints' });
    await products.getByLabel('How many (newest first)').selectOption('4');
    await products.getByRole('button', { name: 'Save section' }).click();
    await page.getByText('Section saved.').waitFor();
    const saved = (await sitesService.listSections(owner.scope, p.pageId)).find((s) => s.kind === 'products');
    expect(saved?.data).toEqual({ heading: 'From the shop', categoryId: prints.id, limit: 4 });
  }, 180_000);

  it('without JavaScript: sections move with their buttons, entries by their position', async () => {
    const p = await pageWithSections();
    const context = await stack.browser.browser()!.newContext({ javaScriptEnabled: false });
    try {
      await context.addCookies(await page.context().cookies());
      const plain = await context.newPage();
      await plain.goto(`${stack.appUrl}/sites/${p.siteId}/pages/${p.pageId}`);
      expect(await plain.locator('[id^="grip-"]').count()).toBe(0);
      const hero = plain.locator(`li[data-section-id="${p.hero}"]`);
      await hero.locator('summary').click();
      await hero.getByRole('button', { name: 'Move down' }).click();
      await plain.getByText('Section moved.').waitFor();
      expect(await sectionOrder(p.pageId)).toEqual([p.faq, p.hero, p.cta]);

      const faq = plain.locator(`li[data-section-id="${p.faq}"]`);
      await faq.locator('summary').click();
      await faq.getByLabel('Position of Question 3').selectOption('1');
      await faq.getByLabel('Position of Question 1').selectOption('3');
      await faq.getByRole('button', { name: 'Save section' }).click();
      await plain.getByText('Section saved.').waitFor();
      expect(await questions(p.pageId, p.faq)).toEqual(['Charlie?', 'Bravo?', 'Alpha?']);
      // The saved section comes back open, its entries in their new order.
      await plain.setViewportSize({ width: 360, height: 780 });
      await faq.getByLabel('Position of Question 1').waitFor();
      await stack.screenshot(plain, 'page-reorder-no-js-360');
    } finally {
      await context.close();
    }
  }, 120_000);
});
