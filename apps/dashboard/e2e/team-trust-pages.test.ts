import { createSiteInput, resendVerificationInput, say, signUpInput } from '@mewayz/contracts';
import {
  email as emailModule,
  identity,
  linksService,
  organizationsService,
  tokensService,
} from '@mewayz/core';
import { dbOf } from '@mewayz/core/admin';
import {
  createTenant,
  createTestUser,
  type DashboardStack,
  startDashboardStack,
  type Tenant,
  testPassword,
} from '@mewayz/testing';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPage, holdRevalidation, signInAs } from './page-checks.ts';

/** Forms, instant results, invitations, roles, audit log, token scopes and the dev outbox. */
let stack: DashboardStack;
let page: Page;
let owner: Tenant;

beforeAll(async () => {
  stack = await startDashboardStack();
  page = await stack.browser.newPage();
  owner = await createTenant(stack.deps, 'Trust Studio');
}, 900_000);
afterAll(async () => {
  if (process.env.E2E_LOGS) console.log(stack?.logs());
  await stack?.stop();
});

/** The first message the schema gives for each field of an empty form: what the page must show. */
function expectedEmptyMessages() {
  const r = signUpInput.safeParse({});
  const out: Record<string, string> = {};
  for (const issue of r.success ? [] : r.error.issues) out[String(issue.path[0])] ??= issue.message;
  return out;
}

async function fieldMessages(p: Page, id: string) {
  return p.locator(`#${id}-error`).allTextContents();
}

async function outboxLink(to: string, pattern: RegExp): Promise<string> {
  const [mail] = await emailModule.listOutbox(dbOf(stack.deps), { to });
  const url = mail?.text.match(pattern)?.[0];
  if (!url) throw new Error(`no matching link mailed to ${to}`);
  return url.replace(/^http:\/\/[^/]+/, stack.appUrl);
}

describe('forms (Conform with the contracts’ schemas)', () => {
  it('shows one schema message per field for an empty sign-up, in the browser and from the server', async () => {
    const expected = expectedEmptyMessages();
    expect(Object.keys(expected).sort()).toEqual(['email', 'name', 'password']);
    await stack.browser.clearCookies();
    await page.goto(`${stack.appUrl}/sign-up`);
    await page.getByRole('button', { name: 'Create account' }).click();
    for (const [field, message] of Object.entries(expected)) {
      await page.locator(`#sign-up-${field}-error, [id$="-${field}-error"]`).first().waitFor();
      const shown = await page.locator(`[id$="-${field}-error"]`).allTextContents();
      expect(shown, field).toEqual([message]);
    }
    // The password's hint gives way to its error: never both.
    await page.getByLabel('Password').fill('short');
    await page.getByLabel('Password').blur();
    const passwordBox = page.locator('div', { has: page.getByLabel('Password') }).last();
    const newPassword = signUpInput.shape.password.safeParse('short');
    const shortMessage = newPassword.success ? '' : newPassword.error.issues[0]!.message;
    await passwordBox.getByText(shortMessage).waitFor();
    await expect(passwordBox.getByText('10 characters or more').count()).resolves.toBe(0);
    await checkPage(stack, page, 'sign-up-errors');

    // Without JavaScript the server answers with the same messages.
    const context = await stack.browser.browser()!.newContext({ javaScriptEnabled: false });
    try {
      const plain = await context.newPage();
      await plain.goto(`${stack.appUrl}/sign-up`);
      // Lift the browser's own checks so the empty form reaches the server.
      await plain.evaluate(`document.querySelector('form').setAttribute('novalidate', '')`);
      await plain.getByRole('button', { name: 'Create account' }).click();
      await plain.waitForLoadState();
      for (const [field, message] of Object.entries(expected)) {
        expect(await plain.locator(`[id$="-${field}-error"]`).allTextContents(), field).toEqual([message]);
      }
    } finally {
      await context.close();
    }
  }, 90_000);
});

