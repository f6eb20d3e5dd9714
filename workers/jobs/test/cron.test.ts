import { newId } from '@mewayz/core';
import { dbOf, ingestEvents } from '@mewayz/core/admin';
import { analyticsEvents } from '@mewayz/db/schema';
import { type EdgeHarness, startEdge } from '@mewayz/testing';
import { eq } from 'drizzle-orm';
import { ulid } from 'ulidx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let edge: EdgeHarness;
beforeAll(async () => {
  edge = await startEdge();
});
afterAll(() => edge?.dispose());

describe('the jobs Worker’s cron (in workerd)', () => {
  it('applies the raw-event retention on every tick', async () => {
    const site = newId('site');
    const at = new Date(Date.now() - 200 * 86_400_000);
    const id = `evt_${ulid(at.getTime()).toLowerCase()}`;
    await ingestEvents(edge.deps, null, [
      {
        id,
        kind: 'view',
        organizationId: 'org_cron_test',
        siteId: site,
        linkId: '',
        linkItem: -1,
        occurredAt: at.toISOString(),
        country: '',
        city: '',
        referrerHost: '',
        device: '',
        browser: '',
        os: '',
        utmSource: '',
        utmMedium: '',
        utmCampaign: '',
        utmTerm: '',
        utmContent: '',
        visitorHash: 'c'.repeat(32),
        isBot: false,
      },
    ]);
    const stored = () => dbOf(edge.deps).select().from(analyticsEvents).where(eq(analyticsEvents.id, id));
    expect(await stored()).toHaveLength(1);
    await edge.scheduled('*/5 * * * *');
    expect(await stored()).toHaveLength(0);
  });
});
