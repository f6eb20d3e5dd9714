import { sitesService } from '@mewayz/core';
import { dbOf } from '@mewayz/core/admin';
import { analyticsDaily } from '@mewayz/db/schema';
import { themePresetPalettes } from '@mewayz/render';
import {
  createTenant,
  type DashboardStack,
  eventually,
  rollupRow,
  startDashboardStack,
  type Tenant,
  testPassword,
  uniqueSlug,
} from '@mewayz/testing';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The site editor in Chromium: sections that save themselves and a preview that follows, actions
 * whose answers show at once, the phone layout, per-kind options, image uploads, drag and drop
 * (mouse with auto-scroll, touch, keyboard), clicks per block, no sideways scrolling, and forms that
 * still post without JS.
 */
let stack: DashboardStack;
let page: Page;
let owner: Tenant;
const tinyPng =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
const actor = { userId: null };

beforeAll(async () => {
  stack = await startDashboardStack();
  page = await stack.browser.newPage();
  owner = await createTenant(stack.deps, 'Editor Studio');
  await page.goto(`${stack.appUrl}/sign-in`);
  await page.getByLabel('Email').fill(owner.user.email);
  await page.getByLabel('Password').fill(testPassword);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL('**/sites');
}, 480_000);
afterAll(async () => {
  if (process.env.E2E_LOGS) console.log(stack?.logs());
  await stack?.stop();
});

async function newSite(name = 'Robin Editor') {
  return sitesService.createSite(stack.deps, owner.scope, actor, { slug: uniqueSlug('ed'), name });
}

async function openEditor(siteId: string, query = '') {
  await page.goto(`${stack.appUrl}/sites/${siteId}${query}`);
  // Interactive once React has hydrated the editor.
  await page.locator('[data-editor-ready]').waitFor();
}

const preview = () => page.locator('iframe[title="Live preview of the draft site"]');
const rows = () => page.locator('ol[aria-label="Blocks, in page order"] > li');
const noSidewaysScroll = () => page.evaluate('document.documentElement.scrollWidth');

