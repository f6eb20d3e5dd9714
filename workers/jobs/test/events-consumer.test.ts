import { type AnalyticsEvent, newId } from '@mewayz/core';
import { dbOf } from '@mewayz/core/admin';
import { analyticsDaily, analyticsEvents } from '@mewayz/db/schema';
import { type EdgeHarness, startEdge } from '@mewayz/testing';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let edge: EdgeHarness;
beforeAll(async () => {
  edge = await startEdge({ jobsVars: { CHAOS_FAIL_BATCH_EVERY: '1' } });
});
afterAll(() => edge?.dispose());

function event(siteId: string, over: Partial<AnalyticsEvent> = {}): AnalyticsEvent {
  return {
    id: newId('event'),
    kind: 'click',
    organizationId: 'org_consumer_test',
    siteId,
    linkId: 'blk_consumer',
    linkItem: -1,
    occurredAt: new Date().toISOString(),
    country: 'NL',
    city: '',
    referrerHost: '',
    device: 'mobile',
    browser: 'Safari',
    os: 'iOS',
    utmSource: '',
    utmMedium: '',
    utmCampaign: '',
    utmTerm: '',
    utmContent: '',
    visitorHash: 'c'.repeat(32),
    isBot: false,
    ...over,
  };
}

const message = (body: unknown) => ({ id: newId('event'), timestamp: new Date(), attempts: 1, body });

async function clicks(siteId: string) {
  const [row] = await dbOf(edge.deps)
    .select()
    .from(analyticsDaily)
    .where(
      and(
        eq(analyticsDaily.siteId, siteId),
        eq(analyticsDaily.linkId, ''),
        eq(analyticsDaily.dimension, 'total'),
      ),
    );
  return row?.clicks ?? 0;
}

describe('events consumer in workerd', () => {
  it('acks every message of a batch that fails midway, after storing each event exactly once', async () => {
    const jobs = await edge.mf.getWorker('jobs');
    const site = newId('site');
    const events = [event(site), event(site), event(site)];
    // CHAOS_FAIL_BATCH_EVERY=1: the whole-batch transaction fails after its raw insert and is rolled back.
    const res = await jobs.queue('events', events.map(message));
    expect(res.outcome).toBe('ok');
    expect(res.retryMessages).toHaveLength(0);
    expect(res.explicitAcks).toHaveLength(3);
    expect(await clicks(site)).toBe(3);
    expect(
      await dbOf(edge.deps).select().from(analyticsEvents).where(eq(analyticsEvents.siteId, site)),
    ).toHaveLength(3);
  });

  it('ignores a redelivered batch', async () => {
    const jobs = await edge.mf.getWorker('jobs');
    const site = newId('site');
    const events = [event(site), event(site)];
    await jobs.queue('events', events.map(message));
    await jobs.queue('events', events.map(message));
    await jobs.queue('events', [message(events[1])]);
    expect(await clicks(site)).toBe(2);
  });

  it('parks malformed messages in the dead-letter queue and still ingests the rest', async () => {
    const jobs = await edge.mf.getWorker('jobs');
    const site = newId('site');
    const res = await jobs.queue('events', [
      message({ nonsense: true }),
      message(event(site)),
      message('"<script>"'),
    ]);
    expect(res.explicitAcks).toHaveLength(3);
    expect(res.retryMessages).toHaveLength(0);
    expect(await clicks(site)).toBe(1);
  });

  it('ingests bundles (many events per message) exactly once, also when a bundle is redelivered', async () => {
    const jobs = await edge.mf.getWorker('jobs');
    const site = newId('site');
    const first = [event(site), event(site), event(site)];
    const second = [event(site), event(site)];
    // The first attempt of the whole batch fails after its raw insert (CHAOS_FAIL_BATCH_EVERY=1).
    const res = await jobs.queue('events', [message({ events: first }), message({ events: second })]);
    expect(res.retryMessages).toHaveLength(0);
    expect(res.explicitAcks).toHaveLength(2);
    expect(await clicks(site)).toBe(5);
    await jobs.queue('events', [message({ events: first })]);
    await jobs.queue('events', [message({ events: [second[1]!, event(site)] })]);
    expect(await clicks(site)).toBe(6);
    expect(
      await dbOf(edge.deps).select().from(analyticsEvents).where(eq(analyticsEvents.siteId, site)),
    ).toHaveLength(6);
  });

  it('stores a large delivery (7 bundles of 100 events) in several transactions, each event once', async () => {
    const jobs = await edge.mf.getWorker('jobs');
    const site = newId('site');
    const bundles = Array.from({ length: 7 }, () => ({
      events: Array.from({ length: 100 }, () => event(site)),
    }));
    const res = await jobs.queue('events', bundles.map(message));
    expect(res.explicitAcks).toHaveLength(7);
    expect(res.retryMessages).toHaveLength(0);
    expect(await clicks(site)).toBe(700);
  });

  it('parks a malformed event of a bundle in the dead-letter queue and stores its siblings', async () => {
    const jobs = await edge.mf.getWorker('jobs');
    const site = newId('site');
    const res = await jobs.queue('events', [
      message({ events: [event(site), { nonsense: true }, event(site, { visitorHash: 'short' })] }),
    ]);
    expect(res.explicitAcks).toHaveLength(1);
    expect(res.retryMessages).toHaveLength(0);
    expect(await clicks(site)).toBe(1);
  });
});
