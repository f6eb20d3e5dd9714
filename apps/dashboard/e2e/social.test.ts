import {
  assertNoSidewaysScroll,
  createTenant,
  type DashboardStack,
  eventually,
  narrowViewport,
  startDashboardStack,
  type Tenant,
  testPassword,
} from '@mewayz/testing';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * Social publishing in Chromium: connect the Bluesky, Mastodon and X stand-ins through their
 * authorization pages, compose a post with a link, publish it now, see it published once on each
 * network (through the tick, the `social-publish` queue and the jobs Worker), then its stats.
 */
let stack: DashboardStack;
let page: Page;
let owner: Tenant;

beforeAll(async () => {
  stack = await startDashboardStack();
  page = await stack.browser.newPage();
  owner = await createTenant(stack.deps, 'Kiln Collective');
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

/** Press the network's Connect button, then Authorize on its (stand-in) page; back on /social. */
async function connect(network: 'Bluesky' | 'X' | 'Mastodon') {
  await page.goto(`${stack.appUrl}/social`);
  if (network === 'Mastodon')
    await page.getByLabel('Mastodon instance').fill(stack.social.baseUrl('mastodon'));
  await page.getByRole('button', { name: `Connect ${network}`, exact: true }).click();
  await page.getByRole('heading', { name: 'Authorize Mewayz' }).waitFor();
  expect(page.url().startsWith(stack.social.url)).toBe(true);
  await page.getByRole('button', { name: 'Authorize' }).click();
  await page.waitForURL('**/social?connected=*');
  await page.getByText('Connected @').waitFor();
}

describe('social publishing', () => {
  it('connects three networks, publishes a post with a short link once on each, and shows its stats', async () => {
    for (const n of ['Bluesky', 'X', 'Mastodon'] as const) await connect(n);
    const accounts = page.getByTestId('social-accounts');
    for (const handle of ['@alice.standin.bsky', '@alice_makes', '@alice@'])
      await expect.poll(() => accounts.textContent()).toContain(handle);

    const text = 'Spring glazes just landed: https://shop.example.com/collections/spring-glazes-2026';
    await page.getByLabel('Post', { exact: true }).fill(text);
    // Live counters per network: X and Mastodon count the link as 23.
    await expect.poll(() => page.getByTestId('counter-x').textContent()).toContain(`${27 + 23} / 280`);
    await expect.poll(() => page.getByTestId('counter-mastodon').textContent()).toContain(`${27 + 23} / 500`);
    await expect
      .poll(() => page.getByTestId('counter-bluesky').textContent())
      .toContain(`${text.length} / 300`);
    await stack.screenshot(page, 'social-composer-desktop');
    await page.getByRole('button', { name: 'Publish now' }).click();
    await page.getByText('Publishing now').waitFor();

    // npm start's tick (and the cron in production) queues it; the jobs Worker publishes.
    await eventually(
      async () => {
        await stack.tick();
        return stack.social.posts().length === 3;
      },
      60_000,
      1000,
    );
    const posts = stack.social.posts();
    expect(posts.map((p) => p.network).sort()).toEqual(['bluesky', 'mastodon', 'x']);
    // The link went out as a Mewayz short link.
    for (const p of posts) {
      expect(p.text).not.toContain('shop.example.com');
      expect(p.text).toMatch(/\/[A-Za-z0-9]{7}$/);
    }

    for (const [i, p] of posts.entries())
      stack.social.engage(p.id, { likes: 5 + i, reposts: 2, replies: 1, impressions: 300 });
    await eventually(
      async () => {
        await stack.tick();
        await page.goto(`${stack.appUrl}/social`);
        const stats = await page.getByTestId('stats').allTextContents();
        return stats.length === 3 && stats.every((s) => s.includes('2 reposts'));
      },
      60_000,
      1000,
    );
    const post = page.getByTestId('social-post').first();
    for (const n of ['bluesky', 'mastodon', 'x'])
      await expect.poll(() => post.getByTestId(`target-${n}`).textContent()).toContain('published');
    await expect.poll(() => post.getByTestId('target-x').textContent()).toContain('300 views');
    // Published once: more ticks publish nothing more.
    await stack.tick();
    await stack.tick();
    expect(stack.social.posts()).toHaveLength(3);
    await stack.screenshot(page, 'social-published-desktop');
    await page.setViewportSize(narrowViewport);
    await stack.screenshot(page, 'social-published-phone');
    await assertNoSidewaysScroll(page);
  }, 300_000);
});