describe('sites, short links and domains (Conform with the API’s schemas)', () => {
  /** What zod says when nobody worded a message: never shown to a creator. */
  const zodDefault = /Invalid input|expected string|received undefined/;

  it('creates a site: an empty or invalid form gets the schema’s words next to each field', async () => {
    await signInAs(stack, page, owner.user.email);
    await page.goto(`${stack.appUrl}/sites`);
    await page.getByRole('button', { name: 'Create site' }).click();
    const empty = createSiteInput.safeParse({});
    const expected: Record<string, string> = {};
    for (const issue of empty.success ? [] : empty.error.issues)
      expected[String(issue.path[0])] ??= issue.message;
    expect(Object.keys(expected).sort()).toEqual(['name', 'slug']);
    for (const [field, message] of Object.entries(expected)) {
      await page.locator(`#create-site-${field}-error`).waitFor();
      expect(await fieldMessages(page, `create-site-${field}`), field).toEqual([message]);
      expect(message).not.toMatch(zodDefault);
    }
    // The address's hint gives way to its error.
    await expect(page.getByText('Your site lives at').count()).resolves.toBe(0);
    await page.getByLabel('Address').fill('Not A Slug');
    await page.getByLabel('Address').blur();
    const badSlug = createSiteInput.shape.slug.safeParse('Not A Slug');
    const slugMessage = badSlug.success ? '' : badSlug.error.issues[0]!.message;
    await page.locator('#create-site-slug-error').getByText(slugMessage).waitFor();
    await checkPage(stack, page, 'site-create-errors');

    // Without JavaScript the action answers with the same words.
    const context = await stack.browser.browser()!.newContext({ javaScriptEnabled: false });
    try {
      const plain = await context.newPage();
      await context.addCookies(await stack.browser.cookies());
      await plain.goto(`${stack.appUrl}/sites`);
      // Lift the browser's own checks so the empty form reaches the server.
      await plain.evaluate(`document.querySelector('#create-site').setAttribute('novalidate', '')`);
      await plain.getByRole('button', { name: 'Create site' }).click();
      await plain.waitForLoadState();
      for (const [field, message] of Object.entries(expected))
        expect(await fieldMessages(plain, `create-site-${field}`), field).toEqual([message]);
    } finally {
      await context.close();
    }

    await page.getByLabel('Site name').fill('Forms Studio');
    await page.getByLabel('Address').fill(`forms-${Math.random().toString(36).slice(2, 8)}`);
    await page.getByRole('button', { name: 'Create site' }).click();
    await page.waitForURL(/\/sites\/site_/);
  }, 90_000);

  it('creates and edits a short link: human messages per field, example.org/shop stored as https://example.org/shop', async () => {
    await page.goto(`${stack.appUrl}/links`);
    await page.getByRole('button', { name: 'Create short link' }).click();
    await page.locator('#new-link-url-error').waitFor();
    expect(await fieldMessages(page, 'new-link-url')).toEqual([say.required('web address')]);
    // Checked in the browser as you type: not a web address, and a code with a space.
    await page.getByLabel('Destination URL').fill('not a web address');
    await page.getByLabel('Custom code (optional)').fill('spring sale');
    await page.getByLabel('Custom code (optional)').blur();
    await page.locator('#new-link-url-error').getByText(say.url).waitFor();
    await page.locator('#new-link-code-error').getByText('Use letters, digits, _ and - only').waitFor();
    const shown = await page.locator('[id$="-error"]').allTextContents();
    expect(shown.join(' ')).not.toMatch(zodDefault);
    await checkPage(stack, page, 'links-create-errors');

    await page.getByLabel('Destination URL').fill('example.org/shop');
    const code = `shop-${Math.random().toString(36).slice(2, 6)}`;
    await page.getByLabel('Custom code (optional)').fill(code);
    await page.getByRole('button', { name: 'Create short link' }).click();
    await page.getByText(/Short link .* created\./).waitFor();
    const item = page.locator('li').filter({ hasText: `/${code}` });
    await item.getByText('→ https://example.org/shop').waitFor();
    // The form is empty again for the next link.
    expect(await page.getByLabel('Destination URL').first().inputValue()).toBe('');
    const { items } = await linksService.listShortLinks(stack.deps, owner.scope, { page: 1, perPage: 50 });
    const stored = items.find((l) => l.code === code);
    expect(stored?.url).toBe('https://example.org/shop');
    expect(stored?.active).toBe(true);

    // Editing: an emptied destination is refused next to it; a scheme-less one is stored with https://.
    await item.locator('summary', { hasText: /^Edit/ }).click();
    const url = page.locator(`#${stored!.id}-url`);
    expect(await url.inputValue()).toBe('https://example.org/shop');
    await url.fill('');
    await item.getByRole('button', { name: 'Save link' }).click();
    await page.locator(`#${stored!.id}-url-error`).getByText(say.required('web address')).waitFor();
    await checkPage(stack, page, 'links-edit-errors');
    await url.fill('example.org/sale');
    await item.getByLabel('Active').uncheck();
    await item.getByRole('button', { name: 'Save link' }).click();
    await page.getByText('Link saved.').waitFor();
    await item.getByText('→ https://example.org/sale').waitFor();
    const saved = await linksService.getShortLink(stack.deps, owner.scope, stored!.id);
    expect(saved.url).toBe('https://example.org/sale');
    expect(saved.active).toBe(false);
    expect(await page.locator(`#${stored!.id}-url`).inputValue()).toBe('https://example.org/sale');
  }, 90_000);

  it('adds a domain: the schema’s and the core’s refusals show next to the hostname', async () => {
    await page.goto(`${stack.appUrl}/domains`);
    await page.getByRole('button', { name: 'Add domain' }).click();
    await page.locator('#add-domain-hostname-error').waitFor();
    expect(await fieldMessages(page, 'add-domain-hostname')).toEqual([say.required('domain name')]);
    await checkPage(stack, page, 'domains-add-errors');
    // The core vets the name itself (no dot: not a public domain); its reason shows in the same place.
    await page.getByLabel('Hostname').fill('intranet');
    await page.getByRole('button', { name: 'Add domain' }).click();
    await page
      .locator('#add-domain-hostname-error')
      .getByText(/full domain name/)
      .waitFor();
    const host = `shop-${Math.random().toString(36).slice(2, 8)}.example.org`;
    await page.getByLabel('Hostname').fill(host);
    await page.getByRole('button', { name: 'Add domain' }).click();
    await page.getByText(`${host} added.`).waitFor();
    expect(await page.getByLabel('Hostname').inputValue()).toBe('');
    await expect(page.locator('#add-domain-hostname-error').count()).resolves.toBe(0);
  }, 90_000);
});

