import { createHash } from 'node:crypto';
import { bookingsService, socialService } from '@mewayz/core';
import { dbOf } from '@mewayz/core/admin';
import { socialPostTargets } from '@mewayz/db/schema';
import {
  assertNoSidewaysScroll,
  createTenant,
  type DashboardStack,
  eventually,
  narrowViewport,
  startDashboardStack,
  storedPublishedPosts,
  storedSocialAccount,
  type Tenant,
  testActor,
  testPassword,
  tinyMp4,
} from '@mewayz/testing';
import { eq } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInAs } from './page-checks.ts';

/**
 * Social publishing in Chromium: connect the Bluesky, Mastodon and X stand-ins through their
 * authorization pages, compose a post with a link, publish it now, see it published once on each
 * network (through the tick, the `social-publish` queue and the jobs Worker), then its stats. Then
 * a post with an image, AI captions and a link, scheduled a minute ahead: refused images say why
 * next to the field, it goes out once on each network (Instagram too) with its image when its minute
 * comes, and the AI budget went down. Then a post with an MP4 video and its description: Bluesky's
 * refusal shows next to the field, and X (chunked upload) and Mastodon (processed upload) each get
 * it once, byte for byte.
 */
let stack: DashboardStack;
let page: Page;
let owner: Tenant;

beforeAll(async () => {
  stack = await startDashboardStack();
  page = await stack.browser.newPage();
  owner = await createTenant(stack.deps, 'Kiln Collective');
  await signInAs(stack, page, owner.user.email);
}, 480_000);
afterAll(async () => {
  if (process.env.E2E_LOGS) console.log(stack?.logs());
  await stack?.stop();
});

/**
 * A post's stats are synced at most every 15 minutes, and a tick may sync a post the moment it is
 * published, before the test set its counts: mark this workspace's posts due again rather than wait.
 */
async function statsDueNow() {
  await dbOf(stack.deps)
    .update(socialPostTargets)
    .set({ statsSyncedAt: null })
    .where(eq(socialPostTargets.organizationId, owner.scope.orgId));
}

/** Press the network's Connect button, then Authorize on its (stand-in) page; back on /social. */
async function connect(network: 'Bluesky' | 'X' | 'Mastodon' | 'Instagram') {
  await page.goto(`${stack.appUrl}/social`);
  if (network === 'Mastodon')
    await page.getByLabel('Mastodon instance').fill(stack.social.baseUrl('mastodon'));
  // atproto OAuth: the handle leads to the account's server (DID document, PDS, authorization server).
  if (network === 'Bluesky') await page.getByLabel('Bluesky handle').fill('@alice.standin.bsky');
  await page.getByRole('button', { name: `Connect ${network}`, exact: true }).click();
  await page.getByRole('heading', { name: 'Authorize Mewayz' }).waitFor();
  expect(page.url().startsWith(stack.social.url)).toBe(true);
  await page.getByRole('button', { name: 'Authorize' }).click();
  await page.waitForURL('**/social?connected=*');
  await page.getByText('Connected @').waitFor();
}

