import { campaignsService, setFakeCnameRecord, setFakeTxtRecords } from '@mewayz/core';
import {
  assertNoSidewaysScroll,
  createTenant,
  type DashboardStack,
  narrowViewport,
  signedInPage,
  startDashboardStack,
  type Tenant,
} from '@mewayz/testing';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * Sending domains in headless Chromium: an owner adds a domain, sees its SPF, DKIM, DMARC and
 * return-path records, publishes them through the fake resolver (written into Redis, as a DNS
 * provider would serve them), verifies and sees every record green, and then picks an address on the
 * domain as the campaigns' From address. Desktop and 360 px screenshots of both states.
 */
let stack: DashboardStack;
let page: Page;
let owner: Tenant;

beforeAll(async () => {
  stack = await startDashboardStack();
  owner = await createTenant(stack.deps, 'Sending Studio');
  await campaignsService.updateSenderSettings(
    stack.deps,
    owner.scope,
    { userId: null },
    {
      postalAddress: '1 Harbour Road, Lisbon',
      fromName: 'Sending Studio',
    },
  );
  page = await signedInPage(stack, owner.user.email);
}, 600_000);
afterAll(async () => {
  if (process.env.E2E_LOGS) console.log(stack?.logs());
  await stack?.stop();
});

async function shots(name: string) {
  await page.setViewportSize({ width: 1280, height: 800 });
  await stack.screenshot(page, `${name}-1280`);
  await assertNoSidewaysScroll(page);
  await stack.screenshot(page, `${name}-${narrowViewport.width}`);
  await page.setViewportSize({ width: 1280, height: 800 });
}

const statuses = () =>
  page
    .getByTestId('sending-domain')
    .locator('tr[data-status]')
    .evaluateAll((rows) =>
      rows.map((r) => `${r.getAttribute('data-testid')}:${r.getAttribute('data-status')}`),
    );

describe('sending domains page', () => {
  it('adds a domain, shows its records, verifies them one by one and offers the address as From', async () => {
    const domain = `mail-${Math.random().toString(36).slice(2, 8)}.example.com`;
    await page.goto(`${stack.appUrl}/settings/email`);
    // No verified domain yet: only the platform's address to pick.
    expect(await page.getByLabel('Domain').locator('option').allTextContents()).toEqual([
      'Mewayz’s address (no setup)',
    ]);
    await page.getByRole('link', { name: 'Sending domains' }).click();
    await page.waitForURL('**/settings/email/domains');
    await page.getByText('No sending domains').waitFor();

    // A hostile name is refused next to the field.
    await page.getByLabel('Domain').fill('127.0.0.1');
    await page.getByRole('button', { name: 'Add domain' }).click();
    await page.getByText('Use a domain name, not an IP address').waitFor();

    await page.getByLabel('Domain').fill(domain.toUpperCase());
    await page.getByRole('button', { name: 'Add domain' }).click();
    await page.getByText(`${domain} added.`).waitFor();
    await expect
      .poll(statuses, { timeout: 30_000 })
      .toEqual([
        'record-spf:unchecked',
        'record-dkim:unchecked',
        'record-dmarc:unchecked',
        'record-return_path:unchecked',
      ]);
    const text = async (id: string) => (await page.getByTestId(id).textContent())?.trim() ?? '';
    expect(await text('value-spf')).toBe('v=spf1 include:_spf.mewayz.localhost ~all');
    expect(await text('value-dkim')).toMatch(/^v=DKIM1; k=rsa; p=MII[A-Za-z0-9+/=]{380,}$/);
    expect(await text('name-dmarc')).toBe(`_dmarc.${domain}`);
    await shots('sending-domains-pending');
    // On a phone the table's header row is hidden: each record's cells say which is the name and the value.
    const shownLabels = () =>
      page.getByTestId('record-dkim').locator('[data-phone-label]:visible').allTextContents();
    await page.setViewportSize(narrowViewport);
    expect(await shownLabels()).toEqual(['Name', 'Value']);
    await page.setViewportSize({ width: 1280, height: 800 });
    expect(await shownLabels()).toEqual([]);

    // Only SPF so far (merged into the SPF record the domain already had): the rest fail, each saying why.
    await setFakeTxtRecords(stack.deps.redis, domain, ['v=spf1 include:_spf.google.com ~all']);
    await page.getByRole('button', { name: 'Verify' }).click();
    await page.getByText(`${domain} is not verified yet`).waitFor();
    await expect
      .poll(statuses, { timeout: 30_000 })
      .toEqual([
        'record-spf:failed',
        'record-dkim:failed',
        'record-dmarc:failed',
        'record-return_path:failed',
      ]);
    expect(await text('value-spf')).toBe('v=spf1 include:_spf.google.com include:_spf.mewayz.localhost ~all');
    expect(await text('check-spf')).toContain('does not include include:_spf.mewayz.localhost');
    await shots('sending-domains-failed');

    // Publish what the page shows, as the creator would copy it to their DNS provider.
    for (const kind of ['spf', 'dkim', 'dmarc'])
      await setFakeTxtRecords(stack.deps.redis, await text(`name-${kind}`), [await text(`value-${kind}`)]);
    await setFakeCnameRecord(stack.deps.redis, await text('name-return_path'), [
      `${await text('value-return_path')}.`,
    ]);
    await page.getByRole('button', { name: 'Verify' }).click();
    await page.getByText(`${domain} is verified.`).waitFor();
    await expect
      .poll(statuses, { timeout: 30_000 })
      .toEqual(['record-spf:ok', 'record-dkim:ok', 'record-dmarc:ok', 'record-return_path:ok']);
    expect(await page.getByText('verified', { exact: true }).count()).toBe(1);
    await shots('sending-domains-verified');

    // The address is now selectable under Email settings and saved as the From address.
    await page.goto(`${stack.appUrl}/settings/email`);
    await page.getByLabel('Mailbox').fill('news');
    await page.getByLabel('Domain').selectOption(domain);
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Saved.').waitFor();
    expect((await campaignsService.getSenderSettings(stack.deps, owner.scope)).fromAddress).toBe(
      `news@${domain}`,
    );
    await page.reload();
    expect(await page.getByLabel('Domain').inputValue()).toBe(domain);
    expect(await page.getByLabel('Mailbox').inputValue()).toBe('news');
    await shots('email-settings-from-address');
  }, 240_000);
});
