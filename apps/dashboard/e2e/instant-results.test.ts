import { organizationsService } from '@mewayz/core';
import { createTenant, type DashboardStack, startDashboardStack, type Tenant } from '@mewayz/testing';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInAs, watchConsistency } from './page-checks.ts';

/** After an action answers, its page shows the change at once: never a success next to the old state. */
let stack: DashboardStack;
let page: Page;
let owner: Tenant;

beforeAll(async () => {
  stack = await startDashboardStack();
  page = await stack.browser.newPage();
  owner = await createTenant(stack.deps, 'Instant Studio');
}, 240_000);
afterAll(async () => {
  if (process.env.E2E_LOGS) console.log(stack?.logs());
  await stack?.stop();
});

describe('API tokens', () => {
  it('lists a created token on the same paint as "created"', async () => {
    await signInAs(stack, page, owner.user.email);
    await page.goto(`${stack.appUrl}/tokens`);
    const seen = await watchConsistency(
      page,
      /Token “Deploy bot” created/,
      /No tokens yet|Deploy bot[\s\S]*Deploy bot[\s\S]*revoked/,
    );
    await page.getByLabel('Name').fill('Deploy bot');
    await page.getByRole('button', { name: 'Create token' }).click();
    await page.getByText('Token “Deploy bot” created.').waitFor();
    expect(await seen()).toEqual({ good: true, both: false });
  }, 60_000);
});