describe('verify email (Conform)', () => {
  it('sends the confirmation link again, and refuses a form with a field it does not have in words', async () => {
    const email = `resend-${Date.now()}@example.com`;
    await stack.browser.clearCookies();
    await page.goto(`${stack.appUrl}/sign-up`);
    await page.getByLabel('Name').fill('Resend Person');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(testPassword);
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.waitForURL('**/verify-email');
    await page.getByRole('button', { name: 'Send the link again' }).click();
    await page.getByText('A new link is on its way').waitFor();
    expect(await emailModule.listOutbox(dbOf(stack.deps), { to: email })).toHaveLength(2);

    const tampered = resendVerificationInput.safeParse({ email: 'someone@else.example' });
    const message = tampered.success ? '' : tampered.error.issues[0]!.message;
    expect(message).toContain('not accepted here');
    await page.evaluate(`(() => {
      const button = [...document.querySelectorAll('button')].find((b) => b.textContent.includes('Send the link again'));
      const extra = document.createElement('input');
      extra.type = 'hidden';
      extra.name = 'email';
      extra.value = 'someone@else.example';
      button.form.append(extra);
      button.form.requestSubmit(button);
    })()`);
    await page.getByText(message).waitFor();
    expect(await emailModule.listOutbox(dbOf(stack.deps), { to: email })).toHaveLength(2);
    await checkPage(stack, page, 'verify-email-errors');
  }, 60_000);
});

