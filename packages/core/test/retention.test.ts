import { type AnalyticsEvent, newId } from '@mewayz/core';
import { applyRetention, eventIdFloor, ingestEvents } from '@mewayz/core/admin';
import { analyticsDaily, analyticsEvents, webhookDeliveries, webhookMessages } from '@mewayz/db/schema';
import { nodeDeps } from '@mewayz/testing';
import { eq, inArray } from 'drizzle-orm';
import { ulid } from 'ulidx';
import { describe, expect, it } from 'vitest';
import { dbOf } from '../src/data/db-handle.ts';

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
    await ingestEvents(deps, null, [old, recent]);
    const result = await applyRetention(deps, now, { rawEventDays: 90 });
    expect(result.rawEventsDeleted).toBeGreaterThanOrEqual(1);
    const left = await dbOf(deps)
      .select({ id: analyticsEvents.id })
      .from(analyticsEvents)
      .where(eq(analyticsEvents.siteId, site));
    expect(left.map((r) => r.id)).toEqual([recent.id]);
    const rollups = await dbOf(deps).select().from(analyticsDaily).where(eq(analyticsDaily.siteId, site));
    expect(rollups.filter((r) => r.dimension === 'total').map((r) => r.views)).toEqual([1, 1]);
  });

  it('drops the webhook log past its retention, but never a delivery still pending', async () => {
    const now = new Date();
    const idAt = (prefix: string, ms: number) => `${prefix}_${ulid(ms).toLowerCase()}`;
    const oldMs = now.getTime() - 40 * day;
    const org = newId('organization');
    const [oldMsg, newMsg] = [idAt('msg', oldMs), idAt('msg', now.getTime() - day)];
    await dbOf(deps)
      .insert(webhookMessages)
      .values(
        [oldMsg, newMsg].map((id) => ({ id, organizationId: org, eventType: 'link.created', payload: '{}' })),
      );
    const delivery = (id: string, messageId: string, status: string) => ({
      id,
      organizationId: org,
      messageId,
      endpointId: 'whk_retention',
      eventType: 'link.created',
      status,
    });
    const [oldDone, oldPending, recentDone] = [
      idAt('dlv', oldMs),
      idAt('dlv', oldMs + 1),
      idAt('dlv', now.getTime() - day),
    ];
    await dbOf(deps)
      .insert(webhookDeliveries)
      .values([
        delivery(oldDone, oldMsg, 'succeeded'),
        delivery(oldPending, oldMsg, 'pending'),
        delivery(recentDone, newMsg, 'failed'),
      ]);
    const result = await applyRetention(deps, now, { webhookLogDays: 30 });
    expect(result.webhookDeliveriesDeleted).toBeGreaterThanOrEqual(1);
    const deliveries = await dbOf(deps)
      .select({ id: webhookDeliveries.id })
      .from(webhookDeliveries)
      .where(inArray(webhookDeliveries.id, [oldDone, oldPending, recentDone]));
    expect(deliveries.map((r) => r.id).sort()).toEqual([oldPending, recentDone].sort());
    const messages = await dbOf(deps)
      .select({ id: webhookMessages.id })
      .from(webhookMessages)
      .where(inArray(webhookMessages.id, [oldMsg, newMsg]));
    expect(messages.map((r) => r.id)).toEqual([newMsg]);
  });
});
