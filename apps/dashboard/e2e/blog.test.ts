import { deflateSync } from 'node:zlib';
import {
  assertNoSidewaysScroll,
  createPublishedSite,
  createTenant,
  type DashboardStack,
  signedInPage,
  startDashboardStack,
  type Tenant,
} from '@mewayz/testing';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The blog end to end in headless Chromium: the creator writes a post with a cover in the dashboard
 * and publishes it; a visitor opens it on the site, finds it in the index and in the RSS feed (parsed
 * by the browser's own XML parser).
 */
let stack: DashboardStack;
let creator: Page;
let visitor: Page;
let owner: Tenant;
let slug: string;
let siteId: string;

beforeAll(async () => {
  stack = await startDashboardStack();
  owner = await createTenant(stack.deps, 'Kiln Notes');
  ({
    slug,
    site: { id: siteId },
  } = await createPublishedSite(stack.deps, owner.scope));
  creator = await signedInPage(stack, owner.user.email);
  visitor = await stack.browser.newPage();
}, 300_000);
afterAll(async () => {
  if (process.env.E2E_LOGS) console.log(stack?.logs());
  await stack?.stop();
});

/** A solid-colour PNG (8-bit RGB), so the cover has a real size to show. */
function solidPng(width: number, height: number, [r, g, b]: [number, number, number]): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf: Buffer) => {
    let c = 0xffffffff;
    for (const byte of buf) c = crcTable[(c ^ byte) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, body: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(body.length);
    const typed = Buffer.concat([Buffer.from(type), body]);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(typed));
    return Buffer.concat([len, typed, sum]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.concat([
    Buffer.from([0]),
    Buffer.from(Array.from({ length: width }, () => [r, g, b]).flat()),
  ]);
  const pixels = deflateSync(Buffer.concat(Array.from({ length: height }, () => row)));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', pixels),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Desktop and 360 px screenshots, and no sideways scrolling on the phone. */
async function shoot(page: Page, name: string) {
  await page.setViewportSize({ width: 1280, height: 800 });
  await stack.screenshot(page, `${name}-1280`, { fullPage: true });
  await assertNoSidewaysScroll(page);
  await stack.screenshot(page, `${name}-360`, { fullPage: true });
  await page.setViewportSize({ width: 1280, height: 800 });
}

describe('blog', () => {
  it('writes a post with a cover, publishes it, and a visitor reads it on the site, in the index and the feed', async () => {
    await creator.goto(`${stack.appUrl}/sites/${siteId}/blog`);
    await creator.getByLabel('Title').fill('Firing schedules & cones');
    await creator.getByRole('button', { name: 'New post' }).click();
    await creator.waitForURL(/\/blog\/post_/);
    await creator
      .getByLabel('Text (Markdown)')
      .fill(
        'Cone 6 is where **most studio glazes** mature.\n\n- Candle overnight\n- Ramp slowly through quartz inversion\n\nMore on [Digitalfire](https://digitalfire.com/).',
      );
    await creator.getByLabel('Excerpt').fill('What a cone measures, and a schedule that works.');
    await creator.getByLabel('Tags').fill('kiln, firing');
    await creator.getByLabel('Cover description').fill('A kiln at cone 6');
    await creator.getByRole('button', { name: 'Save', exact: true }).click();
    await creator.getByText('Saved as a draft.').waitFor();
    // The preview is the edge renderer's page for this post.
    const preview = creator.frameLocator('[data-testid="post-preview"]');
    await preview.getByRole('heading', { name: 'Firing schedules & cones' }).waitFor();
    await expect(preview.locator('strong').first().textContent()).resolves.toBe('most studio glazes');

    await creator
      .locator('#cover-file')
      .setInputFiles({ name: 'kiln.png', mimeType: 'image/png', buffer: solidPng(1200, 630, [196, 98, 45]) });
    await creator.getByRole('button', { name: 'Upload cover' }).click();
    await creator.getByText('Cover uploaded.').waitFor();
    await creator.getByTestId('post-cover').waitFor();
    await creator.getByRole('button', { name: 'Save and publish' }).click();
    await creator.getByText('Published: it is on your blog now.').waitFor();
    // Live now: the editor offers to take it off the site.
    await creator.getByRole('button', { name: 'Unpublish' }).waitFor();
    await shoot(creator, 'blog-editor');

    // The visitor: the post, with its cover served by the site's /media/ and sized.
    const site = stack.siteUrl(slug);
    await visitor.goto(`${site}blog/firing-schedules-cones`);
    await expect(visitor.locator('article h1').textContent()).resolves.toBe('Firing schedules & cones');
    const cover = visitor.locator('article img.cv');
    await expect(cover.getAttribute('width')).resolves.toBe('1200');
    await expect(cover.getAttribute('alt')).resolves.toBe('A kiln at cone 6');
    await expect(
      cover.evaluate((img) => {
        const loaded = img as unknown as { complete: boolean; naturalWidth: number };
        return loaded.complete && loaded.naturalWidth;
      }),
    ).resolves.toBe(1200);
    await expect(visitor.locator('script').count()).resolves.toBe(0);
    await shoot(visitor, 'blog-post');

    await visitor.goto(`${site}blog`);
    await visitor.getByRole('link', { name: 'Firing schedules & cones' }).waitFor();
    await expect(visitor.getByText('1 min read').count()).resolves.toBeGreaterThan(0);
    await shoot(visitor, 'blog-index');

    // The feed, through the browser's strict XML parser.
    const feed = await visitor.goto(`${site}blog/rss.xml`);
    expect(feed!.headers()['content-type']).toBe('application/rss+xml; charset=utf-8');
    const text = await feed!.text();
    const parsed = await visitor.evaluate(`(() => {
      const doc = new DOMParser().parseFromString(${JSON.stringify(text)}, 'application/xml');
      const error = doc.querySelector('parsererror');
      if (error) return { error: error.textContent };
      return [...doc.querySelectorAll('item')].map((i) => ({
        title: i.querySelector('title')?.textContent,
        link: i.querySelector('link')?.textContent,
      }));
    })()`);
    expect(parsed).toEqual([
      { title: 'Firing schedules & cones', link: `${site}blog/firing-schedules-cones` },
    ]);
  }, 240_000);
});
