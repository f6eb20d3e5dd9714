import type { DashboardStack } from '@mewayz/testing';
import { testPassword } from '@mewayz/testing';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * Go to the sign-in page, once more if the first load stalls: in two of three runs beside the bookings
 * file, the courses file's first navigation waited out its timeout (30 s, then 90 s), and the same page
 * loaded at once on the next try. The cause is not known (notes on issue #14).
 */
async function openSignIn(stack: DashboardStack, page: Page) {
  try {
    await page.goto(`${stack.appUrl}/sign-in`, { timeout: 30_000 });
  } catch (err) {
    if (!(err instanceof Error && err.name === 'TimeoutError')) throw err;
    await page.goto(`${stack.appUrl}/sign-in`);
  }
}

/** Sign in through the form (cookies cleared first) and wait for the workspace. */
export async function signInAs(stack: DashboardStack, page: Page, email: string, password = testPassword) {
  await stack.browser.clearCookies();
  await openSignIn(stack, page);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/\/(sites|welcome)/);
}

/**
 * The checks every page of this area passes: axe (serious and critical), no sideways scrolling at
 * 360 px, and screenshots at 1280×800 and 390×844 to look at.
 */
export async function checkPage(stack: DashboardStack, page: Page, name: string) {
  await page.setViewportSize({ width: 1280, height: 800 });
  const violations = await stack.axe(page);
  expect(violations, `${name}: ${JSON.stringify(violations, null, 2)}`).toEqual([]);
  await stack.screenshot(page, `${name}-1280`, { fullPage: false });
  await page.setViewportSize({ width: 390, height: 844 });
  await stack.screenshot(page, `${name}-390`, { fullPage: true });
  await page.setViewportSize({ width: 360, height: 800 });
  const width = (await page.evaluate('document.documentElement.scrollWidth')) as number;
  expect(width, `${name} scrolls sideways at 360 px`).toBeLessThanOrEqual(360);
  await page.setViewportSize({ width: 1280, height: 800 });
}

/**
 * Hold every data request that would reload `routeId`'s loader (Remix revalidation after an action)
 * until `release()`: what the page shows meanwhile came from the action's own response.
 */
export async function holdRevalidation(page: Page, routeId: string) {
  const held: import('playwright-core').Route[] = [];
  const handler = async (route: import('playwright-core').Route) => {
    const req = route.request();
    const url = new URL(req.url());
    const routes = url.searchParams.get('_routes');
    if (
      req.method() === 'GET' &&
      url.pathname.endsWith('.data') &&
      (!routes || routes.split(',').includes(routeId))
    ) {
      held.push(route);
      return;
    }
    await route.continue();
  };
  await page.route('**/*', handler);
  return {
    held: () => held.length,
    async release() {
      await page.unroute('**/*', handler);
      for (const r of held) await r.abort().catch(() => {});
    },
  };
}
