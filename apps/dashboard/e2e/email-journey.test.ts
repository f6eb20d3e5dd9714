import { campaignsService, crmService } from '@mewayz/core';
import {
  assertNoSidewaysScroll,
  createTenant,
  type DashboardStack,
  startDashboardStack,
  type Tenant,
  testRootDomain,
} from '@mewayz/testing';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toZonedInput } from '../app/lib/time-zone.ts';
import {
  oneClickUnsubscribe,
  openAndClick,
  outboxOf,
  reportFigure,
  waitToReadLikeAPerson,
} from './email-helpers.ts';
import { signInAs } from './page-checks.ts';

/**
 * Issue #11's "done means", in one Chromium session through the dashboard's own pages: import a CSV,
 * build a segment from it, write a template, schedule a campaign to the segment, let the cron send it
 * (exactly one email per contact in the outbox), open and click it, unsubscribe in one click, and see
 * the report count all three.
 */
let stack: DashboardStack;
let page: Page;
let owner: Tenant;

const people = [
  ['ada@example.test', 'Ada Potter', 'kiln'],
  ['bo@example.test', 'Bo Glaze', 'kiln;wheel'],
  ['cat@example.test', 'Cat Slip', 'kiln'],
  ['dev@example.test', 'Dev Throw', 'wheel'],
] as const;
// Dev lacks the tag the segment asks for: three people are its members.
const members = people.filter(([, , tags]) => tags.includes('kiln')).map(([email]) => email);
const csv = ['email,name,tags', ...people.map((p) => p.join(','))].join('\r\n');

beforeAll(async () => {
  stack = await startDashboardStack();
  page = await stack.browser.newPage();
  page.setDefaultNavigationTimeout(60_000);
  owner = await createTenant(stack.deps, 'Journey Studio');
}, 300_000);
afterAll(async () => {
  if (process.env.E2E_LOGS) console.log(stack?.logs());
  await stack?.stop();
});

const status = () => page.getByRole('status').first().textContent();
const heading = () => page.locator('h1').textContent();
const landing = () => `http://${testRootDomain}:${stack.edgePort}/`;

