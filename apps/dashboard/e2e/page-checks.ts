import type { DashboardStack } from '@mewayz/testing';
import { testPassword } from '@mewayz/testing';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** Sign in through the form (cookies cleared first) and wait for the workspace. */
export async function signInAs(stack: DashboardStack, page: Page, email: string, password = testPassword) {
  await stack.browser.clearCookies();
  await page.goto(`${stack.appUrl}/sign-in`);
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
 * Start recording, in the page, every state the DOM passes through: `bad` is a text pattern that
 * must never be on screen together with `good` (a success message next to the stale state it
 * replaced). Returns a function that reads what was seen.
 */
export async function watchConsistency(page: Page, good: RegExp, stale: RegExp) {
  await page.evaluate(`(() => {
    const good = new RegExp(${JSON.stringify(good.source)});
    const stale = new RegExp(${JSON.stringify(stale.source)});
    window.__seen = { good: false, both: false };
    const check = () => {
      const text = document.body.innerText;
      const g = good.test(text);
      if (g) window.__seen.good = true;
      if (g && stale.test(text)) window.__seen.both = true;
    };
    new MutationObserver(check).observe(document.body, { subtree: true, childList: true, characterData: true });
  })()`);
  return async () => (await page.evaluate('window.__seen')) as { good: boolean; both: boolean };
}
