import { campaignsService, crmService, sequencesService } from '@mewayz/core';
import { dbOf } from '@mewayz/core/admin';
import { emailSequenceEnrollments } from '@mewayz/db/schema';
import {
  createPublishedSite,
  createTenant,
  type DashboardStack,
  emailSignupBlock,
  startDashboardStack,
  type Tenant,
  testActor,
} from '@mewayz/testing';
import { eq, sql } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPage, signInAs } from './page-checks.ts';

/**
 * The Automations page in headless Chromium: a two-email welcome sequence set up by hand (templates
 * picked, delays, a reorder, on), a visitor signing up on the bio site's signup block, and the cron
 * (the edge's local stand-in of the jobs cron) sending the first email once and, a day later, the second.
 */
let stack: DashboardStack;
let page: Page;
let owner: Tenant;
let slug: string;
const mjml = (line: string) =>
  `<mjml><mj-body><mj-section><mj-column><mj-text>${line}</mj-text></mj-column></mj-section></mj-body></mjml>`;

beforeAll(async () => {
  stack = await startDashboardStack();
  page = await stack.browser.newPage();
  owner = await createTenant(stack.deps, 'Welcome Studio');
  const deps = stack.deps;
  await campaignsService.updateSenderSettings(deps, owner.scope, testActor, { postalAddress: '3 Kiln Row' });
  for (const [name, line] of [
    ['Hello there', 'Thanks for joining the studio list.'],
    ['How I glaze', 'Glazing is chemistry you can eat from.'],
  ])
    await campaignsService.createTemplate(deps, owner.scope, testActor, {
      name,
      subject: name,
      mjml: mjml(line),
    });
  ({ slug } = await createPublishedSite(deps, owner.scope, { blocks: [emailSignupBlock] }));
}, 600_000);
afterAll(async () => {
  if (process.env.E2E_LOGS) console.log(stack?.logs());
  await stack?.stop();
});

/** Each answer goes through wrangler dev on a shared two-core machine: wait longer than expect.poll's 1 s. */
const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 30_000, interval: 250 });

const outboxFor = async (to: string) => {
  const visitor = await stack.browser.newPage();
  await visitor.goto(`${stack.appUrl}/dev/outbox?to=${encodeURIComponent(to)}`);
  const subjects = await visitor.getByRole('heading', { level: 2 }).allTextContents();
  await visitor.close();
  return subjects;
};

describe('automations', () => {
  it('sets up a two-email welcome sequence that a signup then receives on time, each email once', async () => {
    await signInAs(stack, page, owner.user.email);
    await page.getByRole('link', { name: 'Automations' }).first().click();
    await page.waitForURL('**/automations');
    await poll(() => page.getByText('No emails yet').count()).toBe(1);

    await page.getByRole('button', { name: 'Add email' }).click();
    await poll(() => page.getByTestId('sequence-step').count()).toBe(1);
    await page.getByRole('button', { name: 'Add email' }).click();
    await poll(() => page.getByTestId('sequence-step').count()).toBe(2);
    // Email 1: "How I glaze" after 1 day; email 2: "Hello there" right away — then swap them.
    await page.locator('#step-0-template').selectOption({ label: 'How I glaze' });
    await page.locator('#step-0-delay').fill('1');
    await page.locator('#step-0-unit').selectOption('days');
    await page.locator('#step-1-template').selectOption({ label: 'Hello there' });
    await page.locator('#step-1-delay').fill('0');
    await page.locator('#step-1-unit').selectOption('minutes');
    await page.getByRole('button', { name: 'Move up' }).nth(1).click();
    await poll(() => page.getByRole('status').first().textContent()).toContain('Steps saved');
    await poll(() => page.locator('#step-0-delay').inputValue()).toBe('0');
    const [sequence] = await sequencesService.listSequences(stack.deps, owner.scope);
    expect(sequence!.steps.map((s) => [s.delayValue, s.delayUnit])).toEqual([
      [0, 'minutes'],
      [1, 'days'],
    ]);

    // A bad delay is refused next to its field, nothing saved.
    await page.locator('#step-1-delay').fill('-3');
    await page.getByRole('button', { name: 'Save steps' }).click();
    await poll(() => page.getByRole('alert').first().textContent()).toBeTruthy();
    expect(
      (await sequencesService.getSequence(stack.deps, owner.scope, sequence!.id)).steps[1]!.delayValue,
    ).toBe(1);
    await page.locator('#step-1-delay').fill('1');

    await page.getByRole('button', { name: 'Turn on' }).click();
    await poll(() => page.getByRole('status').first().textContent()).toContain('is on');
    await checkPage(stack, page, 'automations-setup');

    const visitor = await stack.browser.newPage();
    await visitor.goto(stack.siteUrl(slug));
    await visitor.getByLabel('Email address').fill('Potter@Example.test');
    await visitor.getByRole('button', { name: 'Join' }).click();
    await poll(() => visitor.getByRole('status').textContent()).toContain('Welcome aboard');
    await visitor.close();

    await stack.tick(owner.scope.orgId);
    await stack.tick(owner.scope.orgId);
    expect(await outboxFor('potter@example.test')).toEqual(['Hello there']);

    // A day passes: the enrollment's clock is moved back a day rather than the machine's forward.
    const dayAgo = sql`date_sub(${emailSequenceEnrollments.lastStepAt}, interval 1 day)`;
    await dbOf(stack.deps)
      .update(emailSequenceEnrollments)
      .set({
        lastStepAt: dayAgo,
        nextDueAt: sql`date_sub(${emailSequenceEnrollments.nextDueAt}, interval 1 day)`,
      })
      .where(eq(emailSequenceEnrollments.organizationId, owner.scope.orgId));
    await stack.tick(owner.scope.orgId);
    await stack.tick(owner.scope.orgId);
    expect((await outboxFor('potter@example.test')).sort()).toEqual(['Hello there', 'How I glaze']);

    await page.reload();
    await expect
      .poll(() => page.getByTestId('step-stats').allTextContents())
      .toEqual(['1 sent · 0 opened · 0 clicked', '1 sent · 0 opened · 0 clicked']);
    const members = page.getByRole('list', { name: 'Contacts in the sequence' });
    await poll(() => members.textContent()).toContain('potter@example.test');
    expect(await members.textContent()).toContain('completed');
    await checkPage(stack, page, 'automations-sent');
    await page.setViewportSize({ width: 360, height: 800 });
    await stack.screenshot(page, 'automations-sent-360', { fullPage: true });
    await page.setViewportSize({ width: 1280, height: 800 });
    const contact = (await crmService.listContacts(stack.deps, owner.scope, { per_page: 5, q: 'potter' }))
      .items[0]!;
    // Not waiting for 'load' (every image and font): under load that outlasts 30 s; the text is what counts.
    await page.goto(`${stack.appUrl}/contacts/${contact.id}`, { waitUntil: 'domcontentloaded' });
    await poll(() => page.getByText(/Welcome sequence: email \d sent/).count()).toBe(2);
  }, 240_000);
});