describe('instant results: the page shows the change with the action’s answer', () => {
  it('lists a new token and a revoked one without reloading the page’s data', async () => {
    const t = await createTenant(stack.deps, 'Token Studio');
    // The fixture's own token out of the way: the list starts empty.
    const listed = await tokensService.listApiTokens(stack.deps, t.scope, { page: 1, perPage: 10 });
    for (const tok of listed.items)
      await tokensService.revokeApiToken(stack.deps, t.scope, { userId: t.user.id }, tok.id);
    await signInAs(stack, page, t.user.email);
    await page.goto(`${stack.appUrl}/tokens`);

    // Item 6: no scope starts ticked; none at all is refused in words; each scope says what it does.
    const boxes = page.getByRole('checkbox');
    expect(await boxes.count()).toBeGreaterThan(4);
    for (const box of await boxes.all()) expect(await box.isChecked()).toBe(false);
    await page.getByText('List sites and their blocks.').waitFor();
    await page.getByLabel('Name', { exact: true }).fill('Deploy bot');
    await page.getByRole('button', { name: 'Create token' }).click();
    await page.getByText('Pick at least one scope').waitFor();
    await page.getByRole('checkbox', { name: /Read sites/ }).check();

    const hold = await holdRevalidation(page, 'routes/_app.tokens');
    await page.getByRole('button', { name: 'Create token' }).click();
    await page.getByText('Token “Deploy bot” created.').waitFor();
    const row = page.locator('tr', { hasText: 'Deploy bot' });
    expect(await row.getByText('active').count()).toBe(1);
    expect(await row.getByText('Read sites').count()).toBe(1);
    await page.getByRole('button', { name: 'Revoke Deploy bot' }).click();
    await page.getByText('Token revoked.').waitFor();
    expect(await page.locator('tr', { hasText: 'Deploy bot' }).getByText('revoked').count()).toBe(1);
    expect(hold.held()).toBe(0);
    await hold.release();
    await checkPage(stack, page, 'tokens-created');
  }, 90_000);

  it('turns two-factor on and off with the badge changing on the same answer', async () => {
    const user = await createTestUser(stack.deps);
    await organizationsService.createOrganization(stack.deps, user.id, { name: 'Badge Org' });
    await signInAs(stack, page, user.email);
    await page.goto(`${stack.appUrl}/settings/security`);
    const badge = page.getByTestId('two-factor-status');
    expect(await badge.textContent()).toBe('Off');
    await page.getByRole('button', { name: 'Set up two-factor authentication' }).click();
    const key = identity.decodeTotpSecret((await page.getByTestId('totp-secret').textContent()) ?? '');
    const hold = await holdRevalidation(page, 'routes/_app.settings.security');
    await page.getByLabel('Code from the app').fill(await identity.totpCode(key, new Date()));
    await page.getByRole('button', { name: 'Turn on two-factor' }).click();
    await page.getByRole('list', { name: 'Recovery codes' }).waitFor();
    expect(await badge.textContent()).toBe('On');
    await page.getByText('10 of 10 recovery codes left.').waitFor();
    await checkPage(stack, page, 'security-2fa-on');
    await page.getByLabel('Password', { exact: true }).fill(testPassword);
    await page.getByRole('button', { name: 'Turn off two-factor' }).click();
    await page.getByText('Two-factor authentication is off.').waitFor();
    expect(await badge.textContent()).toBe('Off');
    expect(hold.held()).toBe(0);
    await hold.release();
  }, 90_000);

  it('shows a sent invitation as pending, and member changes, on the same answer', async () => {
    const t = await createTenant(stack.deps, 'Team Studio');
    const bob = await createTestUser(stack.deps, { name: 'Bob Stone' });
    await organizationsService.addMember(
      stack.deps,
      t.scope,
      { userId: t.user.id, role: 'super_admin' },
      bob.id,
      'editor',
    );
    const invitee = `invitee-${Math.random().toString(36).slice(2, 8)}@example.test`;
    await signInAs(stack, page, t.user.email);
    await page.goto(`${stack.appUrl}/members`);
    await page.getByText('No pending invitations').waitFor();
    const hold = await holdRevalidation(page, 'routes/_app.members');
    await page.getByLabel('Email').fill(invitee);
    await page.getByRole('radio', { name: /^Viewer/ }).check();
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await page.getByText(`Invitation sent to ${invitee} as Viewer.`).waitFor();
    const pending = page.locator(`[data-invitation="${invitee}"]`);
    expect(await pending.count()).toBe(1);
    expect(await pending.textContent()).toContain('Viewer');
    await page.getByRole('button', { name: `Withdraw the invitation of ${invitee}` }).click();
    await page.getByText('Invitation withdrawn.').waitFor();
    expect(await pending.count()).toBe(0);
    await page.getByText('No pending invitations').waitFor();

    const row = page.locator(`[data-member="${bob.email}"]`);
    await row.getByLabel(`Role of ${bob.email}`).selectOption('manager');
    await row.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Bob Stone is now Manager.').waitFor();
    expect(await row.getByTestId('role-description').textContent()).toMatch(/^Manager: /);
    await row.getByRole('button', { name: `Remove ${bob.email}` }).click();
    await page.getByText('Bob Stone was removed.').waitFor();
    expect(await page.locator(`[data-member="${bob.email}"]`).count()).toBe(0);
    expect(hold.held()).toBe(0);
    await hold.release();
  }, 90_000);
});

