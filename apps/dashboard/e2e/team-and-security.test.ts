import { say } from '@mewayz/contracts';
import {
  email as emailModule,
  identity,
  linksService,
  organizationsService,
  setFakeTxtRecords,
} from '@mewayz/core';
import { dbOf } from '@mewayz/core/admin';
import {
  createPublishedSite,
  createTenant,
  createTestUser,
  type DashboardStack,
  startDashboardStack,
  type Tenant,
  testPassword,
} from '@mewayz/testing';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** 2FA, invitations and role limits, custom domains with the fake resolver, links, tokens, audit. */
let stack: DashboardStack;
let page: Page;
let owner: Tenant;
let siteId: string;

beforeAll(async () => {
  stack = await startDashboardStack();
  page = await stack.browser.newPage();
  owner = await createTenant(stack.deps, 'Owner Studio');
  const site = await createPublishedSite(stack.deps, owner.scope);
  siteId = site.site.id;
}, 900_000);
afterAll(async () => {
  if (process.env.E2E_LOGS) console.log(stack?.logs());
  await stack?.stop();
});

async function signIn(who: string, password = testPassword) {
  await stack.browser.clearCookies();
  await page.goto(`${stack.appUrl}/sign-in`);
  await page.getByLabel('Email').fill(who);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

async function checkPage(name: string) {
  const violations = await stack.axe(page);
  expect(violations, `${name}: ${JSON.stringify(violations, null, 2)}`).toEqual([]);
  await stack.screenshot(page, name);
  await page.setViewportSize({ width: 375, height: 812 });
  await stack.screenshot(page, `${name}-375`, { fullPage: false });
  // Elements sticking out of the viewport, unless a scroll container of theirs clips them.
  const wide = (await page.evaluate(`(() => {
    if (document.documentElement.scrollWidth <= window.innerWidth) return [];
    const clipped = (e) => { for (let p = e.parentElement; p; p = p.parentElement) { if (getComputedStyle(p).overflowX !== 'visible') return true; } return false; };
    return [...document.querySelectorAll('body *')]
      .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1 && !clipped(e))
      .slice(0, 5)
      .map((e) => e.tagName + '.' + String(e.className).slice(0, 80) + ' ' + Math.round(e.getBoundingClientRect().right));
  })()`)) as string[];
  expect(wide, `${name} scrolls sideways at 375 px`).toEqual([]);
  await page.setViewportSize({ width: 1366, height: 900 });
}

async function outboxLink(to: string, pattern: RegExp): Promise<string> {
  const [mail] = await emailModule.listOutbox(dbOf(stack.deps), { to });
  const url = mail?.text.match(pattern)?.[0];
  if (!url) throw new Error(`no matching link mailed to ${to}`);
  return url;
}

describe('two-factor authentication', () => {
  it('enrols with a TOTP code, then requires a code or a recovery code to sign in', async () => {
    const user = await createTestUser(stack.deps);
    await organizationsService.createOrganization(stack.deps, user.id, { name: '2FA Org' });
    await signIn(user.email);
    await page.waitForURL('**/sites');
    await page.goto(`${stack.appUrl}/settings/security`);
    await page.getByRole('button', { name: 'Set up two-factor authentication' }).click();
    const secret = (await page.getByTestId('totp-secret').textContent()) ?? '';
    const key = identity.decodeTotpSecret(secret);
    const t0 = new Date();
    await checkPage('security-2fa-setup');
    await page.getByLabel('Code from the app').fill(await identity.totpCode(key, t0));
    await page.getByRole('button', { name: 'Turn on two-factor' }).click();
    await page.getByRole('list', { name: 'Recovery codes' }).waitFor();
    const codes = await page.getByRole('list', { name: 'Recovery codes' }).locator('li').allTextContents();
    expect(codes).toHaveLength(10);

    await signIn(user.email);
    await page.getByRole('heading', { name: 'Two-factor authentication' }).waitFor();
    // An empty or malformed code gets the schema's words next to the field, not a failed sign-in.
    await page.getByRole('button', { name: 'Verify and sign in' }).click();
    await page.locator('#second-factor-totpCode-error, [id$="-totpCode-error"]').first().waitFor();
    await expect(page.locator('[id$="-totpCode-error"]').allTextContents()).resolves.toEqual([
      say.secondFactor,
    ]);
    await page.getByLabel('Authentication code').fill('12ab');
    await page.getByRole('button', { name: 'Verify and sign in' }).click();
    await page.getByText(say.totpCode, { exact: true }).waitFor();
    await checkPage('sign-in-2fa-errors');
    await page.getByLabel('Authentication code').fill('000000');
    await page.getByRole('button', { name: 'Verify and sign in' }).click();
    await page.getByText(say.wrongSecondFactor).waitFor();
    await page
      .getByLabel('Authentication code')
      .fill(await identity.totpCode(key, new Date(t0.getTime() + 30_000)));
    await page.getByRole('button', { name: 'Verify and sign in' }).click();
    await page.waitForURL('**/sites');

    await signIn(user.email);
    await page.getByText('Use a recovery code instead').click();
    await page.getByLabel('Recovery code').fill(codes[0]!);
    await page.getByRole('button', { name: 'Verify and sign in' }).click();
    await page.waitForURL('**/sites', { timeout: 10_000 }).catch(async (err) => {
      await stack.screenshot(page, 'debug-recovery');
      throw err;
    });
  }, 90_000);
});

describe('password reset, sign out everywhere and the workspace switcher', () => {
  it('resets a forgotten password from the mailed link, which ends every session', async () => {
    const user = await createTestUser(stack.deps);
    await organizationsService.createOrganization(stack.deps, user.id, { name: 'First Workspace' });
    await organizationsService.createOrganization(stack.deps, user.id, { name: 'Second Workspace' });
    await signIn(user.email);
    await page.waitForURL('**/sites');
    // Switch workspace: the select submits itself.
    const switcher = page.getByLabel('Workspace').first();
    await expect(
      switcher.evaluate(
        (el) => (el as unknown as { selectedOptions: { text: string }[] }).selectedOptions[0]!.text,
      ),
    ).resolves.toBe('First Workspace');
    await switcher.selectOption({ label: 'Second Workspace' });
    await page.waitForResponse((r) => r.url().includes('/org-switch'));
    await page.getByText('No sites yet').waitFor();
    await expect(
      switcher.evaluate(
        (el) => (el as unknown as { selectedOptions: { text: string }[] }).selectedOptions[0]!.text,
      ),
    ).resolves.toBe('Second Workspace');
    // A switch that names no workspace is refused in words (the schema's message on the error page).
    await page.evaluate(`(() => {
      const select = document.querySelector('#org-switch');
      const none = document.createElement('option');
      none.value = '';
      select.append(none);
      select.value = '';
      select.form.requestSubmit();
    })()`);
    await page.getByText(say.workspace, { exact: true }).waitFor();
    await page.getByRole('heading', { name: 'That request did not make sense' }).waitFor();

    await stack.browser.clearCookies();
    await page.goto(`${stack.appUrl}/forgot-password`);
    await page.getByLabel('Email').fill(user.email);
    await page.getByRole('button', { name: 'Email me a reset link' }).click();
    await page.getByText('a reset link is on its way').waitFor();
    const link = await outboxLink(user.email, /http\S+\/reset-password\?token=\S+/);
    await page.goto(link.replace(/^http:\/\/[^/]+/, stack.appUrl));
    await page.getByLabel('New password').fill('short');
    await page.getByRole('button', { name: 'Save new password' }).click();
    await page.getByText('at least 10 characters').first().waitFor();
    await page.getByLabel('New password').fill('a fresh long passphrase');
    await page.getByRole('button', { name: 'Save new password' }).click();
    await page.waitForURL('**/sign-in?reset=1');
    await signIn(user.email, 'a fresh long passphrase');
    await page.waitForURL('**/sites');

    // Sign out everywhere ends this session too.
    await page.goto(`${stack.appUrl}/settings/security`);
    await page.getByRole('button', { name: 'Sign out everywhere' }).click();
    await page.waitForURL('**/sign-in');
    await page.goto(`${stack.appUrl}/sites`);
    await page.waitForURL('**/sign-in?next=%2Fsites');
  }, 90_000);
});

describe('invitations and roles', () => {
  it('invites a viewer who can look but not edit, then the owner promotes and removes them', async () => {
    const invitee = await createTestUser(stack.deps);
    await signIn(owner.user.email);
    await page.waitForURL('**/sites');
    await checkPage('sites');
    await page.goto(`${stack.appUrl}/members`);
    await page.getByLabel('Email').fill(invitee.email);
    await page.getByRole('radio', { name: /^Viewer/ }).check();
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await page.getByText(`Invitation sent to ${invitee.email} as Viewer.`).waitFor();
    await checkPage('members');

    const link = await outboxLink(invitee.email, /http\S+\/invitations\/accept\?token=\S+/);
    await signIn(invitee.email);
    await page.waitForURL('**/welcome');
    await page.goto(link.replace(/^http:\/\/[^/]+/, stack.appUrl));
    await page.getByRole('button', { name: 'Accept and join Owner Studio' }).click();
    await page.waitForURL('**/sites');

    // The viewer sees the site but none of the controls their role cannot use.
    await expect(page.getByRole('button', { name: 'Create site' }).count()).resolves.toBe(0);
    await page.goto(`${stack.appUrl}/sites/${siteId}`);
    await page.getByText('Your role can view this site but not edit it.').waitFor();
    await expect(page.getByRole('button', { name: /Publish/ }).count()).resolves.toBe(0);
    await page.goto(`${stack.appUrl}/members`);
    await expect(page.getByRole('button', { name: 'Send invitation' }).count()).resolves.toBe(0);
    await expect(page.getByRole('link', { name: 'API tokens' }).count()).resolves.toBe(0);
    // And the server refuses what the UI hides.
    const status = await page.evaluate(async (id) => {
      const csrf = (document.querySelector('input[name="_csrf"]') as HTMLInputElement).value;
      const body = new FormData();
      body.set('_csrf', csrf);
      body.set('_intent', 'publish');
      return (await fetch(`/sites/${id}`, { method: 'POST', body })).status;
    }, siteId);
    expect(status).toBe(403);
    await page.goto(`${stack.appUrl}/tokens`);
    await page.getByText('You do not have access').waitFor();
    await checkPage('error-403');

    await signIn(owner.user.email);
    await page.waitForURL('**/sites');
    await page.goto(`${stack.appUrl}/members`);
    const row = page.locator(`[data-member="${invitee.email}"]`);
    await row.getByLabel(`Role of ${invitee.email}`).selectOption('editor');
    await row.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Test User is now Editor.').waitFor();
    expect(await organizationsService.findMembershipRole(stack.deps, owner.organization.id, invitee.id)).toBe(
      'editor',
    );
    await page
      .locator(`[data-member="${invitee.email}"]`)
      .getByRole('button', { name: `Remove ${invitee.email}` })
      .click();
    await page.getByText('Test User was removed.').waitFor();
    expect(
      await organizationsService.findMembershipRole(stack.deps, owner.organization.id, invitee.id),
    ).toBeNull();
  }, 120_000);
});

describe('invitation for someone without an account', () => {
  it('signs up from the invitation link, verifies, and lands on the invitation', async () => {
    const email = `new-${Math.random().toString(36).slice(2, 8)}@example.test`;
    await signIn(owner.user.email);
    await page.waitForURL('**/sites');
    await page.goto(`${stack.appUrl}/members`);
    await page.getByLabel('Email').fill(email);
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await page.getByText(`Invitation sent to ${email} as Editor.`).waitFor();
    const link = await outboxLink(email, /http\S+\/invitations\/accept\?token=\S+/);

    await stack.browser.clearCookies();
    await page.goto(link);
    await page.waitForURL('**/sign-in?next=**');
    await page.getByRole('link', { name: 'Create an account' }).click();
    await page.getByLabel('Your name').fill('New Person');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill('a long enough passphrase');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.waitForURL('**/verify-email');
    await page.goto(await outboxLink(email, /http\S+\/verify-email\?token=\S+/));
    await page.getByRole('button', { name: 'Accept and join Owner Studio' }).click();
    await page.waitForURL('**/sites');
    await page.getByText('Alice Rivera').first().waitFor();
  }, 60_000);
});

describe('tenant isolation', () => {
  it("answers 404 for another workspace's site, link QR code and media, exactly like a missing id", async () => {
    const other = await createTenant(stack.deps, 'Other Studio');
    const { site: otherSite } = await createPublishedSite(stack.deps, other.scope);
    const otherLink = await linksService.createShortLink(
      stack.deps,
      other.scope,
      { userId: other.user.id },
      { url: 'https://example.com/x', passQuery: true, active: true },
    );
    await signIn(owner.user.email);
    await page.waitForURL('**/sites');
    const statusOf = async (path: string) => (await page.goto(`${stack.appUrl}${path}`))?.status();
    expect(await statusOf(`/sites/${otherSite.id}`)).toBe(404);
    expect(await statusOf(`/links/${otherLink.id}/qr.svg`)).toBe(404);
    expect(await statusOf(`/media/avatars/${other.organization.id}/${otherSite.id}/abcdefgh.png`)).toBe(404);
    expect(await statusOf(`/analytics?siteId=${otherSite.id}`)).toBe(404);
    expect(await statusOf('/sites/site_00000000000000000000000000')).toBe(404);
  }, 60_000);
});

describe('custom domains, short links, tokens and audit log', () => {
  it('adds a domain, shows its DNS records and verifies it through the fake resolver', async () => {
    const host = `links-${Math.random().toString(36).slice(2, 8)}.example.org`;
    await signIn(owner.user.email);
    await page.waitForURL('**/sites');
    await page.goto(`${stack.appUrl}/domains`);
    await page.getByLabel('Hostname').fill(host);
    await page.getByRole('button', { name: 'Add domain' }).click();
    await page.getByText(`${host} added.`).waitFor();
    const txt = (await page.getByTestId('dns-TXT').textContent()) ?? '';
    expect(txt).toMatch(/^mewayz-verify=/);
    await page.getByRole('button', { name: 'Check verification' }).click();
    await page.getByText(`${host} is not verified yet`).waitFor();
    await setFakeTxtRecords(stack.deps.redis, `_mewayz.${host}`, [txt]);
    await page.getByRole('button', { name: 'Check verification' }).click();
    await page.getByText(`${host} is verified`).waitFor();
    await checkPage('domains');
    await page.getByRole('button', { name: 'Remove' }).click();
    await page.getByText('Domain removed.').waitFor();
  }, 60_000);

  it('creates a short link with a downloadable QR code, a token shown once, and lists the audit log', async () => {
    await page.goto(`${stack.appUrl}/links`);
    await page.getByLabel('Destination URL').fill('https://example.com/spring');
    await page.getByLabel('Custom code (optional)').fill(`spring-${Math.random().toString(36).slice(2, 6)}`);
    await page.getByRole('button', { name: 'Create short link' }).click();
    await page.getByText(/Short link .* created\./).waitFor();
    const href = await page.locator('a[href$="qr.svg?download=1"]').first().getAttribute('href');
    const qr = await page.evaluate(async (url) => {
      const res = await fetch(url!);
      return {
        type: res.headers.get('content-type'),
        disposition: res.headers.get('content-disposition'),
        body: await res.text(),
      };
    }, href);
    expect(qr.type).toBe('image/svg+xml');
    expect(qr.disposition).toMatch(/attachment/);
    expect(qr.body).toContain('<svg');
    await checkPage('links');

    await page.goto(`${stack.appUrl}/tokens`);
    await page.getByLabel('Name', { exact: true }).fill('CI token');
    await page.getByRole('checkbox', { name: /Read sites/ }).check();
    await page.getByRole('button', { name: 'Create token' }).click();
    const secret = (await page.getByTestId('token-secret').textContent()) ?? '';
    expect(secret).toMatch(/^mwz_[A-Za-z0-9]{40}$/);
    await checkPage('tokens');
    await page.reload();
    await expect(page.getByTestId('token-secret').count()).resolves.toBe(0);

    await page.goto(`${stack.appUrl}/audit`);
    await page.getByText('created the API token “CI token”').first().waitFor();
    await checkPage('audit');

    await page.goto(`${stack.appUrl}/analytics`);
    await checkPage('analytics-owner');
    await page.goto(`${stack.appUrl}/sites/${siteId}`);
    await checkPage('editor-owner');
    await page.goto(`${stack.appUrl}/sites/site_00000000000000000000000000`);
    await page.getByText('Page not found').waitFor();
    await checkPage('error-404');
  }, 90_000);

  it('pages through a long list of short links with plain links', async () => {
    const actor = { userId: owner.user.id };
    for (let i = 0; i < 55; i++) {
      await linksService.createShortLink(stack.deps, owner.scope, actor, {
        url: `https://example.com/many/${i}`,
        title: `Many ${i}`,
        passQuery: false,
        active: true,
      });
    }
    const { total } = await linksService.listShortLinks(stack.deps, owner.scope, { page: 1, perPage: 1 });
    expect(total).toBeGreaterThanOrEqual(55);
    await signIn(owner.user.email);
    await page.waitForURL('**/sites');
    await page.goto(`${stack.appUrl}/links`);
    await page.getByText(`Showing 1–50 of ${total}`).waitFor();
    // Newest first: the last one created is on page 1, the first one is not.
    // (Visible text only: each link's folded AI assist holds its URL too.)
    await expect(
      page
        .getByText(/example\.com\/many\/54$/)
        .filter({ visible: true })
        .count(),
    ).resolves.toBe(1);
    await expect(page.getByText(/example\.com\/many\/0$/).count()).resolves.toBe(0);
    await page.getByRole('link', { name: 'Next' }).click();
    await page.getByText(`Showing 51–${Math.min(100, total)} of ${total}`).waitFor();
    expect(new URL(page.url()).searchParams.get('page')).toBe('2');
    await expect(page.getByRole('link', { name: 'Previous' }).count()).resolves.toBe(1);
    await checkPage('links-page-2');
    // A page past the end says so instead of claiming there are no links at all.
    await page.goto(`${stack.appUrl}/links?page=99`);
    await page.getByText(`Nothing on this page (${total} in all)`).waitFor();
    await page.goto(`${stack.appUrl}/links?page=nonsense`);
    await page.getByText(`Showing 1–50 of ${total}`).waitFor();
  }, 90_000);

  it('shows and reads schedule times in the browser’s time zone', async () => {
    const link = await linksService.createShortLink(
      stack.deps,
      owner.scope,
      { userId: owner.user.id },
      {
        url: 'https://example.com/launch',
        title: 'Launch',
        passQuery: false,
        active: true,
      },
    );
    const context = await stack.browser.browser()!.newContext({ timezoneId: 'America/New_York' });
    try {
      const ny = await context.newPage();
      await ny.goto(`${stack.appUrl}/sign-in`);
      await ny.getByLabel('Email').fill(owner.user.email);
      await ny.getByLabel('Password').fill(testPassword);
      await ny.getByRole('button', { name: 'Sign in' }).click();
      await ny.waitForURL('**/sites');
      // The browser has now reported its zone; pages from here on show times in it.
      await ny.goto(`${stack.appUrl}/links`);
      const starts = ny.locator(`#${link.id}-starts`);
      await ny.locator(`li:has(#${link.id}-starts) summary`, { hasText: /^Edit/ }).click();
      await ny.getByText('Starts (America/New_York)').first().waitFor();
      await starts.fill('2030-01-01T09:00');
      await ny.locator(`li:has(#${link.id}-starts) button:has-text("Save link")`).click();
      await ny.getByText('Link saved.').waitFor();
      // 09:00 in New York in January is 14:00 UTC.
      const stored = await linksService.getShortLink(stack.deps, owner.scope, link.id);
      expect(stored.startsAt).toBe('2030-01-01T14:00:00.000Z');
      await ny.reload();
      expect(await ny.locator(`#${link.id}-starts`).inputValue()).toBe('2030-01-01T09:00');
    } finally {
      await context.close();
    }
  }, 90_000);
});
