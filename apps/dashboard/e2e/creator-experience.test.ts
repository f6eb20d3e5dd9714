import { request as httpRequest } from 'node:http';
import { domainsService, linksService } from '@mewayz/core';
import {
  createPublishedSite,
  createTenant,
  type DashboardStack,
  eventually,
  sidewaysScroll,
  startDashboardStack,
  type Tenant,
  testPassword,
} from '@mewayz/testing';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The creator experience issue: analytics figures that agree everywhere (site link clicks and
 * short-link clicks of one day), click counts in the short-links list, and no page of the dashboard
 * scrolling sideways on a 360 px phone.
 */
let stack: DashboardStack;
let page: Page;
let owner: Tenant;
let siteId: string;
let link: Awaited<ReturnType<typeof linksService.createShortLink>>;
const today = new Date().toISOString().slice(0, 10);

/** GET on the edge with a Host header (fetch() will not set one), as an API client would. */
function edgeGet(path: string, headers: Record<string, string>): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port: stack.edgePort, path, headers: { host: 'mewayz.localhost', ...headers } },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (d) => (body += d));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

/** Every card of the analytics page: label → number. */
async function cards(): Promise<Record<string, number>> {
  return (await page.evaluate(`Object.fromEntries([...document.querySelectorAll('dt')].map((dt) =>
    [dt.textContent.trim(), Number(dt.nextElementSibling.textContent.replace(/,/g, ''))]))`)) as Record<
    string,
    number
  >;
}

beforeAll(async () => {
  stack = await startDashboardStack();
  page = await stack.browser.newPage();
  owner = await createTenant(stack.deps, 'Experience Studio');
  const landing = `http://mewayz.localhost:${stack.edgePort}/`;
  const site = await createPublishedSite(stack.deps, owner.scope, {
    blocks: [{ type: 'link', data: { title: 'Shop', url: landing }, active: true } as never],
  });
  siteId = site.site.id;
  link = await linksService.createShortLink(
    stack.deps,
    owner.scope,
    { userId: owner.user.id },
    {
      url: landing,
      title: 'Spring sale with a rather long title that needs room',
      passQuery: true,
      active: true,
    },
  );
  // A long custom domain, so the domains page has a row to fit on a phone.
  await domainsService.addDomain(
    stack.deps,
    owner.scope,
    { userId: owner.user.id },
    {
      siteId,
      hostname: 'links-and-more.a-rather-long-brand-name.example.com',
    },
  );
  // A person clicks the site's link block, then the short link, on the same day.
  const visitor = await stack.browser.newPage();
  await visitor.goto(stack.siteUrl(site.slug));
  await visitor.getByRole('link', { name: /Shop/ }).click();
  await visitor.waitForURL(landing);
  await visitor.goto(`${landing}${link.code}`);
  await visitor.waitForURL(landing);
  await visitor.close();
}, 900_000);
afterAll(async () => {
  if (process.env.E2E_LOGS) console.log(stack?.logs());
  await stack?.stop();
});

const signedOutPages = ['/sign-in', '/sign-up', '/forgot-password'];
const signedInPages = () => [
  '/sites',
  `/sites/${siteId}`,
  '/links',
  '/domains',
  '/analytics',
  '/members',
  '/settings/security',
  '/audit',
  '/dev/outbox',
  '/tokens',
  '/webhooks',
  '/products',
  '/products/new',
  '/products/categories',
];

/** Visit each path and collect why it scrolls sideways at 360 px (none, when all is well). */
async function sidewaysPages(paths: string[]): Promise<string[]> {
  const problems: string[] = [];
  for (const path of paths) {
    await page.setViewportSize({ width: 360, height: 740 });
    const res = await page.goto(`${stack.appUrl}${path}`);
    expect(res?.status(), path).toBe(200);
    expect(new URL(page.url()).pathname, `${path} redirected`).toBe(path);
    const problem = await sidewaysScroll(page);
    if (problem) problems.push(problem);
  }
  return problems;
}

describe('creator experience', () => {
  it('no signed-out page scrolls sideways at 360 px', async () => {
    expect(await sidewaysPages(signedOutPages)).toEqual([]);
  }, 60_000);

  it('shows one number per figure in every card, the chart, the CSV and the API', async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${stack.appUrl}/sign-in`);
    await page.getByLabel('Email').fill(owner.user.email);
    await page.getByLabel('Password').fill(testPassword);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL('**/sites');

    // The clicks reach the rollups through the queue; wait for both.
    await eventually(
      async () => {
        await page.goto(`${stack.appUrl}/analytics?range=7`);
        return (await cards()).Clicks === 2;
      },
      30_000,
      1000,
    );
    const c = await cards();
    expect(c['Clicks today']).toBe(2);
    expect(c.Clicks).toBe(2);
    expect(c['Views today']).toBe(c.Views);
    // The chart's table: today's row.
    const row = page.locator('figure table tbody tr').filter({ hasText: today });
    await expect(row.locator('td').nth(2).textContent()).resolves.toBe('2');
    await expect(page.getByRole('list', { name: 'Top links by clicks' }).textContent()).resolves.toMatch(
      /Shop.*1|Spring sale.*1/s,
    );
    await stack.screenshot(page, 'analytics-agree');
    await page.setViewportSize({ width: 390, height: 844 });
    await stack.screenshot(page, 'analytics-agree-390');

    const csv = await page.evaluate(async () => (await fetch('/analytics/export.csv?range=7')).text());
    const rows = csv
      .trim()
      .split('\r\n')
      .map((l) => l.split(','));
    const col = rows[0]!.indexOf('clicks');
    const clicksOf = (section: string) => rows.filter((r) => r[0] === section).map((r) => Number(r[col]));
    expect(clicksOf('today')).toEqual([2]);
    expect(clicksOf('total')).toEqual([2]);
    expect(rows.find((r) => r[0] === 'day' && r[1] === today)?.[col]).toBe('2');

    const api = await edgeGet(`/api/v1/analytics/timeseries?from=${today}&to=${today}`, {
      authorization: `Bearer ${owner.token}`,
    });
    expect(api.status).toBe(200);
    expect(JSON.parse(api.body).data.totals.clicks).toBe(2);
  }, 90_000);

  it('lists each short link with its clicks and the URL as stored', async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${stack.appUrl}/links`);
    const item = page.locator('li').filter({ hasText: link.shortUrl });
    await expect(item.textContent()).resolves.toMatch(/1 click in the last 30 days · 1 in all/);
    await expect(item.textContent()).resolves.toContain(link.url);
    await stack.screenshot(page, 'links');
    await page.setViewportSize({ width: 390, height: 844 });
    await stack.screenshot(page, 'links-390');
  }, 60_000);

  it('no signed-in page scrolls sideways at 360 px', async () => {
    expect(await sidewaysPages(signedInPages())).toEqual([]);
  }, 120_000);
});