describe('invitations and roles in words', () => {
  it('tells the invitee the workspace, the role and who invited them, before and after signing up', async () => {
    const email = `joiner-${Math.random().toString(36).slice(2, 8)}@example.test`;
    await organizationsService.createInvitation(
      stack.deps,
      owner.scope,
      { userId: owner.user.id, role: 'super_admin' },
      { email, role: 'editor' },
    );
    const link = await outboxLink(email, /http\S+\/invitations\/accept\?token=\S+/);
    await stack.browser.clearCookies();
    await page.goto(link);
    await page.waitForURL('**/sign-in?next=**');
    const summary = page.getByTestId('invitation-summary');
    await page.getByRole('heading', { name: 'Sign in to join Trust Studio' }).waitFor();
    const before = (await summary.textContent()) ?? '';
    expect(before).toContain('Trust Studio');
    expect(before).toContain('Test User');
    expect(before).toContain('Editor');
    expect(before).toContain('Edits and publishes existing sites');
    await checkPage(stack, page, 'sign-in-invitation');

    await page.getByRole('link', { name: 'Create an account' }).click();
    await page.getByRole('heading', { name: 'Join Trust Studio on Mewayz' }).waitFor();
    expect(await summary.textContent()).toContain('Editor');
    expect(await page.getByLabel('Email').inputValue()).toBe(email);
    await checkPage(stack, page, 'sign-up-invitation');
    await page.getByLabel('Your name').fill('Joan Joiner');
    await page.getByLabel('Password').fill('a long enough passphrase');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.waitForURL('**/verify-email');
    await page.goto(await outboxLink(email, /http\S+\/verify-email\?token=\S+/));
    await page.getByRole('heading', { name: 'Join Trust Studio' }).waitFor();
    const after = (await summary.textContent()) ?? '';
    expect(after).toContain('Test User');
    expect(after).toContain('Editor');
    await checkPage(stack, page, 'invitation-accept');
    await page.getByRole('button', { name: 'Accept and join Trust Studio' }).click();
    await page.waitForURL('**/sites');
  }, 90_000);

  it('names roles in words with a description wherever they are chosen', async () => {
    const creator = await createTestUser(stack.deps, { name: 'Cleo Creator' });
    await signInAs(stack, page, creator.email);
    await page.waitForURL('**/welcome');
    await page.getByRole('button', { name: 'Create workspace' }).click();
    await page.waitForURL('**/sites');
    await page.goto(`${stack.appUrl}/members`);
    const me = page.locator(`[data-member="${creator.email}"]`);
    expect(await me.textContent()).toContain('Owner');
    expect(await page.locator('body').innerText()).not.toMatch(/super.admin/i);
    // Every role offered in the invitation form says what it may do; "Viewer" and "Guest" differ in words.
    const radios = page.getByRole('radio');
    expect(await radios.count()).toBe(6);
    await page
      .getByText('Sees sites, links, products, domains and analytics, but changes nothing.')
      .waitFor();
    await page
      .getByText('Only belongs to the workspace: sees none of its sites, links or analytics.')
      .waitFor();
    await checkPage(stack, page, 'members-roles');
  }, 60_000);
});

