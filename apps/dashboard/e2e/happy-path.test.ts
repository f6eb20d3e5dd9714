import { type DashboardStack, eventually, startDashboardStack, uniqueEmail } from '@mewayz/testing';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dragWithMouse } from './editor-helpers.ts';

/**
 * The creator's main journey through the real Workers: sign-up → verify (dev outbox) → workspace →
 * site → blocks → reorder → publish → public site on its subdomain → click → analytics.
 */
let stack: DashboardStack;
let page: Page;
const email = uniqueEmail('creator');
const password = 'a long enough passphrase';
const tinyPng =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
const slug = `e2e-${Math.random().toString(36).slice(2, 8)}`;

beforeAll(async () => {
  stack = await startDashboardStack();
  page = await stack.browser.newPage();
}, 480_000);
afterAll(async () => {
  if (process.env.E2E_LOGS) console.log(stack?.logs());
  await stack?.stop();
});

async function checkA11y(name: string) {
  const violations = await stack.axe(page);
  expect(violations, `${name}: ${JSON.stringify(violations, null, 2)}`).toEqual([]);
}

describe('creator happy path', () => {
  it('signs up, verifies the email from the dev outbox and creates a workspace', async () => {
    await page.goto(`${stack.appUrl}/sign-up`);
    await checkA11y('sign-up');
    await stack.screenshot(page, 'sign-up');
    await page.getByLabel('Your name').fill('Casey Creator');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.waitForURL('**/verify-email');
    await page.getByRole('heading', { name: 'Check your inbox' }).waitFor();

    await page.goto(`${stack.appUrl}/dev/outbox?to=${encodeURIComponent(email)}`);
    await stack.screenshot(page, 'dev-outbox');
    await page.locator('a[href*="/verify-email?token="]').first().click();
    await page.waitForURL('**/welcome');
    await page.getByLabel('Workspace name').fill('Casey Studio');
    await page.getByRole('button', { name: 'Create workspace' }).click();
    await page.waitForURL('**/sites');
    await checkA11y('sites (empty)');
    await stack.screenshot(page, 'sites-empty');
  }, 60_000);

  it('creates a site, adds blocks, reorders them and publishes', async () => {
    await page.getByLabel('Site name').fill('Casey Creator');
    await page.getByLabel('Address').fill(slug);
    await page.getByRole('button', { name: 'Create site' }).click();
    await page.waitForURL(/\/sites\/site_/);

    const linkUrl = `http://mewayz.localhost:${stack.edgePort}/`;
    const add = page.locator('#add-block');
    await add.getByLabel('Title', { exact: true }).fill('My landing page');
    await add.getByLabel('URL', { exact: true }).fill(linkUrl);
    await page.getByRole('button', { name: 'Add link' }).click();
    await page.getByText('Link added.').waitFor();

    // A field error from the shared schema shows next to the field.
    await add.getByLabel('Title', { exact: true }).fill('Broken');
    await add.getByLabel('URL', { exact: true }).fill('javascript:alert(1)');
    await page.getByRole('button', { name: 'Add link' }).click();
    await page.locator('#new-url-error').waitFor();

    await page.getByRole('link', { name: 'Heading', exact: true }).click();
    await add.getByLabel('Heading text').waitFor();
    await add.getByLabel('Heading text').fill('Hello from Casey');
    await page.getByRole('button', { name: 'Add heading' }).click();
    await page.getByText('Heading added.').waitFor();

    // Keyboard reorder: the heading (2nd) moves to the top with Alt+ArrowUp on its handle.
    const items = page.locator('ol[aria-label="Blocks, in page order"] > li');
    await items
      .nth(1)
      .waitFor({ timeout: 5000 })
      .catch(async (err) => {
        await stack.screenshot(page, 'debug-two-blocks');
        throw err;
      });
    await items
      .nth(1)
      .getByRole('button', { name: /^Reorder Heading/ })
      .focus();
    const saved = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().includes('/sites/'));
    await page.keyboard.press('Alt+ArrowUp');
    await page.getByText(/Heading moved to position 1 of 2/).waitFor();
    await expect.poll(() => items.first().textContent(), { timeout: 10_000 }).toContain('Hello from Casey');
    expect((await saved).status()).toBe(200);
    await page.reload();
    await expect.poll(() => items.first().textContent(), { timeout: 10_000 }).toContain('Hello from Casey');

    // Drag and drop with the mouse: the link's handle dropped on the heading puts the link first again, then back.
    // The drag-and-drop module loads after the first render; its handles carry a role description.
    await page.locator('[aria-roledescription="sortable"]').first().waitFor();
    const dropped = page.waitForResponse(
      (r) => r.request().method() === 'POST' && r.url().includes('/sites/'),
    );
    await dragWithMouse(
      page,
      items.nth(1).getByRole('button', { name: /^Reorder Link/ }),
      items.nth(0).getByRole('button', { name: /^Reorder Heading/ }),
    );
    await expect.poll(() => items.first().textContent(), { timeout: 10_000 }).toContain('My landing page');
    expect((await dropped).status()).toBe(200);
    const back = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().includes('/sites/'));
    await items.nth(1).getByRole('button', { name: 'Move up' }).click();
    await expect.poll(() => items.first().textContent(), { timeout: 10_000 }).toContain('Hello from Casey');
    expect((await back).status()).toBe(200);

    // Avatar upload, saved as soon as a file is chosen: a file that is not an image is refused next to
    // the field; a PNG goes to R2. The bio saves by itself a moment after typing.
    const profile = page.locator('#profile');
    await profile.getByLabel('Avatar').setInputFiles({
      name: 'evil.png',
      mimeType: 'image/png',
      buffer: Buffer.from('<svg onload=alert(1)>'),
    });
    await page.getByText('Use a PNG, JPEG, WebP or GIF image.').waitFor();
    await profile
      .getByLabel('Avatar')
      .setInputFiles({ name: 'me.png', mimeType: 'image/png', buffer: Buffer.from(tinyPng, 'base64') });
    await page.getByAltText('Current avatar').waitFor();
    await expect(page.getByAltText('Current avatar').getAttribute('src')).resolves.toMatch(
      /^\/media\/avatars\//,
    );
    await profile.getByLabel('Bio').fill('Maker of small things.');
    await profile.getByRole('status', { name: 'Profile save state' }).getByText('Saved').waitFor();
    await expect(profile.getByRole('button', { name: 'Save profile' }).count()).resolves.toBe(0);

    // The draft preview is rendered by the edge's renderer.
    const preview = page.frameLocator('iframe[title="Live preview of the draft site"]');
    await preview.getByText('Hello from Casey').waitFor();
    await checkA11y('editor');
    await stack.screenshot(page, 'editor');

    await page.getByRole('button', { name: 'Publish' }).click();
    await page.getByText(/Published version 1/).waitFor();
    // The answer of the publish changes the page at once: no "Draft — not published" beside it.
    await expect(page.locator('h1').textContent()).resolves.toContain('Live');
    await expect(page.getByText('Draft — not published').count()).resolves.toBe(0);
    await stack.screenshot(page, 'editor-published');
  }, 180_000);

  it('serves the published site on its subdomain and counts a click in analytics', async () => {
    const site = await stack.browser.newPage();
    await site.goto(stack.siteUrl(slug));
    await site.getByText('Hello from Casey').waitFor();
    await site.getByText('Maker of small things.').waitFor();
    await stack.screenshot(site, 'public-site');
    // The avatar is served by the edge from the same R2 bucket the dashboard wrote to.
    const avatar = site.locator('img[src*="/media/avatars/"]').first();
    await expect(
      avatar.evaluate(async (img) => {
        const res = await fetch((img as unknown as { src: string }).src);
        return `${res.status} ${res.headers.get('content-type')}`;
      }),
    ).resolves.toBe('200 image/png');
    await site.getByRole('link', { name: /My landing page/ }).click();
    await site.waitForURL(`http://mewayz.localhost:${stack.edgePort}/`);
    await site.close();

    await eventually(
      async () => {
        await page.goto(`${stack.appUrl}/analytics?range=7`);
        const text = (await page.locator('dl').first().textContent()) ?? '';
        // The live counter moves first; the top links come from the jobs Worker's rollup, a moment later.
        const top = page.getByRole('list', { name: 'Top links by clicks' });
        return /Clicks today\s*1/.test(text) && (await top.count()) > 0;
      },
      60_000,
      1000,
    ).catch(async (err) => {
      await stack.screenshot(page, 'debug-analytics');
      console.log('live keys', await stack.deps.redis.keys('live:*'));
      console.log(stack.logs().slice(-3000));
      throw err;
    });
    await expect(page.getByRole('list', { name: 'Top links by clicks' }).textContent()).resolves.toContain(
      'My landing page',
    );
    await checkA11y('analytics');
    await stack.screenshot(page, 'analytics');

    const csv = await page.evaluate(async () => (await fetch('/analytics/export.csv?range=7')).text());
    expect(csv.split('\r\n')[0]).toBe('section,key,views,visitors,clicks,bots');
    expect(csv).toContain('My landing page');
  }, 150_000);
});