describe('site editor', () => {
  it('saves theme, profile and SEO by itself, previews each change, and publishes only on Publish', async () => {
    const site = await newSite();
    await openEditor(site.id);
    const theme = page.locator('#theme');
    await expect(theme.getByRole('button', { name: 'Save theme' }).count()).resolves.toBe(0);
    await theme.getByText('midnight', { exact: true }).click();
    await theme.getByRole('status', { name: 'Theme save state' }).getByText('Saved').waitFor();
    const midnightBg = themePresetPalettes.midnight.base.bg;
    await expect.poll(() => preview().getAttribute('srcdoc'), { timeout: 10_000 }).toContain(midnightBg);
    await stack.screenshot(page, 'editor-theme-saved', { fullPage: false });

    const profile = page.locator('#profile');
    await profile.getByLabel('Name').fill('Robin Renamed');
    await profile.getByRole('status', { name: 'Profile save state' }).getByText('Saving…').waitFor();
    await profile.getByRole('status', { name: 'Profile save state' }).getByText('Saved').waitFor();
    await expect.poll(() => preview().getAttribute('srcdoc')).toContain('Robin Renamed');

    // Bad input: the schema's message next to the field, nothing saved.
    const seo = page.locator('#seo');
    await seo.getByLabel('Social image URL').fill('javascript:alert(1)');
    await seo.getByRole('status', { name: 'SEO and settings save state' }).getByText('Not saved').waitFor();
    await expect(page.locator('#seo-og-image-error').textContent()).resolves.toBeTruthy();
    await expect(seo.getByLabel('Social image URL').getAttribute('aria-invalid')).resolves.toBe('true');
    await stack.screenshot(page, 'editor-seo-error', { fullPage: false });

    await page.reload();
    await expect(page.locator('#profile').getByLabel('Name').inputValue()).resolves.toBe('Robin Renamed');
    await expect(page.locator('#theme input[value="midnight"]').isChecked()).resolves.toBe(true);
    // Saved to the draft, not published.
    await page.getByText('Draft — not published').waitFor();
    const stored = await sitesService.getSite(stack.deps, owner.scope, site.id);
    expect(stored.publishedVersion).toBe(0);
    expect((stored.seo as { ogImageUrl?: string }).ogImageUrl).toBeUndefined();
  }, 90_000);

  it('shows what each action changed at once: add, edit, delete, publish', async () => {
    const site = await newSite('Instant Answers');
    await openEditor(site.id);
    const add = page.locator('#add-block');
    await add.getByLabel('Title', { exact: true }).fill('First link');
    await add.getByLabel('URL', { exact: true }).fill('https://example.com/one');
    await page.getByRole('button', { name: 'Add link' }).click();
    await page.getByText('Link added.').waitFor();
    await expect(rows().count()).resolves.toBe(1);
    await expect(add.getByLabel('Title', { exact: true }).inputValue()).resolves.toBe('');
    await expect.poll(() => preview().getAttribute('srcdoc')).toContain('First link');

    await rows().first().getByText('Edit', { exact: true }).click();
    await rows().first().getByLabel('Title', { exact: true }).fill('Renamed link');
    await rows().first().getByRole('status', { name: 'Block save state' }).getByText('Saved').waitFor();
    await expect(rows().first().textContent()).resolves.toContain('Renamed link');
    await expect.poll(() => preview().getAttribute('srcdoc')).toContain('Renamed link');

    await page.getByRole('button', { name: 'Publish' }).click();
    await page.getByText(/Published version 1/).waitFor();
    // Both at the same moment: the message and the state it describes.
    await expect(page.locator('h1').textContent()).resolves.toContain('Live');
    await expect(page.getByText('Draft — not published').count()).resolves.toBe(0);
    await expect(page.getByText(/version 1, published/).count()).resolves.toBe(1);

    await rows().first().getByRole('button', { name: 'Delete block' }).click();
    await page.getByText('Block deleted.').waitFor();
    await expect(rows().count()).resolves.toBe(0);
    await page.getByText('Unpublished changes').waitFor();
  }, 90_000);

  it('offers only the options that mean something for each block kind', async () => {
    const site = await newSite();
    await openEditor(site.id, '?add=divider');
    const add = page.locator('#add-block');
    await add.getByLabel('Visible').waitFor();
    await expect(add.getByLabel('Highlight (featured)').count()).resolves.toBe(0);
    await expect(add.getByLabel(/Show from/).count()).resolves.toBe(0);
    await page.getByRole('link', { name: 'Link', exact: true }).click();
    await page.getByRole('button', { name: 'Add link' }).waitFor();
    await expect(add.getByLabel('Highlight (featured)').count()).resolves.toBe(1);
    await expect(add.getByLabel(/Show from/).count()).resolves.toBe(1);
    await page.getByRole('link', { name: 'Text', exact: true }).click();
    await page.getByRole('button', { name: 'Add text' }).waitFor();
    await expect(add.getByLabel(/Show from/).count()).resolves.toBe(1);
    await expect(add.getByLabel('Highlight (featured)').count()).resolves.toBe(0);
  }, 60_000);

  it('uploads an image block to R2, shows it, and the published page serves it from /media/', async () => {
    const site = await newSite('Picture Person');
    await openEditor(site.id, '?add=image');
    const add = page.locator('#add-block');
    await add.getByLabel('Upload an image').setInputFiles({
      name: 'photo.png',
      mimeType: 'image/png',
      buffer: Buffer.from(tinyPng, 'base64'),
    });
    await add.getByLabel('Alt text').fill('A tiny dot');
    await page.getByRole('button', { name: 'Add image' }).click();
    await page.getByText('Image added.').waitFor();
    const thumb = rows().first().locator('img').first();
    await expect(thumb.getAttribute('src')).resolves.toMatch(/^\/media\/images\/.+\.png$/);
    await expect
      .poll(() => thumb.evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth))
      .toBe(1);
    const [block] = await sitesService.listBlocks(owner.scope, site.id);
    expect(block?.data).toMatchObject({ alt: 'A tiny dot', width: 1, height: 1 });
    await page.getByRole('button', { name: 'Publish' }).click();
    await page.getByText(/Published version 1/).waitFor();

    const visitor = await stack.browser.newPage();
    await visitor.goto(stack.siteUrl(site.slug));
    const img = visitor.locator('img[src*="/media/images/"]').first();
    await img.waitFor();
    await expect(
      img.evaluate(async (el) => {
        const res = await fetch((el as unknown as { src: string }).src);
        return `${res.status} ${res.headers.get('content-type')} ${new URL(res.url).pathname.split('/')[1]}`;
      }),
    ).resolves.toBe('200 image/png media');
    await visitor.close();
  }, 90_000);

  it('reorders a long list by mouse with auto-scroll, by touch and by keyboard; the order is saved', async () => {
    const site = await newSite('Long List');
    for (let i = 1; i <= 15; i++) {
      await sitesService.createBlock(stack.deps, owner.scope, actor, site.id, {
        type: 'header',
        data: { text: `Heading number ${i}` },
        active: true,
        featured: false,
        sensitive: false,
        startsAt: null,
        endsAt: null,
      });
    }
    await page.setViewportSize({ width: 1280, height: 800 });
    await openEditor(site.id);
    const handle = (i: number) =>
      rows()
        .nth(i)
        .getByRole('button', { name: /^Reorder Heading/ });
    // The drag-and-drop module has loaded once handles carry its role description.
    await page.locator('[aria-roledescription="sortable"]').first().waitFor();
    const order = async () =>
      (await rows().allTextContents()).map((t) => Number(/Heading number (\d+)/.exec(t)?.[1]));
    const savedOrder = async () =>
      (await sitesService.listBlocks(owner.scope, site.id)).map((b) =>
        Number(/(\d+)$/.exec(String((b.data as { text: string }).text))?.[1]),
      );

    // Mouse: the last block, from the bottom of the page, up past the top edge of the window.
    await handle(14).scrollIntoViewIfNeeded();
    expect(await page.evaluate('window.scrollY')).toBeGreaterThan(300);
    const box = await handle(14).boundingBox();
    if (!box) throw new Error('no handle');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2, 400, { steps: 10 });
    await page.mouse.move(box.x + box.width / 2, 4, { steps: 10 });
    await eventually(async () => (await page.evaluate('window.scrollY')) === 0, 20_000, 50);
    // Onto the top of the list: the rows below have moved aside to make room, so aim at where the
    // list starts rather than at the first row's shifted box.
    const list = await page.locator('ol[aria-label="Blocks, in page order"]').boundingBox();
    if (!list) throw new Error('no list');
    await page.mouse.move(box.x + box.width / 2, list.y + 10, { steps: 10 });
    await page.mouse.move(box.x + box.width / 2, list.y + 8, { steps: 2 });
    const dropped = page.waitForResponse((r) => r.request().method() === 'POST');
    await page.mouse.up();
    expect((await dropped).status()).toBe(200);
    // The list is what is checked (polled below): waiting for "load" also waits for the preview frame
    // and every image, which on a loaded machine has taken longer than the action's timeout.
    await page.reload({ waitUntil: 'domcontentloaded' });
    await expect
      .poll(order, { timeout: 10_000 })
      .toEqual([15, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
    await stack.screenshot(page, 'editor-long-list', { fullPage: false });

    // Touch: the first block dragged down onto the third, by finger (Chromium's touch input).
    await page.locator('[aria-roledescription="sortable"]').first().waitFor();
    const cdp = await page.context().newCDPSession(page);
    const t0 = await handle(0).boundingBox();
    const t2 = await handle(2).boundingBox();
    if (!t0 || !t2) throw new Error('no handles');
    const x = t0.x + t0.width / 2;
    await cdp.send('Input.dispatchTouchEvent', {
      type: 'touchStart',
      touchPoints: [{ x, y: t0.y + t0.height / 2 }],
    });
    for (let i = 1; i <= 12; i++) {
      const y = t0.y + t0.height / 2 + ((t2.y - t0.y + 6) * i) / 12;
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y }] });
    }
    const touched = page.waitForResponse((r) => r.request().method() === 'POST');
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    expect((await touched).status()).toBe(200);
    await expect.poll(savedOrder).toEqual([1, 2, 15, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);

    // Keyboard: Alt+ArrowDown on a block's handle moves it one place down (as before dnd-kit).
    await handle(0).focus();
    const keyed = page.waitForResponse((r) => r.request().method() === 'POST');
    await page.keyboard.press('Alt+ArrowDown');
    expect((await keyed).status()).toBe(200);
    await page.reload({ waitUntil: 'domcontentloaded' });
    await expect.poll(order).toEqual([2, 1, 15, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
    await page.setViewportSize({ width: 1366, height: 900 });
  }, 120_000);

  it('shows each block’s clicks of the last 30 days', async () => {
    const site = await newSite('Clicky');
    const link = await sitesService.createBlock(stack.deps, owner.scope, actor, site.id, {
      type: 'link',
      data: { title: 'Popular link', url: 'https://example.com/p' },
      active: true,
      featured: false,
      sensitive: false,
      startsAt: null,
      endsAt: null,
    });
    const today = new Date().toISOString().slice(0, 10);
    await dbOf(stack.deps)
      .insert(analyticsDaily)
      .values([
        rollupRow({
          organizationId: owner.scope.orgId,
          siteId: site.id,
          linkId: link.id,
          day: today,
          clicks: 5,
        }),
        rollupRow({
          organizationId: owner.scope.orgId,
          siteId: site.id,
          linkId: link.id,
          day: new Date(Date.now() - 3 * 86_400_000).toISOString().slice(0, 10),
          clicks: 2,
        }),
      ]);
    const social = await sitesService.createBlock(stack.deps, owner.scope, actor, site.id, {
      type: 'social',
      data: {
        links: [
          { network: 'instagram', url: 'https://instagram.com/clicky' },
          { network: 'github', url: 'https://github.com/clicky' },
        ],
      },
      active: true,
      featured: false,
      sensitive: false,
      startsAt: null,
      endsAt: null,
    });
    await dbOf(stack.deps)
      .insert(analyticsDaily)
      .values([
        rollupRow({
          organizationId: owner.scope.orgId,
          siteId: site.id,
          linkId: social.id,
          day: today,
          clicks: 4,
        }),
        ...[
          ['0', 1],
          ['1', 3],
        ].map(([value, clicks]) =>
          rollupRow({
            organizationId: owner.scope.orgId,
            siteId: site.id,
            linkId: social.id,
            day: today,
            dimension: 'item',
            value: value as string,
            clicks: clicks as number,
          }),
        ),
      ]);
    await openEditor(site.id);
    // The figures stream in after the editor is on screen.
    await expect
      .poll(() => rows().first().getByTitle('Clicks in the last 30 days').textContent())
      .toMatch(/^7\s*clicks in the last 30 days$/);
    const socialRow = rows().nth(1);
    await expect
      .poll(() => socialRow.getByTitle('Clicks in the last 30 days').textContent())
      .toMatch(/^4\s*clicks in the last 30 days$/);
    // Clicks per icon, in the order the icons show on the page.
    const perItem = socialRow.getByRole('list', { name: 'Clicks per link in the last 30 days' });
    await expect(perItem.getByRole('listitem').allTextContents()).resolves.toEqual([
      'Instagram 1',
      'GitHub 3',
    ]);
    await stack.screenshot(page, 'editor-clicks-per-item');
  }, 60_000);

  it('fits a phone: Edit | Preview in the first screen, nothing scrolls sideways at 360 px', async () => {
    const site = await newSite('A rather long site name that must wrap on a small phone screen');
    await sitesService.createBlock(stack.deps, owner.scope, actor, site.id, {
      type: 'link',
      data: {
        title: 'A link with a long title to see how it wraps',
        url: 'https://example.com/a/very/long/path/indeed',
      },
      active: true,
      featured: false,
      sensitive: false,
      startsAt: null,
      endsAt: null,
    });
    await page.setViewportSize({ width: 390, height: 844 });
    await openEditor(site.id);
    const toggle = page.getByRole('navigation', { name: 'Editor view' });
    const tb = await toggle.boundingBox();
    expect(tb && tb.y + tb.height).toBeLessThanOrEqual(844);
    await stack.screenshot(page, 'editor-390-edit', { fullPage: false });
    await toggle.getByRole('link', { name: 'Preview' }).click();
    await expect(preview().isVisible()).resolves.toBe(true);
    const pb = await preview().boundingBox();
    expect(pb?.y).toBeLessThan(844);
    await expect(page.locator('#add-block').isVisible()).resolves.toBe(false);
    await stack.screenshot(page, 'editor-390-preview', { fullPage: false });
    await toggle.getByRole('link', { name: 'Edit' }).click();
    await page.locator('#add-block').waitFor();

    await page.setViewportSize({ width: 360, height: 740 });
    for (const path of [`/sites/${site.id}`, '/sites']) {
      await page.goto(`${stack.appUrl}${path}`);
      await page.locator(path === '/sites' ? 'h1' : '[data-editor-ready]').waitFor();
      await stack.screenshot(page, `editor-360${path.replaceAll('/', '-')}`);
      await expect(noSidewaysScroll(), path).resolves.toBeLessThanOrEqual(360);
    }
    await page.goto(`${stack.appUrl}/sites/${site.id}`);
    await page
      .getByRole('navigation', { name: 'Editor view' })
      .getByRole('link', { name: 'Preview' })
      .click();
    await expect(noSidewaysScroll(), 'preview at 360').resolves.toBeLessThanOrEqual(360);
    await page.setViewportSize({ width: 1366, height: 900 });
  }, 90_000);

  it('still saves without JS: the forms post and show the result', async () => {
    const site = await newSite('No Script');
    const noJs = await stack.browser.newPage();
    await noJs.route(/\.js(\?|$)/, (r) => r.abort());
    await noJs.goto(`${stack.appUrl}/sites/${site.id}`);
    const profile = noJs.locator('#profile');
    await profile.getByLabel('Name').fill('Saved Without Script');
    await profile.getByRole('button', { name: 'Save profile' }).click();
    await noJs.waitForLoadState('load');
    await profile.getByRole('status', { name: 'Profile save state' }).getByText('Saved').waitFor();
    await expect(profile.getByLabel('Name').inputValue()).resolves.toBe('Saved Without Script');
    await expect(
      noJs.locator('iframe[title="Live preview of the draft site"]').getAttribute('srcdoc'),
    ).resolves.toContain('Saved Without Script');
    await noJs.close();
  }, 60_000);
});