describe('audit log', () => {
  it('says who did what in words, links to it, filters by person, action and dates, and pages', async () => {
    const t = await createTenant(stack.deps, 'Audit Studio');
    const alice = t.user;
    const bob = await createTestUser(stack.deps, { name: 'Bob Stone' });
    const actor = { userId: alice.id, role: 'super_admin' as const };
    await organizationsService.addMember(stack.deps, t.scope, actor, bob.id, 'editor');
    await organizationsService.changeMemberRole(stack.deps, t.scope, actor, bob.id, 'manager');
    for (let i = 0; i < 52; i++) {
      await linksService.createShortLink(
        stack.deps,
        t.scope,
        { userId: bob.id },
        {
          url: `https://example.com/a/${i}`,
          passQuery: false,
          active: true,
        },
      );
    }
    await signInAs(stack, page, alice.email);
    await page.goto(`${stack.appUrl}/audit`);
    const all = await page.getByText(/^Showing 1–50 of \d+$/).textContent();
    const total = Number(all?.match(/of (\d+)/)?.[1]);
    expect(total).toBeGreaterThan(52);
    await page.getByRole('link', { name: 'Next' }).click();
    await page.waitForURL(/page=2/);
    await page.getByText(`Showing 51–${Math.min(100, total)} of ${total}`).waitFor();
    const roleChange = page.locator('[data-action="member.role_changed"]');
    await roleChange.waitFor();
    expect(await roleChange.textContent()).toContain(
      'Test User changed Bob Stone’s role from Editor to Manager.',
    );
    expect(await roleChange.getByRole('link', { name: 'Bob Stone' }).getAttribute('href')).toBe('/members');
    expect(await page.locator('main').innerText()).not.toMatch(/usr_|member\.role_changed/);
    await checkPage(stack, page, 'audit-page-2');

    // Filters are a plain GET form: by person and action, the address keeps them.
    await page.goto(`${stack.appUrl}/audit`);
    await page.getByLabel('Who').selectOption({ label: 'Bob Stone' });
    await page.getByLabel('What').selectOption({ label: 'Short links' });
    await page.getByRole('button', { name: 'Filter' }).click();
    await page.waitForURL(/what=link/);
    await page.getByText('Showing 1–50 of 52').waitFor();
    const first = page.locator('[data-action="link.created"]').first();
    expect(await first.textContent()).toMatch(/^.*Bob Stone created the short link \//);
    expect(await first.getByRole('link').getAttribute('href')).toBe('/links');
    await page.getByRole('link', { name: 'Next' }).click();
    await page.getByText('Showing 51–52 of 52').waitFor();
    expect(new URL(page.url()).searchParams.get('what')).toBe('link');
    // A date range that ends before today matches nothing.
    await page.goto(`${stack.appUrl}/audit?from=2020-01-01&to=2020-01-31`);
    await page.getByText('Nothing matches these filters').waitFor();
    await checkPage(stack, page, 'audit-filtered');
  }, 120_000);
});

describe('dev outbox', () => {
  it('pages through more than 50 emails and filters by recipient', async () => {
    const mailer = emailModule.outboxMailer(dbOf(stack.deps));
    const tag = Math.random().toString(36).slice(2, 8);
    for (let i = 0; i < 55; i++) {
      await mailer.send({ to: `bulk-${tag}-${i}@example.test`, subject: `Bulk ${i}`, text: `Message ${i}` });
    }
    await signInAs(stack, page, owner.user.email);
    await page.goto(`${stack.appUrl}/dev/outbox`);
    await page.getByText(/^Showing 1–50 of \d+$/).waitFor();
    expect(await page.locator('main li').count()).toBe(50);
    await page.getByRole('link', { name: 'Next' }).click();
    await page.getByText(/^Showing 51–\d+ of \d+$/).waitFor();
    await page.getByRole('link', { name: 'Previous' }).waitFor();

    await page.getByLabel('Recipient').fill(`bulk-${tag}`);
    await page.getByRole('button', { name: 'Filter' }).click();
    await page.getByText('Showing 1–50 of 55').waitFor();
    await page.getByRole('link', { name: 'Next' }).click();
    await page.getByText('Showing 51–55 of 55').waitFor();
    expect(new URL(page.url()).searchParams.get('to')).toBe(`bulk-${tag}`);
    expect(await page.locator('main li').count()).toBe(5);
    await page.goto(`${stack.appUrl}/dev/outbox?to=${encodeURIComponent(`bulk-${tag}-7@example.test`)}`);
    expect(await page.locator('main li').count()).toBe(1);
    await page.getByText('Bulk 7').waitFor();
    await checkPage(stack, page, 'dev-outbox');
  }, 90_000);
});
