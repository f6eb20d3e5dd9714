import { startWebhookReceiver } from '@mewayz/devstack/webhook-receiver';
import {
  addMemberWithToken,
  createTenant,
  type DashboardStack,
  eventually,
  startDashboardStack,
  type Tenant,
  testPassword,
} from '@mewayz/testing';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The webhooks page in headless Chromium: an owner adds an endpoint pointing at a local receiver
 * (private URLs are allowed by the local wrangler vars), sees its secret once, creates a short link
 * so an event is sent (the jobs Worker delivers it through the `webhooks` queue), sees the delivery
 * with its status code, redelivers, rotates the secret, disables and removes the endpoint. Editors
 * and viewers get no write controls.
 */
let stack: DashboardStack;
let page: Page;
let owner: Tenant;
let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
/** The secrets the page showed: the receiver verifies signatures with them, as an integrator would. */
const secrets: string[] = [];

beforeAll(async () => {
  stack = await startDashboardStack();
  page = await stack.browser.newPage();
  owner = await createTenant(stack.deps, 'Hooks Studio');
  receiver = await startWebhookReceiver({ port: 0, secretsFor: async () => secrets });
}, 300_000);
afterAll(async () => {
  if (process.env.E2E_LOGS) console.log(stack?.logs());
  await receiver?.close();
  await stack?.stop();
});

async function signIn(email: string) {
  await stack.browser.clearCookies();
  await page.goto(`${stack.appUrl}/sign-in`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(testPassword);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL('**/sites');
}

async function shots(name: string) {
  await page.setViewportSize({ width: 1280, height: 800 });
  await stack.screenshot(page, `${name}-1280`);
  await page.setViewportSize({ width: 390, height: 844 });
  await stack.screenshot(page, `${name}-390`);
  await page.setViewportSize({ width: 1280, height: 800 });
}

describe('webhooks page', () => {
  it('adds an endpoint, shows deliveries, redelivers, rotates, disables and removes', async () => {
    const hookUrl = `${receiver.url}/hook`;
    await signIn(owner.user.email);
    await page.goto(`${stack.appUrl}/webhooks`);
    expect(await page.getByText('No endpoints yet').count()).toBe(1);

    await page.getByLabel('Endpoint URL').fill(hookUrl);
    await page.getByLabel('Description (optional)').fill('Local receiver');
    await page.getByLabel('link.created').check();
    await page.getByRole('button', { name: 'Add endpoint' }).click();
    const secret = page.getByTestId('webhook-secret');
    await secret.waitFor();
    const firstSecret = (await secret.textContent()) ?? '';
    expect(firstSecret).toMatch(/whsec_\S{10,}/);
    secrets.push(/whsec_\S+/.exec(firstSecret)![0]);
    await shots('webhooks-secret');
    // Shown once: a fresh load of the page no longer has it.
    await page.goto(`${stack.appUrl}/webhooks`);
    expect(await page.getByTestId('webhook-secret').count()).toBe(0);
    expect(await page.getByTestId('webhook-endpoint').textContent()).toContain(hookUrl);

    // An event: a short link created in the dashboard.
    await page.goto(`${stack.appUrl}/links`);
    await page.getByLabel('Destination URL').first().fill('https://example.com/hooked');
    await page.getByRole('button', { name: 'Create short link' }).click();
    await page.getByText('created', { exact: false }).first().waitFor();
    const sent = () =>
      receiver.received.filter((r) => r.type === 'link.created' && r.verification === 'valid');
    await eventually(async () => sent().length === 1, 30_000);

    // The delivery with its status code in the log.
    const logShows = async (what: (log: string, rows: number) => boolean) => {
      await page.goto(`${stack.appUrl}/webhooks`);
      const log = page.getByTestId('webhook-deliveries');
      if (!(await log.count())) return false;
      return what((await log.textContent()) ?? '', await log.locator('li').count());
    };
    await eventually(() => logShows((log) => log.includes('200 succeeded')), 30_000, 500);
    expect(await page.getByTestId('webhook-deliveries').textContent()).toContain('link.created');
    await shots('webhooks-delivered');
    const violations = await stack.axe(page);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);

    // Redeliver: the receiver gets the same message again, and the log shows a second delivery.
    await page.getByRole('button', { name: 'Redeliver' }).first().click();
    await page.getByText('Redelivery queued.').waitFor();
    await eventually(async () => sent().length === 2, 30_000);
    const [first, second] = sent();
    expect(second!.webhookId).toBe(first!.webhookId);
    await eventually(() => logShows((_log, rows) => rows === 2), 30_000, 500);

    // Rotate: a new secret, shown once, and the old one still signs for a while.
    await page.getByRole('button', { name: `Rotate secret ${hookUrl}` }).click();
    await page.getByTestId('webhook-secret').waitFor();
    expect(await page.getByTestId('webhook-secret').textContent()).toMatch(/whsec_\S{10,}/);
    expect(await page.getByTestId('webhook-secret').textContent()).not.toBe(firstSecret);
    expect(await page.getByTestId('webhook-endpoint').textContent()).toContain('old secret valid until');

    // Disable: the badge says so, and there is nothing to redeliver to.
    await page.getByRole('button', { name: `Disable ${hookUrl}` }).click();
    await page.getByRole('button', { name: `Enable ${hookUrl}` }).waitFor();
    expect(await page.getByTestId('webhook-endpoint').textContent()).toContain('disabled');
    expect(await page.getByRole('button', { name: 'Redeliver' }).count()).toBe(0);
    await shots('webhooks-disabled');

    // Remove.
    await page.getByRole('button', { name: `Remove ${hookUrl}` }).click();
    await page.getByText('No endpoints yet').waitFor();
    expect(await page.getByTestId('webhook-endpoint').count()).toBe(0);
  }, 180_000);

  it('editors and viewers get no write controls', async () => {
    for (const role of ['editor', 'viewer'] as const) {
      const member = await addMemberWithToken(stack.deps, owner, role);
      await signIn(member.user.email);
      const res = await page.goto(`${stack.appUrl}/webhooks`);
      expect(res?.status(), role).toBe(403);
      expect(await page.getByRole('button', { name: 'Add endpoint' }).count()).toBe(0);
      expect(await page.getByRole('link', { name: 'Webhooks' }).count(), `${role} sees the nav entry`).toBe(
        0,
      );
    }
  }, 60_000);
});