describe('email journey', () => {
  it('imports, segments, writes, schedules, sends once each, tracks, unsubscribes and reports', async () => {
    await signInAs(stack, page, owner.user.email);
    // Every campaign's footer shows the sender's postal address: set in Email settings.
    await page.getByRole('link', { name: 'Email settings' }).first().click();
    await page.waitForURL('**/settings/email');
    await page.getByLabel('Postal address').fill('7 Clay Street, Portland');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(status, { timeout: 20_000 }).toMatch(/saved/i);

    // 1. Import the CSV: the mapping is guessed from the header, consent is ticked.
    await page.getByRole('link', { name: 'Contacts' }).first().click();
    await page.waitForURL('**/contacts');
    await page.getByRole('link', { name: 'Import CSV' }).click();
    await page.waitForURL('**/contacts/imports');
    // The URL changes before the client-side navigation renders the page: wait for its heading.
    await expect.poll(heading, { timeout: 60_000 }).toContain('Import contacts');
    await page
      .getByLabel('CSV file')
      .setInputFiles({ name: 'studio.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('button', { name: 'Upload' }).click();
    await page.waitForURL(/\/contacts\/imports\/cimp_/);
    await page.getByRole('form', { name: 'Column mapping' }).waitFor();
    expect(await page.getByLabel('email', { exact: true }).inputValue()).toBe('email');
    expect(await page.getByLabel('tags', { exact: true }).inputValue()).toBe('tags');
    await page.getByLabel('These people agreed to receive email from me').check();
    await page.getByRole('button', { name: 'Import 4 rows' }).click();
    await expect
      .poll(() => page.getByTestId('import-processed').textContent(), { timeout: 90_000, interval: 500 })
      .toBe('4');
    await page.getByText('Done', { exact: true }).waitFor({ timeout: 30_000 });

    // 2. A segment of the kiln people, its count live as the condition is picked.
    await page.goto(`${stack.appUrl}/contacts`);
    await expect.poll(heading, { timeout: 60_000 }).toContain('Contacts');
    await page.getByRole('link', { name: 'Segments' }).click();
    await page.waitForURL('**/contacts/segments');
    await expect.poll(heading, { timeout: 60_000 }).toContain('Segments');
    const live = page.getByTestId('live-count');
    await page.getByLabel('Has the tag').selectOption('kiln');
    await expect.poll(() => live.textContent(), { timeout: 20_000 }).toBe('3 contacts match');
    await page.getByLabel('Consent is').selectOption('subscribed');
    await expect.poll(() => live.textContent(), { timeout: 20_000 }).toBe('3 contacts match');
    await page.getByLabel('Name').fill('Kiln people');
    await page.getByRole('button', { name: 'Save segment' }).click();
    const saved = page.getByRole('list', { name: 'Segments' }).getByRole('listitem');
    await expect.poll(() => saved.first().textContent(), { timeout: 20_000 }).toContain('3 contacts');

    // 3. A template, its preview following the typing.
    await page.getByRole('link', { name: 'Campaigns' }).first().click();
    await page.waitForURL('**/campaigns');
    await page.getByRole('link', { name: 'Templates' }).click();
    await page.waitForURL('**/campaigns/templates');
    await page.getByRole('link', { name: 'New template' }).click();
    await page.waitForURL('**/campaigns/templates/new');
    await expect.poll(heading, { timeout: 60_000 }).toContain('New template');
    await page.getByLabel('Name', { exact: true }).fill('Firing day');
    await page.getByLabel('Subject').fill('Firing day, {{ first_name | "friend" }}');
    await page.getByLabel('Body (MJML)').fill(`<mjml><mj-body><mj-section><mj-column>
<mj-text>Hi {{ first_name | "friend" }}, the kiln is hot on Saturday.</mj-text>
<mj-button href="${landing()}">Come and see</mj-button>
</mj-column></mj-section></mj-body></mjml>`);
    const frame = page.frameLocator('iframe[title="Email preview"]');
    await expect
      .poll(() => frame.locator('body').textContent(), { timeout: 20_000 })
      .toContain('the kiln is hot on Saturday');
    expect(await frame.locator('body').textContent()).toContain('7 Clay Street, Portland');
    await page.getByRole('button', { name: 'Save template' }).click();
    await page.waitForURL(/\/campaigns\/templates\/etpl_/);
    await expect.poll(status, { timeout: 20_000 }).toContain('Template saved.');

    // 4. A campaign to the segment, scheduled a minute or two ahead in the creator's zone (time enough to
    // edit it while it waits).
    await page.goto(`${stack.appUrl}/campaigns/new`);
    await expect.poll(heading, { timeout: 60_000 }).toContain('New campaign');
    await page.getByLabel('Campaign name').fill('Firing day');
    await page.getByLabel('A saved segment').check();
    await page.getByLabel('Segment', { exact: true }).selectOption({ label: 'Kiln people' });
    await page.getByLabel('Template', { exact: true }).selectOption({ label: 'Firing day' });
    await expect
      .poll(() => page.getByTestId('audience-count').textContent(), { timeout: 20_000 })
      .toContain('3 contacts will get it');
    await page.getByLabel('Schedule', { exact: true }).check();
    const zone = /Your time zone: (.+)\.$/.exec((await page.locator('#f-at-hint').textContent()) ?? '')![1]!;
    const sendAt = new Date(Math.ceil((Date.now() + 61_000) / 60_000) * 60_000);
    await page.getByLabel('Send at').fill(toZonedInput(sendAt.toISOString(), zone));
    await page.getByRole('button', { name: 'Create and schedule' }).click();
    await page.waitForURL(/\/campaigns\/cmp_/, { timeout: 60_000 }).catch(async (err) => {
      await stack.screenshot(page, 'email-journey-wizard-failed');
      throw new Error(`${err}: ${await page.locator('main').textContent()}`);
    });
    await expect.poll(heading, { timeout: 20_000 }).toContain('Scheduled');
    const campaignId = new URL(page.url()).pathname.split('/').pop()!;

    // While scheduled it can still be edited: everything comes back filled in, the subject changes.
    await page.getByRole('link', { name: 'Edit campaign' }).click();
    await page.waitForURL(/\/campaigns\/cmp_\w+\/edit/);
    await expect.poll(heading, { timeout: 60_000 }).toContain('Edit Firing day');
    expect(await page.getByLabel('Campaign name').inputValue()).toBe('Firing day');
    expect(await page.getByLabel('A saved segment').isChecked()).toBe(true);
    expect(await page.getByLabel('Schedule', { exact: true }).isChecked()).toBe(true);
    expect(await page.getByLabel('Send at').inputValue()).toBe(toZonedInput(sendAt.toISOString(), zone));
    expect(await page.getByLabel('Keep as draft').count()).toBe(0);
    await page.getByLabel('Subject').fill('Firing day is here, {{ first_name | "friend" }}');
    await page.getByRole('button', { name: 'Save and schedule' }).click();
    await page.waitForURL(new RegExp(`/campaigns/${campaignId}$`));
    await expect.poll(heading, { timeout: 60_000 }).toContain('Scheduled');
    expect(await page.locator('main').textContent()).toContain(
      'Firing day is here, {{ first_name | "friend" }}',
    );

    // The scheduled campaign will compile its template when it starts: deleting it is refused, saying why.
    await page.getByRole('link', { name: 'Firing day', exact: true }).click();
    await page.waitForURL(/\/campaigns\/templates\/etpl_/);
    await page.getByRole('button', { name: 'Delete template' }).click();
    await expect
      .poll(() => page.getByRole('alert').first().textContent(), { timeout: 20_000 })
      .toContain('is used by “Firing day” (scheduled)');
    expect(page.url()).toMatch(/\/campaigns\/templates\/etpl_/);

    // 5. The cron's minute, once the send time has come: the campaign starts and the queue sends it,
    // once per member.
    await new Promise((r) => setTimeout(r, Math.max(0, sendAt.getTime() - Date.now() + 500)));
    await stack.tick(owner.scope.orgId);
    const mails = async () =>
      (await outboxOf(stack, owner.scope.orgId)).filter((m) => m.subject.startsWith('Firing day'));
    await expect.poll(async () => (await mails()).length, { timeout: 60_000 }).toBe(3);
    await expect
      .poll(async () => (await campaignsService.getCampaign(stack.deps, owner.scope, campaignId)).status, {
        timeout: 30_000,
      })
      .toBe('sent');
    // Another minute sends nothing more.
    await stack.tick(owner.scope.orgId);
    await new Promise((r) => setTimeout(r, 2000));
    const sent = await mails();
    expect(sent.map((m) => m.toAddress).sort()).toEqual([...members].sort());
    expect(sent.find((m) => m.toAddress === 'ada@example.test')!.subject).toBe('Firing day is here, Ada');

    // 6. Ada opens and clicks; Bo unsubscribes in one click.
    await waitToReadLikeAPerson(stack, campaignId);
    expect(await openAndClick(stack, page, sent.find((m) => m.toAddress === 'ada@example.test')!)).toBe(
      landing(),
    );
    expect(await oneClickUnsubscribe(stack, page, sent.find((m) => m.toAddress === 'bo@example.test')!)).toBe(
      200,
    );

    // 7. The report counts them.
    await page.goto(`${stack.appUrl}/campaigns/${campaignId}`);
    await expect.poll(heading, { timeout: 20_000 }).toContain('Sent');
    await expect.poll(() => reportFigure(page, 'stat-opens'), { timeout: 60_000, interval: 2000 }).toBe('1');
    await expect.poll(() => reportFigure(page, 'stat-clicks'), { timeout: 30_000, interval: 2000 }).toBe('1');
    await expect
      .poll(() => reportFigure(page, 'stat-unsubscribes'), { timeout: 30_000, interval: 2000 })
      .toBe('1');
    expect(await page.getByTestId('stat-recipients').textContent()).toBe('3');
    const bo = await crmService.listContacts(stack.deps, owner.scope, { per_page: 5, q: 'bo@' });
    expect(bo.items[0]!.consentStatus).toBe('unsubscribed');
    await stack.screenshot(page, 'email-journey-report-1280', { fullPage: true });
    await page.setViewportSize({ width: 360, height: 800 });
    await assertNoSidewaysScroll(page);
    await stack.screenshot(page, 'email-journey-report-360', { fullPage: true });
    await page.setViewportSize({ width: 1280, height: 800 });
  }, 480_000);
});
