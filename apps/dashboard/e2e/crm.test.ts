import { campaignsService, crmService, subscribeContact } from '@mewayz/core';
import {
  createPublishedSite,
  createTenant,
  type DashboardStack,
  emailSignupBlock,
  startDashboardStack,
  type Tenant,
  testActor,
} from '@mewayz/testing';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPage, signInAs } from './page-checks.ts';

/**
 * The contacts pages in headless Chromium: the list with search and filters, paging by cursor past
 * the first 50, bulk tagging, and a contact's page with its timeline, a note and the erasure.
 */
let stack: DashboardStack;
let page: Page;
let owner: Tenant;

beforeAll(async () => {
  stack = await startDashboardStack();
  page = await stack.browser.newPage();
  owner = await createTenant(stack.deps, 'Audience Studio');
  const deps = stack.deps;
  await crmService.createContactField(deps, owner.scope, testActor, {
    key: 'plan',
    label: 'Plan',
    type: 'choice',
    options: ['free', 'patron'],
  });
  for (let i = 0; i < 55; i++)
    await crmService.createContact(deps, owner.scope, testActor, {
      email: `fan${String(i).padStart(2, '0')}@example.test`,
      name: `Fan ${i}`,
      tags: i % 5 === 0 ? ['vip'] : [],
      // Every 11th was imported without consent (never asked): fan11, fan22, fan33, fan44.
      consentStatus: i % 7 === 0 ? 'unsubscribed' : i % 11 === 0 ? 'not_subscribed' : 'subscribed',
      fields: { plan: i % 2 ? 'patron' : 'free' },
    });
  const { site } = await createPublishedSite(deps, owner.scope);
  await subscribeContact(deps, owner.scope, {
    email: 'newest@example.test',
    siteId: site.id,
    blockId: 'blk_01jd3v6w0m8x9y2z3a4b5c6d7e',
  });
}, 300_000);
afterAll(async () => {
  if (process.env.E2E_LOGS) console.log(stack?.logs());
  await stack?.stop();
});

const total = () => page.getByTestId('contact-total').textContent();

describe('contacts', () => {
  it('lists, searches, filters, pages and bulk-tags', async () => {
    await signInAs(stack, page, owner.user.email);
    await page.getByRole('link', { name: 'Contacts' }).first().click();
    await page.waitForURL('**/contacts');
    expect(await total()).toBe('56 contacts');
    const rows = page.getByRole('list', { name: 'Contacts' }).getByRole('listitem');
    expect(await rows.count()).toBe(50);
    await expect.poll(() => rows.first().textContent()).toContain('newest@example.test');
    await checkPage(stack, page, 'crm-contacts');

    // The next page starts where the first ended.
    await page.getByRole('link', { name: 'Older contacts →' }).click();
    await page.waitForURL(/cursor=con_/);
    await expect.poll(() => rows.count()).toBe(6);
    expect(await rows.last().textContent()).toContain('fan00@example.test');

    await page.goto(`${stack.appUrl}/contacts`);
    await page.getByLabel('Search').fill('fan1');
    await page.getByRole('button', { name: 'Filter' }).click();
    await page.waitForURL(/q=fan1/);
    // The address changes before the filtered list has loaded: wait for the list, not the URL.
    await expect.poll(total).toBe('10 contacts match');
    // Never asked is its own state, not shown as unsubscribed.
    await page.goto(`${stack.appUrl}/contacts`);
    await page.getByLabel('Consent').selectOption({ label: 'Not subscribed' });
    await page.getByRole('button', { name: 'Filter' }).click();
    await page.waitForURL(/consent=not_subscribed/);
    await expect.poll(total).toBe('4 contacts match');
    await stack.screenshot(page, 'crm-contacts-not-subscribed-1280', { fullPage: false });
    for (const text of await rows.allTextContents()) {
      expect(text).toContain('Not subscribed');
      expect(text).not.toContain('Unsubscribed');
    }
    await page.goto(`${stack.appUrl}/contacts?tag=vip&consent=subscribed`);
    expect(await total()).toBe('9 contacts match');

    // Bulk tagging: two contacts ticked, tagged, then found by the tag.
    await page.getByLabel('Select fan05@example.test').check();
    await page.getByLabel('Select fan10@example.test').check();
    await page.getByLabel('Tag for the selected contacts').fill('Launch List');
    await page.getByRole('button', { name: 'Apply to selected' }).click();
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain('Tagged 2 contacts.');
    await page.goto(`${stack.appUrl}/contacts?tag=launch+list`);
    expect(await total()).toBe('2 contacts match');
    // The export holds what the filters select.
    const href = await page.getByRole('link', { name: 'Export CSV' }).getAttribute('href');
    const csv = (await page.evaluate(
      async (url) => (await fetch(url)).text(),
      `${stack.appUrl}${href}`,
    )) as string;
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toContain('email,name');
    expect(lines[0]).toContain('field:plan');
    expect(
      lines
        .slice(1)
        .map((l) => l.split(',')[1])
        .sort(),
    ).toEqual(['fan05@example.test', 'fan10@example.test']);
    await checkPage(stack, page, 'crm-contacts-filtered');
  }, 240_000);

  it('shows a contact’s timeline, adds a note and erases a contact', async () => {
    await signInAs(stack, page, owner.user.email);
    await page.goto(`${stack.appUrl}/contacts?q=newest`);
    await page.getByRole('link', { name: /newest@example\.test/ }).click();
    await page.waitForURL(/\/contacts\/con_/);
    const timeline = page.getByRole('list', { name: 'Timeline' });
    expect(await timeline.textContent()).toContain('Signed up on a site');
    await page
      .getByLabel('Note', { exact: true })
      .fill('Asked about the spring workshop.\nCall back on Monday.');
    await page.getByRole('button', { name: 'Add note' }).click();
    await expect.poll(() => timeline.locator('[data-kind="note"]').count()).toBe(1);
    expect(await timeline.locator('li').first().textContent()).toContain('Asked about the spring workshop.');
    await checkPage(stack, page, 'crm-contact');

    // Fetched by the page itself: the test's own HTTP client does not resolve the app's host name.
    const [status, body] = (await page.evaluate(async (url) => {
      const res = await fetch(url);
      return [res.status, await res.json()];
    }, `${page.url()}/export.json`)) as [
      number,
      { contact: { email: string }; interactions: { kind: string }[] },
    ];
    expect(status).toBe(200);
    expect(body.contact.email).toBe('newest@example.test');
    expect(body.interactions.map((i: { kind: string }) => i.kind).sort()).toEqual(['note', 'signup']);

    await page.getByLabel('Erase for good, with its timeline').check();
    await page.getByRole('button', { name: 'Erase contact' }).click();
    await page.waitForURL(/\/contacts$/);
    expect(await total()).toBe('55 contacts');
  }, 240_000);

  it('builds a segment with a live count, saves it and filters the list by it', async () => {
    await signInAs(stack, page, owner.user.email);
    await page.goto(`${stack.appUrl}/contacts`);
    await page.getByRole('link', { name: 'Segments' }).click();
    await page.waitForURL('**/contacts/segments');
    const live = page.getByTestId('live-count');
    await page.getByLabel('Has the tag').selectOption('vip');
    await expect.poll(() => live.textContent()).toBe('11 contacts match');
    await page.getByLabel('Consent is').selectOption('subscribed');
    await expect.poll(() => live.textContent()).toBe('9 contacts match');
    await page.getByLabel('Custom field').selectOption('plan');
    await page.getByLabel('Value').fill('patron');
    await page.getByLabel('Value').blur();
    await expect.poll(() => live.textContent()).toBe('4 contacts match');
    await page.getByLabel('Name').fill('Subscribed VIP patrons');
    await checkPage(stack, page, 'crm-segment-builder');
    await page.getByRole('button', { name: 'Save segment' }).click();
    const saved = page.getByRole('list', { name: 'Segments' }).getByRole('listitem');
    await expect.poll(() => saved.first().textContent()).toContain('4 contacts');
    await saved.first().getByRole('link', { name: 'Subscribed VIP patrons' }).click();
    await page.waitForURL(/segmentId=seg_/);
    expect(await total()).toBe('4 contacts match');
  }, 240_000);
});