describe('social publishing', () => {
  it('connects three networks, publishes a post with a short link once on each, and shows its stats', async () => {
    // Bluesky asks for the handle; one that is not a handle is refused next to the field.
    await page.goto(`${stack.appUrl}/social`);
    await page.getByLabel('Bluesky handle').fill('not a handle');
    await page.getByRole('button', { name: 'Connect Bluesky', exact: true }).click();
    await page.getByText('Enter your Bluesky handle, like alice.bsky.social').waitFor();
    // The client metadata document the stand-in fetched to know us (atproto OAuth's client id).
    const doc = await page.evaluate(() => fetch('/oauth/bluesky/client-metadata.json').then((r) => r.json()));
    expect(doc).toMatchObject({
      client_id: `${stack.appUrl}/oauth/bluesky/client-metadata.json`,
      redirect_uris: [`${stack.appUrl}/social/callback`],
      scope: 'atproto transition:generic',
      dpop_bound_access_tokens: true,
      token_endpoint_auth_method: 'none',
    });
    for (const n of ['Bluesky', 'X', 'Mastodon'] as const) await connect(n);
    // The stand-in read the dashboard's document (no test registered it) and got a pushed request.
    expect(stack.social.requests()).toContain('POST /bluesky/entryway/oauth/par');
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
        await stack.tick(owner.scope.orgId);
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
        await statsDueNow();
        await stack.tick(owner.scope.orgId);
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
    await stack.tick(owner.scope.orgId);
    await stack.tick(owner.scope.orgId);
    expect(stack.social.posts()).toHaveLength(3);
    await stack.screenshot(page, 'social-published-desktop');
    await page.setViewportSize(narrowViewport);
    await stack.screenshot(page, 'social-published-phone');
    await assertNoSidewaysScroll(page);
  }, 300_000);
  it('schedules a post with an image, AI captions and a link a minute ahead; it goes out once on each network with its image', async () => {
    const remaining = async () => {
      await page.goto(`${stack.appUrl}/ai`);
      return Number(((await page.getByTestId('ai-remaining').textContent()) ?? '').replace(/\D/g, ''));
    };
    await page.setViewportSize({ width: 1366, height: 900 });
    const budgetBefore = await remaining();
    await connect('Instagram');
    const before = stack.social.posts().length;

    const link = 'https://shop.example.com/products/celadon-bud-vase';
    await page.getByLabel('Post', { exact: true }).fill(`The celadon bud vase is back: ${link}`);
    // Instagram needs an image; until one is attached the composer says so.
    await expect
      .poll(() => page.getByTestId('counter-instagram').textContent())
      .toContain('Instagram posts need an image');

    // A JPEG over Bluesky's 1 MB is refused next to the field, in the browser and by the server.
    const tooBig = Buffer.alloc(1_200_000);
    tooBig.set([0xff, 0xd8, 0xff, 0xe0]);
    const imageField = page.getByLabel('Image or video', { exact: true });
    await imageField.setInputFiles({ name: 'big.jpg', mimeType: 'image/jpeg', buffer: tooBig });
    await page.getByText('Bluesky takes images up to 1 MB; this one is 1.2 MB').first().waitFor();
    await page.getByRole('button', { name: 'Publish now' }).click();
    await page.getByRole('alert').getByText('Bluesky takes images up to 1 MB').first().waitFor();
    expect(stack.social.posts()).toHaveLength(before);

    // A real JPEG, drawn by the browser.
    const dataUrl = String(
      await page.evaluate(`(() => {
        const c = document.createElement('canvas');
        c.width = 120; c.height = 120;
        const g = c.getContext('2d');
        g.fillStyle = '#1d4e5f'; g.fillRect(0, 0, 120, 120);
        g.fillStyle = '#9fd8cb'; g.beginPath(); g.arc(60, 60, 40, 0, 7); g.fill();
        return c.toDataURL('image/jpeg', 0.9);
      })()`),
    );
    const jpeg = Buffer.from(dataUrl.split(',')[1]!, 'base64');
    await imageField.setInputFiles({ name: 'vase.jpg', mimeType: 'image/jpeg', buffer: jpeg });
    // The refusal leaves the field with the new image (the page's notice of it stays).
    await expect.poll(() => page.getByText('this one is 1.2 MB').count()).toBe(1);
    await page.getByLabel('Image description (alt text)').fill('A pale green vase on a wooden shelf');
    await expect.poll(() => page.getByTestId('counter-instagram').textContent()).not.toContain('need');

    // Captions with AI fill each network's own text; nothing is posted by it.
    await page.getByText('Write with AI').click();
    await page.getByLabel('What is it about?').fill('our celadon bud vase is back in stock');
    await page.getByRole('button', { name: 'Write', exact: true }).click();
    await page.getByRole('button', { name: 'Use all' }).click();
    const variant = (n: string) => page.locator(`#f-variant_${n}`);
    for (const n of ['bluesky', 'mastodon', 'x', 'instagram'])
      await expect.poll(() => variant(n).inputValue()).not.toBe('');
    const caption = await variant('mastodon').inputValue();
    expect(stack.social.posts()).toHaveLength(before);
    // Mastodon keeps the AI caption with the link; the others post the text above.
    await variant('mastodon').fill(`${caption} ${link}`);
    for (const n of ['bluesky', 'x', 'instagram']) await variant(n).fill('');

    // A minute ahead, in the zone the composer shows times in.
    await page.getByLabel('Schedule').check();
    const zone = /\(([^)]+)\)/.exec((await page.getByText(/^Date and time \(/).textContent()) ?? '')![1]!;
    const at = new Date(Math.ceil((Date.now() + 75_000) / 60_000) * 60_000);
    const zoned = Object.fromEntries(
      new Intl.DateTimeFormat('en-CA', {
        timeZone: zone,
        hourCycle: 'h23',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
      })
        .formatToParts(at)
        .map((p) => [p.type, p.value]),
    );
    await page
      .getByLabel(/^Date and time/)
      .fill(`${zoned.year}-${zoned.month}-${zoned.day}T${zoned.hour}:${zoned.minute}`);
    await stack.screenshot(page, 'social-composer-image-desktop');
    await page.getByRole('button', { name: 'Schedule', exact: true }).click();
    await page.getByText('Scheduled for').waitFor();

    // The calendar's day says its weekday and date ("Thu 3 Dec"), and holds the post.
    const day = new Intl.DateTimeFormat('en-GB', {
      timeZone: zone,
      weekday: 'short',
      day: 'numeric',
      month: 'short',
    }).format(at);
    const calendarDay = page.getByTestId('social-calendar').locator('li', { hasText: day });
    await expect.poll(() => calendarDay.textContent()).toContain('The celadon bud vase');
    // A day lists its posts in the order they go out (the first test's went out earlier).
    const dayText = (await calendarDay.textContent()) ?? '';
    if (dayText.includes('Spring glazes'))
      expect(dayText.indexOf('Spring glazes')).toBeLessThan(dayText.indexOf('The celadon'));
    const post = page.getByTestId('social-post').first();
    await expect.poll(() => post.textContent()).toContain('scheduled');

    // Not before its minute.
    await stack.tick(owner.scope.orgId);
    if (Date.now() < at.getTime() - 5_000) expect(stack.social.posts()).toHaveLength(before);
    // Counts are given each post as it appears, before the next tick's stats sync reads it (the
    // first sync of a target happens at once, the next only 15 minutes later).
    const engaged = new Set<string>();
    const engageNew = () => {
      for (const p of stack.social.posts().slice(before))
        if (!engaged.has(p.id)) {
          stack.social.engage(p.id, { likes: 7, reposts: 3, replies: 2, impressions: 120 });
          engaged.add(p.id);
        }
    };
    await eventually(
      async () => {
        engageNew();
        await stack.tick(owner.scope.orgId);
        engageNew();
        return stack.social.posts().length === before + 4;
      },
      180_000,
      2000,
    );
    expect(Date.now()).toBeGreaterThanOrEqual(at.getTime() - 2_000);
    const sent = stack.social.posts().slice(before);
    expect(sent.map((p) => p.network).sort()).toEqual(['bluesky', 'instagram', 'mastodon', 'x']);
    for (const p of sent) {
      // The link went out as a Mewayz short link.
      expect(p.text).not.toContain('shop.example.com');
      expect(p.text).toMatch(/\/[A-Za-z0-9]{7}$/);
    }
    expect(sent.find((p) => p.network === 'mastodon')!.text.startsWith(caption)).toBe(true);
    // Each network received the image itself (its type, its bytes, its description — X's through
    // its media metadata).
    for (const n of ['bluesky', 'mastodon', 'x'])
      expect(sent.find((p) => p.network === n)!.images).toEqual([
        {
          contentType: 'image/jpeg',
          bytes: jpeg.length,
          sha256: createHash('sha256').update(jpeg).digest('hex'),
          alt: 'A pale green vase on a wooden shelf',
        },
      ]);
    // Instagram fetches the image from the public media URL the container names.
    expect(sent.find((p) => p.network === 'instagram')!.media[0]).toMatch(
      /\/media\/social\/[a-z0-9_]+\/posts\/[A-Za-z0-9_-]+\.jpg$/,
    );

    await eventually(
      async () => {
        await statsDueNow();
        await stack.tick(owner.scope.orgId);
        await page.goto(`${stack.appUrl}/social`);
        const stats = await page.getByTestId('social-post').first().getByTestId('stats').allTextContents();
        return stats.length === 4 && stats.every((s) => s.includes('3 reposts'));
      },
      60_000,
      1000,
    );
    const published = page.getByTestId('social-post').first();
    const thumb = published.getByTestId('post-image');
    await expect.poll(() => thumb.getAttribute('alt')).toBe('A pale green vase on a wooden shelf');
    await expect
      .poll(() =>
        thumb.evaluate((img) => {
          const loaded = img as unknown as { complete: boolean; naturalWidth: number };
          return loaded.complete && loaded.naturalWidth;
        }),
      )
      .toBe(120);
    await stack.tick(owner.scope.orgId);
    await stack.tick(owner.scope.orgId);
    expect(stack.social.posts()).toHaveLength(before + 4);
    await stack.screenshot(page, 'social-image-published-desktop');
    await page.setViewportSize(narrowViewport);
    await stack.screenshot(page, 'social-image-published-phone');
    await assertNoSidewaysScroll(page);
    await page.setViewportSize({ width: 1366, height: 900 });

    // The captions were paid from the month's AI budget.
    expect(await remaining()).toBeLessThan(budgetBefore);
  }, 420_000);

  it('publishes an MP4 with its description to Bluesky, X and Mastodon once each, byte for byte', async () => {
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.goto(`${stack.appUrl}/social`);
    const before = stack.social.posts().length;
    const video = Buffer.from(tinyMp4({ seconds: 6, mediaBytes: 180_000 }));
    await page.getByLabel('Post', { exact: true }).fill('Pulling a handle, in six seconds');
    const field = page.getByLabel('Image or video', { exact: true });
    await expect
      .poll(() => field.locator('xpath=..').locator('..').textContent())
      .toContain('MP4 video up to 50 MB');
    const first = Buffer.from(tinyMp4({ seconds: 4, mediaBytes: 2_000 }));
    await field.setInputFiles({ name: 'first.mp4', mimeType: 'video/mp4', buffer: first });
    // The preview never plays by itself.
    const preview = page.getByTestId('media-preview');
    await preview.waitFor();
    expect(
      await preview.evaluate((v) => [
        (v as unknown as { autoplay: boolean }).autoplay,
        v.hasAttribute('controls'),
      ]),
    ).toEqual([false, true]);
    expect(stack.social.posts()).toHaveLength(before);

    // Another file replaces it; Instagram (which fetches the file itself) is left out.
    await page.getByLabel(/^Instagram @/).uncheck();
    await field.setInputFiles({ name: 'handle.mp4', mimeType: 'video/mp4', buffer: video });
    await expect.poll(() => page.locator('#f-media-error').allTextContents()).toEqual([]);
    await page
      .getByLabel('Video description')
      .fill('A handle pulled from a lump of clay and attached to a mug');
    await stack.screenshot(page, 'social-composer-video-desktop');
    await page.setViewportSize(narrowViewport);
    await stack.screenshot(page, 'social-composer-video-phone');
    await assertNoSidewaysScroll(page);
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.getByRole('button', { name: 'Publish now' }).click();
    await page.getByText('Publishing now').waitFor();

    await eventually(
      async () => {
        await stack.tick(owner.scope.orgId);
        return stack.social.posts().length >= before + 3;
      },
      120_000,
      2000,
    );
    await stack.tick(owner.scope.orgId);
    const sent = stack.social.posts().slice(before);
    expect(sent.map((p) => p.network).sort()).toEqual(['bluesky', 'mastodon', 'x']);
    for (const p of sent)
      expect(p.images, p.network).toEqual([
        {
          contentType: 'video/mp4',
          bytes: video.length,
          sha256: createHash('sha256').update(video).digest('hex'),
          alt: 'A handle pulled from a lump of clay and attached to a mug',
        },
      ]);
    await page.goto(`${stack.appUrl}/social`);
    const row = page.getByTestId('social-post').first();
    await expect.poll(() => row.textContent()).toContain('Pulling a handle');
    await expect.poll(() => row.getByTestId('target-x').textContent()).toContain('published');
    await expect.poll(() => row.getByTestId('target-mastodon').textContent()).toContain('published');
    await expect.poll(() => row.getByTestId('target-bluesky').textContent()).toContain('published');
    // The post shows its video, served from the workspace's media.
    const shown = row.getByTestId('post-video');
    expect(await shown.getAttribute('aria-label')).toBe(
      'A handle pulled from a lump of clay and attached to a mug',
    );
    const src = (await shown.getAttribute('src'))!;
    const served = await page.evaluate(
      `fetch(${JSON.stringify(src)}).then(async (r) => [r.status, r.headers.get('content-type'), (await r.arrayBuffer()).byteLength])`,
    );
    expect(served).toEqual([200, 'video/mp4', video.length]);
    await stack.screenshot(page, 'social-video-published-desktop');
    await page.setViewportSize(narrowViewport);
    await stack.screenshot(page, 'social-video-published-phone');
    await assertNoSidewaysScroll(page);
    await page.setViewportSize({ width: 1366, height: 900 });
    expect(stack.social.posts()).toHaveLength(before + 3);
  }, 300_000);

  it('shows engagement per account and the best time from the history, and the hint fills the schedule', async () => {
    // A creator in Berlin with six weeks of posts on X and Mastodon: Thursdays 18:00 do best.
    const zone = 'Europe/Berlin';
    const creator = await createTenant(stack.deps, 'Insights Studio');
    const x = await storedSocialAccount(creator.scope, 'x', '@studio_x');
    const mastodon = await storedSocialAccount(creator.scope, 'mastodon', '@studio@social.example');
    const today = bookingsService.wallClockAt(Date.now(), zone).date;
    const lastDay = (weekday: number) => {
      let d = bookingsService.addDays(today, -2);
      while (bookingsService.weekdayOf(d) !== weekday) d = bookingsService.addDays(d, -1);
      return d;
    };
    const weekly = (weekday: number, minute: number) =>
      Array.from({ length: 6 }, (_, k) => {
        const date = bookingsService.addDays(lastDay(weekday), -7 * k);
        return new Date(bookingsService.instantOf(date, minute, zone) ?? Date.parse(`${date}T12:00:00Z`));
      });
    await storedPublishedPosts(creator.scope, [
      ...weekly(3, 18 * 60).map((at) => ({ at, accountIds: [x, mastodon], likes: 40, impressions: 900 })),
      ...weekly(0, 9 * 60).map((at) => ({ at, accountIds: [x, mastodon], likes: 8, impressions: 300 })),
    ]);
    const context = await stack.otherContext({ timezoneId: zone, viewport: { width: 1280, height: 800 } });
    const p = await context.newPage();
    await p.goto(`${stack.appUrl}/sign-in`);
    await p.getByLabel('Email').fill(creator.user.email);
    await p.getByLabel('Password').fill(testPassword);
    await p.getByRole('button', { name: 'Sign in' }).click();
    await p.waitForURL(/\/(sites|welcome)/);

    // The browser's zone reaches the server (cookie) once a page ran: days and hours are Berlin's.
    await p.goto(`${stack.appUrl}/social`);
    await p.getByRole('link', { name: 'Insights and best times' }).click();
    await p.waitForURL('**/social/insights');
    await p.getByText(`Days and hours in ${zone}`).waitFor();
    // 30 days by default; the six weeks of history need 90.
    await p.getByRole('link', { name: '90 days' }).click();
    await p.waitForURL('**/social/insights?days=90');
    const xCard = p.getByTestId('insights-x');
    // Polled: the address changes a moment before the new window's figures are rendered.
    await expect.poll(() => xCard.getByTestId('total-posts').textContent()).toBe('12');
    expect(await xCard.getByTestId('total-likes').textContent()).toBe(String(6 * 40 + 6 * 8));
    expect(await xCard.getByTestId('engagement-per-post').textContent()).toBe('24');
    expect(await xCard.textContent()).toContain('7,200');
    expect(await p.getByTestId('insights-mastodon').textContent()).toContain(
      'Mastodon does not report impressions',
    );
    expect(await xCard.getByTestId('sparkline').count()).toBe(1);
    const best = p.getByTestId('best-times');
    expect(await best.textContent()).toContain('Thu 18:00–19:00');
    expect(await best.textContent()).toContain('6 posts');
    // The 7-day window holds at most one of each weekly post.
    await p.getByRole('link', { name: '7 days' }).click();
    await p.waitForURL('**/social/insights?days=7');
    await expect
      .poll(async () => Number(await xCard.getByTestId('total-posts').textContent()))
      .toBeLessThanOrEqual(2);
    await p.getByRole('link', { name: '30 days' }).click();
    await p.waitForURL('**/social/insights?days=30');
    await stack.screenshot(p, 'social-insights-desktop');
    await p.setViewportSize(narrowViewport);
    await stack.screenshot(p, 'social-insights-phone');
    await assertNoSidewaysScroll(p);
    await p.setViewportSize({ width: 1280, height: 800 });

    // The composer's schedule hint: one click picks the next Thursday 18:00 in Berlin.
    const next = socialService.nextSlotStart({ weekday: 3, hour: 18 }, zone, new Date())!;
    await p.goto(`${stack.appUrl}/social`);
    const hint = p.getByTestId('best-time-hint');
    expect(await hint.textContent()).toContain('Your posts do best Thu 18:00–19:00');
    await hint.getByRole('link', { name: /^Use / }).click();
    await expect.poll(() => p.getByLabel(`Date and time (${zone})`).inputValue()).toBe(next.local);
    expect(await p.getByRole('radio', { name: 'Schedule' }).isChecked()).toBe(true);
    await p.getByLabel('Post', { exact: true }).fill('Thursday evening kiln opening');
    await stack.screenshot(p, 'social-best-time-hint-desktop');
    await p.getByRole('button', { name: 'Schedule', exact: true }).click();
    await p.getByText(`Scheduled for ${next.local.replace('T', ' ')} (${zone})`).waitFor();
    const [scheduled] = await socialService.listSocialPosts(stack.deps, creator.scope, {
      status: 'scheduled',
    });
    expect(scheduled?.scheduledAt).toBe(next.at);
    // Canceled again: the jobs Worker of another test file must not try it when its time comes.
    await socialService.cancelSocialPost(stack.deps, creator.scope, testActor, scheduled!.id);
    // Without JavaScript the hint is a plain address the server fills the form from.
    const href = await p
      .getByTestId('best-time-hint')
      .getByRole('link', { name: /^Use / })
      .getAttribute('href');
    expect(href).toContain(`at=${encodeURIComponent(next.local)}`);
    await p.goto(new URL(href!, p.url()).toString());
    expect(await p.getByLabel(`Date and time (${zone})`).inputValue()).toBe(next.local);
    await p.setViewportSize(narrowViewport);
    await stack.screenshot(p, 'social-best-time-hint-phone');
    await assertNoSidewaysScroll(p);
  }, 300_000);
});
