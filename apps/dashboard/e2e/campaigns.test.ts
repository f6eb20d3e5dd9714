import { campaignsService, crmService } from '@mewayz/core';
import { dbOf } from '@mewayz/core/admin';
import { emailCampaigns } from '@mewayz/db/schema';
import {
  assertNoSidewaysScroll,
  createTenant,
  type DashboardStack,
  startDashboardStack,
  type Tenant,
  testActor,
  testRootDomain,
} from '@mewayz/testing';
import { and, eq } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromZonedInput } from '../app/lib/time-zone.ts';
import {
  oneClickUnsubscribe,
  openAndClick,
  outboxOf,
  reportFigure,
  waitToReadLikeAPerson,
} from './email-helpers.ts';
import { checkPage, signInAs } from './page-checks.ts';

/**
 * Email marketing in headless Chromium: a template written with its live preview, a campaign made
 * in the wizard and sent through the real cron tick and `campaign-sends` queue into the dev outbox,
 * then a reader's open, click and one-click unsubscribe in the browser, and the report counting them.
 */
let stack: DashboardStack;
let page: Page;
let owner: Tenant;
const readers = ['ann@example.test', 'ben@example.test', 'cy@example.test'];

beforeAll(async () => {
  stack = await startDashboardStack();
  page = await stack.browser.newPage();
  // Two cores shared with other stacks: a page may take a while to load.
  page.setDefaultNavigationTimeout(60_000);
  owner = await createTenant(stack.deps, 'Letters Studio');
  const deps = stack.deps;
  for (const [i, email] of readers.entries())
    await crmService.createContact(deps, owner.scope, testActor, {
      email,
      name: ['Ann Reader', 'Ben Reader', 'Cy Reader'][i],
      tags: ['readers'],
    });
  // Neither of these is in the audience: one opted out, one lacks the tag.
  await crmService.createContact(deps, owner.scope, testActor, {
    email: 'gone@example.test',
    tags: ['readers'],
    consentStatus: 'unsubscribed',
  });
  await crmService.createContact(deps, owner.scope, testActor, {
    email: 'other@example.test',
    tags: ['vip'],
  });
  await campaignsService.updateSenderSettings(deps, owner.scope, testActor, {
    postalAddress: '3 Kiln Lane, Springfield',
  });
}, 300_000);
afterAll(async () => {
  if (process.env.E2E_LOGS) console.log(stack?.logs());
  await stack?.stop();
});

const db = () => dbOf(stack.deps);
const landing = () => `http://${testRootDomain}:${stack.edgePort}/`;
const outbox = () => outboxOf(stack, owner.scope.orgId);
const campaignMails = async () => (await outbox()).filter((m) => readers.includes(m.toAddress));

/** The checks of every page here, plus a screenshot at the narrowest phone width. */
async function lookAt(name: string) {
  await checkPage(stack, page, name);
  await assertNoSidewaysScroll(page);
  await stack.screenshot(page, `${name}-360`);
  await page.setViewportSize({ width: 1280, height: 800 });
}

const templateMjml = (headline: string) => `<mjml><mj-body><mj-section><mj-column>
<mj-text font-size="20px">${headline}</mj-text>
<mj-text>Hi {{ first_name | "friend" }}, the kiln opens on Saturday.</mj-text>
<mj-button href="${landing()}">See the pots</mj-button>
</mj-column></mj-section></mj-body></mjml>`;