describe('double opt-in', () => {
  it('is turned on in email settings; a signup then confirms from its inbox before it counts', async () => {
    const signup = emailSignupBlock;
    const { slug } = await createPublishedSite(stack.deps, owner.scope, { blocks: [signup] });
    await signInAs(stack, page, owner.user.email);
    await page.getByRole('link', { name: 'Email settings' }).first().click();
    await page.waitForURL('**/settings/email');
    // Saving without a postal address is refused on the field.
    await page.getByLabel('Ask new subscribers to confirm by email').check();
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByText(/Enter .*postal address/).count()).toBeGreaterThan(0);
    await page.getByLabel('Postal address').fill('12 Kiln Lane, Portland');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(() => page.getByRole('status').first().textContent())
      .toContain('confirm their address');
    await checkPage(stack, page, 'email-settings');
    const saved = await campaignsService.getSenderSettings(stack.deps, owner.scope);
    expect([saved.postalAddress, saved.doubleOptIn]).toEqual(['12 Kiln Lane, Portland', true]);

    const visitor = await stack.browser.newPage();
    await visitor.goto(stack.siteUrl(slug));
    await visitor.getByLabel('Email address').fill('Reader@Example.test');
    await visitor.getByRole('button', { name: 'Join' }).click();
    await expect.poll(() => visitor.getByRole('status').textContent()).toContain('Open it to confirm');
    const pending = await crmService.listContacts(stack.deps, owner.scope, { per_page: 5, q: 'reader@' });
    expect(pending.items.map((c) => c.consentStatus)).toEqual(['pending']);

    await visitor.goto(`${stack.appUrl}/dev/outbox?to=${encodeURIComponent('reader@example.test')}`);
    const link = visitor.getByRole('link', { name: /\/subscribe\/confirm\// });
    await expect.poll(() => link.count()).toBe(1);
    await visitor.goto((await link.getAttribute('href'))!);
    await visitor.getByRole('button', { name: 'Yes, subscribe me' }).click();
    await expect.poll(() => visitor.getByRole('heading').textContent()).toBe('You are subscribed');
    await visitor.close();

    await page.goto(`${stack.appUrl}/contacts?q=reader`);
    await expect
      .poll(() => page.getByRole('list', { name: 'Contacts' }).textContent())
      .toContain('Subscribed');
  }, 240_000);
});
