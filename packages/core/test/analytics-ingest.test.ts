import { type AnalyticsEvent, newId } from '@mewayz/core';
import { ingestEvents } from '@mewayz/core/admin';
import { analyticsDaily, analyticsEvents } from '@mewayz/db/schema';
import { failNextTransactionAtFirstExecute, nodeDeps } from '@mewayz/testing';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { dbOf, withDb } from '../src/data/db-handle.ts';

const deps = nodeDeps();

function event(siteId: string, over: Partial<AnalyticsEvent> = {}): AnalyticsEvent {
  return {
    id: newId('event'),
    kind: 'view',
    organizationId: 'org_ingest_test',
    siteId,
    linkId: '',
    linkItem: -1,
    occurredAt: new Date().toISOString(),
    country: 'DE',
    city: 'Berlin',
    referrerHost: '',
    device: 'desktop',
    browser: 'Firefox',
    os: 'Linux',
    utmSource: '',
    utmMedium: '',
    utmCampaign: '',
    utmTerm: '',
    utmContent: '',
    visitorHash: 'a'.repeat(32),
    isBot: false,
    ...over,
  };
}

async function total(siteId: string) {
  const [row] = await dbOf(deps)
    .select()
    .from(analyticsDaily)
    .where(
      and(
        eq(analyticsDaily.siteId, siteId),
        eq(analyticsDaily.linkId, ''),
        eq(analyticsDaily.dimension, 'total'),
      ),
    );
  return row;
}

describe('analytics ingest', () => {
  it('counts a redelivered batch once', async () => {
    const site = newId('site');
    const batch = [
      event(site),
      event(site, { visitorHash: 'b'.repeat(32) }),
      event(site, { kind: 'click', linkId: 'blk_1' }),
    ];
    expect((await ingestEvents(deps, deps.redis, batch)).inserted).toBe(3);
    expect((await ingestEvents(deps, deps.redis, batch)).inserted).toBe(0);
    // A batch that overlaps the first one only adds its new event.
    expect((await ingestEvents(deps, deps.redis, [batch[0]!, event(site)])).inserted).toBe(1);
    expect(await total(site)).toMatchObject({ views: 3, visitors: 2, clicks: 1, bots: 0 });
  });

  it('rolls a failed batch back completely, so the retry counts every event exactly once', async () => {
    const site = newId('site');
    const batch = [event(site), event(site, { isBot: true, device: 'bot' })];
    await expect(
      ingestEvents(withDb(deps, failNextTransactionAtFirstExecute(dbOf(deps))), deps.redis, batch),
    ).rejects.toThrow('injected');
    expect(
      await dbOf(deps).select().from(analyticsEvents).where(eq(analyticsEvents.siteId, site)),
    ).toHaveLength(0);
    expect(await total(site)).toBeUndefined();
    expect((await ingestEvents(deps, deps.redis, batch)).inserted).toBe(2);
    expect(await total(site)).toMatchObject({ views: 1, visitors: 1, bots: 1 });
  });

  it('counts a visitor once per day across batches, attributed to their first view', async () => {
    const site = newId('site');
    const t0 = new Date(Date.now() - 60_000).toISOString();
    await ingestEvents(deps, deps.redis, [event(site, { occurredAt: t0, country: 'FR' })]);
    await ingestEvents(deps, deps.redis, [event(site, { country: 'US' })]);
    expect(await total(site)).toMatchObject({ views: 2, visitors: 1 });
    const [fr] = await dbOf(deps)
      .select()
      .from(analyticsDaily)
      .where(
        and(
          eq(analyticsDaily.siteId, site),
          eq(analyticsDaily.dimension, 'country'),
          eq(analyticsDaily.value, 'FR'),
        ),
      );
    expect(fr).toMatchObject({ views: 1, visitors: 1 });
  });
});
