import { type AnalyticsEvent, newId } from '@mewayz/core';
import { applyRetention, eventIdFloor, ingestEvents } from '@mewayz/core/admin';
import { analyticsDaily, analyticsEvents } from '@mewayz/db/schema';
import { nodeDeps } from '@mewayz/testing';
import { eq } from 'drizzle-orm';
import { ulid } from 'ulidx';
import { describe, expect, it } from 'vitest';

const deps = nodeDeps();
const day = 86_400_000;

function eventAt(siteId: string, at: Date): AnalyticsEvent {
  return {
    // Event ids carry the time they were minted at the edge (a ULID), as the edge's batcher makes them.
    id: `evt_${ulid(at.getTime()).toLowerCase()}`,
    kind: 'view',
    organizationId: 'org_retention_test',
    siteId,
    linkId: '',
    linkItem: -1,
    occurredAt: at.toISOString(),
    country: 'DE',
    city: '',
    referrerHost: '',
    device: 'desktop',
    browser: 'Chrome',
    os: 'Linux',
    utmSource: '',
    utmMedium: '',
    utmCampaign: '',
    utmTerm: '',
    utmContent: '',
    visitorHash: 'a'.repeat(32),
    isBot: false,
  };
}

describe('the cron’s retention', () => {
  it('orders the id floor exactly like ULID ids minted at that time', () => {
    const at = new Date('2026-06-01T12:00:00.000Z');
    const floor = eventIdFloor(at);
    expect(`evt_${ulid(at.getTime() - 1).toLowerCase()}` < floor).toBe(true);
    expect(`evt_${ulid(at.getTime()).toLowerCase()}` >= floor).toBe(true);
  });

  it('deletes raw events older than the retention and keeps newer ones and every rollup', async () => {
    const now = new Date();
    const site = newId('site');
    const old = eventAt(site, new Date(now.getTime() - 100 * day));
    const recent = eventAt(site, new Date(now.getTime() - 10 * day));
    await ingestEvents(deps.db, null, [old, recent]);
    const result = await applyRetention(deps.db, now, { rawEventDays: 90 });
    expect(result.rawEventsDeleted).toBeGreaterThanOrEqual(1);
    const left = await deps.db
      .select({ id: analyticsEvents.id })
      .from(analyticsEvents)
      .where(eq(analyticsEvents.siteId, site));
    expect(left.map((r) => r.id)).toEqual([recent.id]);
    const rollups = await deps.db.select().from(analyticsDaily).where(eq(analyticsDaily.siteId, site));
    expect(rollups.filter((r) => r.dimension === 'total').map((r) => r.views)).toEqual([1, 1]);
  });
});
