import { sitesService } from '@mewayz/core';
import {
  assertNoSidewaysScroll,
  createTenant,
  type DashboardStack,
  narrowViewport,
  startDashboardStack,
  type Tenant,
  testPassword,
  uniqueSlug,
} from '@mewayz/testing';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The AI assist in Chromium against the OpenAI stand-in: a bio streams into the site editor, is
 * edited and only then put in the field; captions on the AI page; the month's budget goes down; a
 * refusal is a clear message; the form still answers when posted without the page's script.
 */
let stack: DashboardStack;
let page: Page;
let owner: Tenant;

beforeAll(async () => {
  stack = await startDashboardStack();
  page = await stack.browser.newPage();
  owner = await createTenant(stack.deps, 'Glaze Studio');
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

const remainingOnAiPage = async () => {
  await page.goto(`${stack.appUrl}/ai`);
  return Number(((await page.getByTestId('ai-remaining').textContent()) ?? '').replace(/\D/g, ''));
};

/** Record every text the streaming draft shows, from before the click on. */
const watchDrafts = () =>
  page.evaluate(`(() => {
    window.drafts = [];
    new MutationObserver(() => {
      const text = document.querySelector('[data-testid="ai-draft"]')?.textContent ?? '';
      if (text && window.drafts.at(-1) !== text) window.drafts.push(text);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  })()`);
const drafts = () => page.evaluate('window.drafts') as Promise<string[]>;

describe('AI assist', () => {
  it('streams a bio into the editor, lets the creator edit and accept it, and counts the tokens', async () => {
    const before = await remainingOnAiPage();
    expect(before).toBe(200_000);
    const site = await sitesService.createSite(
      stack.deps,
      owner.scope,
      { userId: null },
      {
        slug: uniqueSlug('ai'),
        name: 'Glaze Studio',
      },
    );
    await page.goto(`${stack.appUrl}/sites/${site.id}`);
    await page.locator('[data-editor-ready]').waitFor();
    const profile = page.locator('#profile');
    await profile.getByText('Write my bio with AI').click();
    await profile.getByLabel('What is it about?').fill('Ceramics studio in Lisbon teaching wheel throwing');
    await watchDrafts();
    await profile.getByRole('button', { name: 'Write', exact: true }).click();
    const result = profile.getByTestId('ai-result');
    await result.waitFor();
    // It streamed: the draft showed several growing texts before the checked answer replaced it.
    const seen = await drafts();
    expect(seen.length).toBeGreaterThan(2);
    expect(seen.at(-1)!.length).toBeGreaterThan(seen[0]!.length);
    await expect(result.getByText('Local stand-in').count()).resolves.toBe(1);
    const suggestion = result.getByLabel('Bio', { exact: true });
    const written = await suggestion.inputValue();
    expect(written.toLowerCase()).toMatch(/ceramics|lisbon|studio|wheel/);
    // Nothing reached the field yet.
    await expect(page.locator('#f-bio').inputValue()).resolves.toBe('');
    await stack.screenshot(page, 'ai-bio-suggested', { fullPage: false });

    await suggestion.fill(`${written} Come say hi.`);
    await result.getByRole('button', { name: 'Use this' }).click();
    await expect(page.locator('#f-bio').inputValue()).resolves.toBe(`${written} Come say hi.`);
    await profile.getByRole('status', { name: 'Profile save state' }).getByText('Saved').waitFor();
    const draft = await sitesService.getSite(stack.deps, owner.scope, site.id);
    expect(draft.bio).toBe(`${written} Come say hi.`);

    const after = await remainingOnAiPage();
    expect(after).toBeLessThan(before);
    await stack.screenshot(page, 'ai-page-desktop');
  });

  it('writes captions for each network on the AI page, and the budget goes down again', async () => {
    const before = await remainingOnAiPage();
    await page.getByLabel('What to write').selectOption('captions');
    await page.getByLabel('What is it about?').fill('New watercolour landscape prints out this weekend');
    await watchDrafts();
    await page.getByRole('button', { name: 'Write', exact: true }).click();
    const result = page.getByTestId('ai-result');
    await result.waitFor();
    expect((await drafts()).length).toBeGreaterThan(2);
    for (const network of ['Bluesky', 'Mastodon', 'X', 'Instagram']) {
      const text = await result.getByLabel(network, { exact: true }).inputValue();
      expect(text).toMatch(/#\S+/);
    }
    const sentence = (await result.getByText(/tokens left this month/).textContent()) ?? '';
    const left = Number(sentence.match(/([\d,]+) of/)![1]!.replace(/,/g, ''));
    expect(left).toBeLessThan(before);
    // The usage card follows the answer without a reload.
    await expect(page.getByTestId('ai-remaining').textContent()).resolves.toBe(left.toLocaleString('en'));
    await stack.screenshot(page, 'ai-captions-desktop');
    await page.setViewportSize(narrowViewport);
    await stack.screenshot(page, 'ai-captions-phone');
    await assertNoSidewaysScroll(page);
    await page.setViewportSize({ width: 1366, height: 900 });
    expect(await remainingOnAiPage()).toBe(left);
  });

  it('shows a refusal as a clear message, and answers a form posted without the page script', async () => {
    await page.goto(`${stack.appUrl}/ai`);
    await page.getByLabel('What is it about?').fill('Something standin:refuse');
    await page.getByRole('button', { name: 'Write', exact: true }).click();
    await page.getByRole('alert').getByText('declined').waitFor();

    // The same form posted as a browser without script would: the AI page answers with the whole result.
    await page.getByLabel('What to write').selectOption('email_subjects');
    await page.getByLabel('What is it about?').fill('Spring pottery classes newsletter');
    await page.evaluate(`document.querySelector('form[action="/ai"]').submit()`);
    await page.waitForLoadState('load');
    const result = page.getByTestId('ai-result');
    await result.waitFor();
    await expect(result.getByLabel('Subject 1', { exact: true }).inputValue()).resolves.toMatch(/\w/);
  });
});
