import { campaignsService, email } from '@mewayz/core';
import { dbOf } from '@mewayz/core/admin';
import { emailOutbox } from '@mewayz/db/schema';
import { createTestOrg, nodeDeps } from '@mewayz/testing';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { seedDemoCampaigns } from '../src/seed-campaigns.ts';
import { seedDemoCrm } from '../src/seed-crm.ts';

const base = nodeDeps();
const actor = { userId: null, requestId: 'seed' };

describe('the demo campaigns seed', () => {
  it('sends one campaign to the newsletter tag with results, and only once, beside one draft', async () => {
    const deps = { ...base, mailer: email.outboxMailer(dbOf(base)) };
    const scope = await createTestOrg(deps);
    await seedDemoCrm(deps, scope, actor);
    await seedDemoCampaigns(deps, scope, actor, 'seed-test-tracking-secret');
    await seedDemoCampaigns(deps, scope, actor, 'seed-test-tracking-secret');
    const campaigns = (await campaignsService.listCampaigns(deps, scope, { page: 1, perPage: 10 })).items;
    expect(campaigns.map((c) => c.status).sort()).toEqual(['draft', 'sent']);
    const sent = campaigns.find((c) => c.status === 'sent')!;
    const stats = await campaignsService.campaignStats(deps, scope, sent.id);
    expect(stats.sent).toBeGreaterThan(3);
    expect(stats).toMatchObject({ unsubscribes: 1, bounces: 1, pending: 0 });
    expect(stats.opens).toBeGreaterThan(0);
    expect(stats.machineOpens).toBeGreaterThan(0);
    expect(stats.uniqueClicks).toBeGreaterThan(0);
    const mails = await dbOf(deps)
      .select()
      .from(emailOutbox)
      .where(eq(emailOutbox.organizationId, scope.orgId));
    expect(mails).toHaveLength(stats.sent);
    // 36 contacts and a campaign through the gateway: slow on a loaded machine.
  }, 180_000);
});
