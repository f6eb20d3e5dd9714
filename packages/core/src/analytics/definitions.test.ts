import { createPublishedSite, createTestOrg, nodeDeps } from '@mewayz/testing';
import { describe, expect, it } from 'vitest';
import { newId } from '../ids.ts';
import { clickCounts } from '../links/click-counts.ts';
import { createShortLink, listShortLinksWithClicks } from '../links/service.ts';
import { type AnalyticsEventInput, analyticsEventSchema } from './event.ts';
import { ingestEvents } from './ingest.ts';
import { report, timeseries } from './queries.ts';
import { reportCsv } from './report-csv.ts';

const now = new Date('2026-03-10T12:00:00Z');
const deps = { ...nodeDeps(), now: () => now };
const actor = { userId: null };

function event(e: Partial<AnalyticsEventInput> & Pick<AnalyticsEventInput, 'kind' | 'organizationId'>) {
  return analyticsEventSchema.parse({
    id: newId('event'),
    occurredAt: new Date(now.getTime() - 60_000).toISOString(),
    visitorHash: 'a'.repeat(32),
    ...e,
  });
}

/** The clicks column of the CSV rows whose first cell is `section`. */
function csvClicks(csv: string, section: string): number[] {
  const [head, ...rows] = csv
    .trim()
    .split('\r\n')
    .map((l) => l.split(','));
  const col = head!.indexOf('clicks');
  return rows.filter((r) => r[0] === section).map((r) => Number(r[col]));
}

describe('analytics figures have one definition', () => {
  it('counts a site link click and a short-link click of the same day alike in every figure', async () => {
    const scope = await createTestOrg(deps);
    const org = scope.orgId;
    const { site, blockIds } = await createPublishedSite(deps, scope);
    const link = await createShortLink(deps, scope, actor, {
      url: 'https://example.com/shop',
      passQuery: true,
      active: true,
    });
    await ingestEvents(deps, null, [
      event({ kind: 'view', organizationId: org, siteId: site.id }),
      event({ kind: 'click', organizationId: org, siteId: site.id, linkId: blockIds[0]! }),
      // Short links belong to no site: the edge sends their clicks with site ''.
      event({ kind: 'click', organizationId: org, linkId: link.id, visitorHash: 'b'.repeat(32) }),
      event({ kind: 'click', organizationId: org, linkId: link.id, isBot: true }),
    ]);

    const all = await report(deps, scope, {});
    const today = all.timeseries.points.find((p) => p.day === '2026-03-10')!;
    // The cards (today and range), the chart's point and the top links: 2 clicks, the bot excluded.
    expect(all.today).toEqual({ day: '2026-03-10', views: 1, visitors: 1, clicks: 2, bots: 1 });
    expect(all.timeseries.totals).toEqual({ views: 1, visitors: 1, clicks: 2, bots: 1 });
    expect(today).toEqual({ day: '2026-03-10', views: 1, visitors: 1, clicks: 2, bots: 1 });
    expect(all.topLinks.reduce((n, l) => n + l.clicks, 0)).toBe(2);
    // The CSV carries the same numbers as the page.
    const csv = reportCsv(all);
    expect(csvClicks(csv, 'today')).toEqual([2]);
    expect(csvClicks(csv, 'total')).toEqual([2]);
    expect(csvClicks(csv, 'day').reduce((a, b) => a + b, 0)).toBe(2);
    // The API's timeseries answer is the same core query.
    expect((await timeseries(deps, scope, {})).totals.clicks).toBe(2);

    // One site: its own link block only, in every figure again.
    const one = await report(deps, scope, { siteId: site.id });
    expect(one.today.clicks).toBe(1);
    expect(one.timeseries.totals.clicks).toBe(1);
    expect(one.topLinks.map((l) => [l.linkId, l.clicks])).toEqual([[blockIds[0], 1]]);
    expect(csvClicks(reportCsv(one), 'today')).toEqual([1]);
  });

  it('gives each short link its clicks of the last 30 days and in all', async () => {
    const scope = await createTestOrg(deps);
    const org = scope.orgId;
    const [a, b] = [
      await createShortLink(deps, scope, actor, {
        url: 'https://example.com/a',
        passQuery: true,
        active: true,
      }),
      await createShortLink(deps, scope, actor, {
        url: 'https://example.com/b',
        passQuery: true,
        active: true,
      }),
    ];
    const longAgo = new Date(now.getTime() - 40 * 86_400_000).toISOString();
    await ingestEvents(deps, null, [
      event({ kind: 'click', organizationId: org, linkId: a!.id }),
      event({ kind: 'click', organizationId: org, linkId: a!.id, occurredAt: longAgo }),
      event({ kind: 'click', organizationId: org, linkId: a!.id, isBot: true }),
      event({ kind: 'click', organizationId: 'org_other', linkId: b!.id }),
    ]);
    const counts = await clickCounts(deps, scope, [a!.id, b!.id]);
    expect(counts.get(a!.id)).toEqual({ last30Days: 1, total: 2 });
    expect(counts.get(b!.id)).toEqual({ last30Days: 0, total: 0 });
    const listed = await listShortLinksWithClicks(deps, scope, { page: 1, perPage: 10 });
    expect(listed.items.map((l) => [l.url, l.clicks.last30Days, l.clicks.total])).toEqual([
      ['https://example.com/b', 0, 0],
      ['https://example.com/a', 1, 2],
    ]);
  });
});
