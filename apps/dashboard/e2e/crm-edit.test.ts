import { crmService } from '@mewayz/core';
import {
  addMemberWithToken,
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
 * Custom fields and a contact's details edited in the dashboard (issue #11), in headless Chromium:
 * a choice field made on the fields page, a contact's name and that field changed on its page, a
 * refused email shown next to its input with the rest of what was typed kept, and core's own
 * refusals (a taken key, a held choice removed) next to their inputs.
 */
let stack: DashboardStack;
let page: Page;
let owner: Tenant;
let contactId: string;

beforeAll(async () => {
  stack = await startDashboardStack();
  page = await stack.browser.newPage();
  owner = await createTenant(stack.deps, 'Field Studio');
  const contact = await crmService.createContact(stack.deps, owner.scope, testActor, {
    email: 'ada@example.test',
    name: 'Ada',
    tags: ['vip'],
  });
  contactId = contact.id;
}, 300_000);
afterAll(async () => {
  if (process.env.E2E_LOGS) console.log(stack?.logs());
  await stack?.stop();
});

const alertText = () => page.getByRole('alert').first().textContent();

async function phoneShot(name: string) {
  await page.setViewportSize({ width: 360, height: 800 });
  await stack.screenshot(page, `${name}-360`, { fullPage: true });
  await page.setViewportSize({ width: 1280, height: 800 });
}

describe('custom fields and contact details', () => {
  it('adds, renames and edits a choice field; a taken key is refused next to its input', async () => {
    await signInAs(stack, page, owner.user.email);
    await page.goto(`${stack.appUrl}/contacts`);
    await page.getByRole('link', { name: 'Custom fields' }).click();
    await page.waitForURL('**/contacts/fields');
    const add = page.getByRole('form', { name: 'New field' });
    await add.getByLabel('Label').fill('Membership');
    await add.getByLabel('Key').fill('plan');
    await add.getByLabel('Kind').selectOption('choice');
    await add.getByLabel('Choices').fill('free\npatron');
    await add.getByRole('button', { name: 'Add field' }).click();
    const rows = page.getByRole('list', { name: 'Custom fields' }).getByRole('listitem');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain('free · patron');

    // The same key again: core's conflict shows on the key, the label typed stays.
    await add.getByLabel('Label').fill('Plan again');
    await add.getByLabel('Key').fill('plan');
    await add.getByRole('button', { name: 'Add field' }).click();
    await expect.poll(() => add.textContent()).toContain('already taken');
    expect(await add.getByLabel('Key').getAttribute('aria-invalid')).toBe('true');
    expect(await add.getByLabel('Label').inputValue()).toBe('Plan again');
    await add.getByLabel('Label').fill('');
    await add.getByLabel('Key').fill('');

    // Rename and add a choice.
    const edit = page.getByRole('form', { name: 'Edit Membership' });
    await edit.getByLabel('Label').fill('Plan');
    await edit.getByLabel('Choices').fill('free\npatron\nfounder');
    await edit.getByRole('button', { name: 'Save field' }).click();
    await expect.poll(() => rows.first().textContent()).toContain('free · patron · founder');
    const [field] = await crmService.listContactFields(stack.deps, owner.scope);
    expect([field!.label, field!.options]).toEqual(['Plan', ['free', 'patron', 'founder']]);
    await checkPage(stack, page, 'crm-fields');
    await phoneShot('crm-fields');
  }, 240_000);

  it('edits a contact’s name and custom field; a bad email is refused next to it with the rest kept', async () => {
    await signInAs(stack, page, owner.user.email);
    await page.goto(`${stack.appUrl}/contacts/${contactId}`);
    await page.getByText('Edit details').click();
    const form = page.getByRole('form', { name: 'Edit details' });
    await form.getByLabel('Name').fill('Ada Lovelace');
    await form.getByLabel('Plan').selectOption('patron');
    await form.getByLabel('Tags').fill('vip, Early Bird');
    await form.getByRole('button', { name: 'Save details' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Ada Lovelace');
    const details = page.locator('dl');
    await expect.poll(() => details.textContent()).toContain('patron');
    expect(await details.textContent()).toContain('early bird');
    const saved = await crmService.getContact(stack.deps, owner.scope, contactId);
    expect([saved.name, saved.fields.plan, saved.tags.sort()]).toEqual([
      'Ada Lovelace',
      'patron',
      ['early bird', 'vip'],
    ]);
    // The team sees the edit on the timeline, by field name.
    expect(
      await page.getByRole('list', { name: 'Timeline' }).locator('[data-kind="edited"]').textContent(),
    ).toContain('Changed name, tags and Plan');

    // A bad email: refused on the email input, everything else typed is still there.
    await form.getByLabel('Email').fill('not-an-email');
    await form.getByLabel('Name').fill('Ada King');
    await form.getByLabel('Company').fill('Analytical Engines');
    await form.getByLabel('Plan').selectOption('founder');
    // The browser's own check would stop an invalid type=email; the server is what is tested.
    await form.evaluate((f) => f.setAttribute('novalidate', ''));
    await form.getByRole('button', { name: 'Save details' }).click();
    await expect.poll(() => form.getByLabel('Email').getAttribute('aria-invalid')).toBe('true');
    expect(await alertText()).toBeTruthy();
    expect(await form.getByLabel('Email').inputValue()).toBe('not-an-email');
    expect(await form.getByLabel('Name').inputValue()).toBe('Ada King');
    expect(await form.getByLabel('Company').inputValue()).toBe('Analytical Engines');
    expect(await form.getByLabel('Plan').inputValue()).toBe('founder');
    const unchanged = await crmService.getContact(stack.deps, owner.scope, contactId);
    expect([unchanged.email, unchanged.name, unchanged.fields.plan]).toEqual([
      'ada@example.test',
      'Ada Lovelace',
      'patron',
    ]);
    await checkPage(stack, page, 'crm-contact-edit');
    await phoneShot('crm-contact-edit');
  }, 240_000);

  it('refuses removing a choice a contact holds, on the choices input', async () => {
    await signInAs(stack, page, owner.user.email);
    await page.goto(`${stack.appUrl}/contacts/fields`);
    const edit = page.getByRole('form', { name: 'Edit Plan' });
    await edit.getByLabel('Choices').fill('free\nfounder');
    await edit.getByRole('button', { name: 'Save field' }).click();
    await expect.poll(() => edit.textContent()).toContain('Contacts still hold patron');
    expect(await edit.getByLabel('Choices').inputValue()).toBe('free\nfounder');
  });

  // Every role that may see contacts may also change them today; a viewer sees neither page.
  it('refuses a viewer both pages', async () => {
    const viewer = await addMemberWithToken(stack.deps, owner, 'viewer');
    await signInAs(stack, page, viewer.user.email);
    for (const path of [`/contacts/${contactId}`, '/contacts/fields']) {
      const res = await page.goto(`${stack.appUrl}${path}`);
      expect(res?.status(), path).toBe(403);
      expect(await page.getByText('Edit details').count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Add field' }).count()).toBe(0);
    }
  });

  it('deletes a field once confirmed', async () => {
    await signInAs(stack, page, owner.user.email);
    await page.goto(`${stack.appUrl}/contacts/fields`);
    const del = page.getByRole('form', { name: 'Delete Plan' });
    await del.getByLabel('Delete, with every contact’s value').check();
    await del.getByRole('button', { name: 'Delete field' }).click();
    await expect.poll(() => page.getByText('No custom fields yet').count()).toBe(1);
    const contact = await crmService.getContact(stack.deps, owner.scope, contactId);
    expect(contact.fields).toEqual({});
  });
});
