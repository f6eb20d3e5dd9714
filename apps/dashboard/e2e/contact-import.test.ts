import { crmService } from '@mewayz/core';
import {
  createTenant,
  type DashboardStack,
  startDashboardStack,
  type Tenant,
  testActor,
} from '@mewayz/testing';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPage, signInAs } from './page-checks.ts';

/**
 * Importing contacts from CSV in headless Chromium against both Workers: upload, the guessed column
 * mapping, consent, the progress view while the jobs Worker's queue consumer applies the file, the
 * counts, the contacts in the list and the error report of the bad rows.
 */
let stack: DashboardStack;
let page: Page;
let owner: Tenant;

beforeAll(async () => {
  stack = await startDashboardStack();
  page = await stack.browser.newPage();
  owner = await createTenant(stack.deps, 'Import Studio');
  await crmService.createContactField(stack.deps, owner.scope, testActor, {
    key: 'plan',
    label: 'Plan',
    type: 'choice',
    options: ['free', 'patron'],
  });
  await crmService.createContact(stack.deps, owner.scope, testActor, {
    email: 'old@example.test',
    name: 'Old Name',
    consentStatus: 'unsubscribed',
  });
}, 600_000);
afterAll(async () => {
  if (process.env.E2E_LOGS) console.log(stack?.logs());
  await stack?.stop();
});

const csv = [
  'Email Address,Full name,Plan,Tags,Notes',
  'ana@example.test,Ana Lima,patron,vip;wheel,met at the fair',
  'ben@example.test,Ben Ode,free,,',
  'not-an-email,Broken Row,free,,',
  'cy@example.test,Cy Park,gold,,',
  'OLD@example.test,,patron,returning,',
  ',No Email,free,,',
  'dee@example.test,"Dee, Jr.",,glaze,',
  'eve@example.test,Eve Stone,free,,',
].join('\r\n');

describe('contact import', () => {
  it('maps, imports through the queue, shows progress to done, lists the contacts and reports the bad rows', async () => {
    await signInAs(stack, page, owner.user.email);
    await page.goto(`${stack.appUrl}/contacts`);
    await page.getByRole('link', { name: 'Import CSV' }).click();
    await page.waitForURL('**/contacts/imports');
    await checkPage(stack, page, 'contact-import-upload');

    await page
      .getByLabel('CSV file')
      .setInputFiles({ name: 'fans.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('button', { name: 'Upload' }).click();
    await page.waitForURL(/\/contacts\/imports\/cimp_/);
    const mapping = page.getByRole('form', { name: 'Column mapping' });
    await mapping.waitFor();
    // Guessed from the headers; Notes is not a field, so it is left out.
    expect(await page.getByLabel('Email Address', { exact: true }).inputValue()).toBe('email');
    expect(await page.getByLabel('Full name', { exact: true }).inputValue()).toBe('name');
    expect(await page.getByLabel('Plan', { exact: true }).inputValue()).toBe('field:plan');
    expect(await page.getByLabel('Tags', { exact: true }).inputValue()).toBe('tags');
    expect(await page.getByLabel('Notes', { exact: true }).inputValue()).toBe('ignore');
    expect(await mapping.textContent()).toContain('ana@example.test');
    await checkPage(stack, page, 'contact-import-mapping');
    await page.setViewportSize({ width: 360, height: 800 });
    await stack.screenshot(page, 'contact-import-mapping-360');
    await page.setViewportSize({ width: 1280, height: 800 });

    await page.getByLabel('These people agreed to receive email from me').check();
    await page.getByRole('button', { name: 'Import 8 rows' }).click();
    // The page polls while the jobs Worker applies the file, then shows the counts.
    await expect
      .poll(() => page.getByTestId('import-processed').textContent(), { timeout: 90_000, interval: 500 })
      .toBe('8');
    await page.getByText('Done', { exact: true }).waitFor({ timeout: 30_000 });
    const counts = await page.getByRole('definition').allTextContents();
    expect(counts).toEqual(['4', '1', '0', '3']);
    const report = page.getByRole('link', { name: /Download the error report/ });
    await report.waitFor();
    const bad = await page
      .getByRole('listitem')
      .filter({ hasText: /^Row \d/ })
      .allTextContents();
    expect(bad.map((t) => t.match(/^Row (\d+)/)?.[1])).toEqual(['4', '5', '7']);
    await checkPage(stack, page, 'contact-import-done');
    await page.setViewportSize({ width: 360, height: 800 });
    await stack.screenshot(page, 'contact-import-done-360');
    await page.setViewportSize({ width: 1280, height: 800 });

    // The report: every failed row, with its number, email cell and reason.
    // Fetched by the browser: Node does not resolve *.localhost.
    const href = (await report.getAttribute('href'))!;
    const [status, text] = await page.evaluate(async (u) => {
      const r = await fetch(u);
      return [r.status, await r.text()] as const;
    }, href);
    expect(status).toBe(200);
    const lines = text.trim().split('\r\n');
    expect(lines[0]).toBe('row,email,reason');
    expect(lines.slice(1).map((l) => l.split(',').slice(0, 2).join(','))).toEqual([
      '4,not-an-email',
      '5,cy@example.test',
      '7,',
    ]);
    expect(lines[2]).toContain('Plan: Choose one of: free, patron');

    // The new contacts are in the list; the existing one was updated, and stays unsubscribed.
    await page.getByRole('link', { name: 'See imported contacts' }).click();
    await page.waitForURL(/source=import/);
    const list = page.getByRole('list', { name: 'Contacts' });
    await expect.poll(() => list.textContent()).toContain('Dee, Jr.');
    for (const email of ['ana@example.test', 'ben@example.test', 'dee@example.test', 'eve@example.test'])
      expect(await list.textContent()).toContain(email);
    const old = await crmService.listContacts(stack.deps, owner.scope, { per_page: 5, q: 'old@' });
    expect(old.items[0]).toMatchObject({
      name: 'Old Name',
      consentStatus: 'unsubscribed',
      tags: ['returning'],
    });
    expect(old.items[0]!.fields).toEqual({ plan: 'patron' });
    const ana = await crmService.listContacts(stack.deps, owner.scope, { per_page: 5, q: 'ana@' });
    expect(ana.items[0]).toMatchObject({ consentStatus: 'subscribed', source: 'import' });

    // The past imports list shows it, done.
    await page.goto(`${stack.appUrl}/contacts/imports`);
    expect(await page.getByRole('listitem').filter({ hasText: 'fans.csv' }).textContent()).toContain(
      '4 new, 1 updated, 3 failed',
    );
  }, 240_000);
});