describe('email marketing', () => {
  it('writes a template with a live preview and sends a test to the signed-in user', async () => {
    await signInAs(stack, page, owner.user.email);
    await page.getByRole('link', { name: 'Campaigns' }).first().click();
    await page.waitForURL('**/campaigns');
    await page.getByRole('link', { name: 'Templates' }).click();
    await page.waitForURL('**/campaigns/templates');
    await page.getByRole('link', { name: 'New template' }).click();
    await page.waitForURL('**/campaigns/templates/new');

    const frame = page.frameLocator('iframe[title="Email preview"]');
    // The starter renders before anything is typed, footer (postal address) included.
    await expect
      .poll(() => frame.locator('body').textContent(), { timeout: 20_000 })
      .toContain('Write your news here.');
    expect(await frame.locator('body').textContent()).toContain('3 Kiln Lane, Springfield');
    expect(await page.locator('iframe[title="Email preview"]').getAttribute('sandbox')).toBe('');

    await page.getByLabel('Name', { exact: true }).fill('Kiln letter');
    await page.getByLabel('Subject').fill('Kiln news for {{ first_name | "friend" }}');
    await page.getByLabel('Body (MJML)').fill(templateMjml('Kiln opening'));
    // The preview follows the typing: frame, plain text and subject, with the sample contact's values.
    await expect
      .poll(() => frame.locator('body').textContent(), { timeout: 15_000 })
      .toContain('Kiln opening');
    expect(await frame.locator('body').textContent()).toContain('Hi Ada, the kiln opens on Saturday.');
    await expect
      .poll(() => page.getByTestId('preview-text').textContent(), { timeout: 20_000 })
      .toContain('Kiln opening');
    expect(await page.getByTestId('preview-subject').textContent()).toBe('Kiln news for Ada');
    // A second edit replaces the first.
    await page.getByLabel('Body (MJML)').fill(templateMjml('Kiln opening this weekend'));
    await expect
      .poll(() => frame.locator('body').textContent(), { timeout: 15_000 })
      .toContain('Kiln opening this weekend');
    await page.locator('summary', { hasText: 'Merge fields' }).click();
    await lookAt('campaigns-template-editor');
    // The frame itself on a phone (a full-page capture may leave a frame below the fold unpainted).
    await page.setViewportSize({ width: 360, height: 740 });
    await page.locator('iframe[title="Email preview"]').scrollIntoViewIfNeeded();
    await stack.screenshot(page, 'campaigns-template-preview-360', { fullPage: false });
    await page.setViewportSize({ width: 1280, height: 800 });

    await page.getByRole('button', { name: 'Save template' }).click();
    await page.waitForURL(/\/campaigns\/templates\/etpl_/);
    await expect
      .poll(() => page.getByRole('status').first().textContent(), { timeout: 20_000 })
      .toContain('Template saved.');

    await page.getByRole('button', { name: `Send a test to ${owner.user.email}` }).click();
    await expect
      .poll(() => page.getByRole('status').first().textContent(), { timeout: 20_000 })
      .toContain('Test sent to');
    const tests = (await outbox()).filter((m) => m.toAddress === owner.user.email);
    expect(tests).toHaveLength(1);
    expect(tests[0]!.subject).toBe('[Test] Kiln news for Ada');
    expect(tests[0]!.htmlBody).toContain('Kiln opening this weekend');
  }, 240_000);

  it('creates a campaign in the wizard: errors next to fields, nothing lost, then sent now', async () => {
    await page.goto(`${stack.appUrl}/campaigns`);
    await page.getByRole('link', { name: 'New campaign' }).click();
    await page.waitForURL('**/campaigns/new');
    await page.getByLabel('Campaign name').fill('Kiln news');
    await page.getByLabel('readers').check();
    // The live count: subscribed contacts with the tag, the unsubscribed one left out.
    await expect
      .poll(() => page.getByTestId('audience-count').textContent(), { timeout: 20_000 })
      .toContain('3 contacts will get it');
    expect(await page.getByLabel('Subject').inputValue()).toBe('Kiln news for {{ first_name | "friend" }}');
    await page.getByLabel('From name').fill('Letters Studio');

    // Scheduled without a time: refused next to the field, everything typed still there.
    await page.getByLabel('Schedule', { exact: true }).check();
    await page.getByLabel('Send at').fill('');
    await page.getByRole('button', { name: 'Create and schedule' }).click();
    await expect
      .poll(() => page.locator('#f-at-error').textContent(), { timeout: 20_000 })
      .toBe('Pick a date and time');
    expect(await page.getByLabel('Campaign name').inputValue()).toBe('Kiln news');
    expect(await page.getByLabel('readers').isChecked()).toBe(true);
    expect(await page.getByLabel('From name').inputValue()).toBe('Letters Studio');
    await lookAt('campaigns-wizard');

    await page.getByLabel('Send now').check();
    await page.getByRole('button', { name: 'Create and send now' }).click();
    await page.waitForURL(/\/campaigns\/cmp_/);
    // The URL changes before the client-side navigation renders the new page: wait for its heading.
    await expect.poll(() => page.locator('h1').textContent(), { timeout: 20_000 }).toContain('Scheduled');
  }, 240_000);

  it('schedules one ahead in the creator’s zone, then pauses, resumes and cancels it', async () => {
    await page.goto(`${stack.appUrl}/campaigns/new`);
    await page.getByLabel('Campaign name').fill('Next week');
    await page.getByLabel('readers').check();
    await page.getByLabel('Schedule', { exact: true }).check();
    const hint = (await page.locator('#f-at-hint').textContent()) ?? '';
    const zone = /Your time zone: (.+)\.$/.exec(hint)![1]!;
    const at = await page.getByLabel('Send at').inputValue();
    await page.getByRole('button', { name: 'Create and schedule' }).click();
    await page.waitForURL(/\/campaigns\/cmp_/);
    const id = new URL(page.url()).pathname.split('/').pop()!;
    const [row] = await db().select().from(emailCampaigns).where(eq(emailCampaigns.id, id));
    expect(row!.status).toBe('scheduled');
    // What was typed, read in the zone the page showed it in.
    expect(row!.scheduledAt!.toISOString()).toBe(new Date(fromZonedInput(at, zone) as string).toISOString());
    await expect.poll(() => page.locator('h1').textContent(), { timeout: 20_000 }).toContain('Scheduled');
    expect(await page.locator('body').textContent()).toContain(`times in ${zone}`);

    for (const [button, status] of [
      ['Pause', 'Paused'],
      ['Resume', 'Scheduled'],
      ['Cancel campaign', 'Canceled'],
    ] as const) {
      await page.getByRole('button', { name: button, exact: true }).click();
      await expect.poll(() => page.locator('h1').textContent(), { timeout: 20_000 }).toContain(status);
    }
    await page.goto(`${stack.appUrl}/campaigns`);
    const list = page.getByRole('list', { name: 'Campaigns' });
    expect(await list.getByRole('listitem').count()).toBe(2);
    expect(await list.textContent()).toContain('Canceled');
    await lookAt('campaigns-list');
  }, 240_000);

  it('sends once per recipient through cron and queue, and reports an open, a click and an unsubscribe', async () => {
    await stack.tick(owner.scope.orgId);
    await expect.poll(async () => (await campaignMails()).length, { timeout: 60_000 }).toBe(3);
    const [campaign] = await db()
      .select()
      .from(emailCampaigns)
      .where(and(eq(emailCampaigns.organizationId, owner.scope.orgId), eq(emailCampaigns.name, 'Kiln news')));
    await expect
      .poll(async () => (await campaignsService.getCampaign(stack.deps, owner.scope, campaign!.id)).status, {
        timeout: 30_000,
      })
      .toBe('sent');
    // Another tick finds nothing more to send: still exactly one email per reader.
    await stack.tick(owner.scope.orgId);
    await new Promise((r) => setTimeout(r, 2000));
    const mails = await campaignMails();
    expect(mails.map((m) => m.toAddress).sort()).toEqual([...readers].sort());
    expect(mails.every((m) => m.subject.startsWith('Kiln news for '))).toBe(true);

    await waitToReadLikeAPerson(stack, campaign!.id);
    const ann = mails.find((m) => m.toAddress === 'ann@example.test')!;
    expect(await openAndClick(stack, page, ann)).toBe(landing());
    // Ben unsubscribes in one click, as his mail client would.
    const ben = mails.find((m) => m.toAddress === 'ben@example.test')!;
    expect(await oneClickUnsubscribe(stack, page, ben)).toBe(200);

    // The events pipeline records them; the report shows them.
    await page.goto(`${stack.appUrl}/campaigns/${campaign!.id}`);
    const figure = (id: string) => reportFigure(page, id);
    await expect.poll(() => figure('stat-opens'), { timeout: 60_000, interval: 2000 }).toBe('1');
    await expect.poll(() => figure('stat-clicks'), { timeout: 30_000, interval: 2000 }).toBe('1');
    await expect.poll(() => figure('stat-unsubscribes'), { timeout: 30_000, interval: 2000 }).toBe('1');
    expect(await page.getByTestId('stat-recipients').textContent()).toBe('3');
    expect(await page.getByTestId('stat-delivered').textContent()).toBe('3');
    expect(await page.getByTestId('stat-machine-opens').textContent()).toBe('0');
    expect(await page.locator('h1').textContent()).toContain('Sent');
    await lookAt('campaigns-report');
  }, 240_000);
});
