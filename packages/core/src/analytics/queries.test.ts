import { analyticsDaily } from '@mewayz/db/schema';
import { createPublishedSite, createTestOrg, nodeDeps, rollupRow } from '@mewayz/testing';
import { describe, expect, it } from 'vitest';
import { dbOf } from '../data/db-handle.ts';
import type { AppError } from '../errors.ts';
import { createShortLink } from '../links/service.ts';
import { breakdown, resolveRange, timeseries, topLinks } from './queries.ts';

const deps = { ...nodeDeps(), now: () => new Date('2026-03-10T12:00:00Z') };
const actor = { userId: null };

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    return (e as AppError).code;
  }
  return 'no error';
}

const row = rollupRow;

describe('analytics reports from the daily rollups', () => {
  it('zero-fills the time series and sums the range', async () => {
    const scope = await createTestOrg(deps);
    const { site } = await createPublishedSite(deps, scope);
    const org = scope.orgId;
    await dbOf(deps)
      .insert(analyticsDaily)
      .values([
        row({
          organizationId: org,
          siteId: site.id,
          day: '2026-03-01',
          views: 10,
          visitors: 7,
          clicks: 3,
          bots: 2,
        }),
        row({ organizationId: org, siteId: site.id, day: '2026-03-03', views: 5, visitors: 4, clicks: 1 }),
        row({ organizationId: org, siteId: site.id, day: '2026-02-27', views: 100 }),
        row({ organizationId: 'org_someone_else', siteId: site.id, day: '2026-03-02', views: 999 }),
      ]);
    const ts = await timeseries(deps, scope, { from: '2026-03-01', to: '2026-03-04', siteId: site.id });
    expect(ts.points).toEqual([
      { day: '2026-03-01', views: 10, visitors: 7, clicks: 3, bots: 2 },
      { day: '2026-03-02', views: 0, visitors: 0, clicks: 0, bots: 0 },
      { day: '2026-03-03', views: 5, visitors: 4, clicks: 1, bots: 0 },
      { day: '2026-03-04', views: 0, visitors: 0, clicks: 0, bots: 0 },
    ]);
    expect(ts.totals).toEqual({ views: 15, visitors: 11, clicks: 4, bots: 2 });
    const all = await timeseries(deps, scope, {});
    expect(all.points).toHaveLength(30);
    expect(all.to).toBe('2026-03-10');
    expect(all.totals.views).toBe(115);
  });

  it('ranks links and breaks down by dimension', async () => {
    const scope = await createTestOrg(deps);
    const { site, blockIds } = await createPublishedSite(deps, scope);
    const link = await createShortLink(deps, scope, actor, {
      url: 'https://example.com/x',
      title: 'Promo',
      passQuery: true,
      active: true,
    });
    const org = scope.orgId;
    await dbOf(deps)
      .insert(analyticsDaily)
      .values([
        row({ organizationId: org, siteId: site.id, linkId: blockIds[0]!, day: '2026-03-05', clicks: 4 }),
        row({ organizationId: org, siteId: '', linkId: link.id, day: '2026-03-05', clicks: 9 }),
        row({ organizationId: org, siteId: '', linkId: link.id, day: '2026-03-06', clicks: 1 }),
        row({
          organizationId: org,
          siteId: site.id,
          day: '2026-03-05',
          dimension: 'country',
          value: 'DE',
          views: 5,
          visitors: 3,
        }),
        row({
          organizationId: org,
          siteId: site.id,
          day: '2026-03-06',
          dimension: 'country',
          value: 'DE',
          views: 2,
          visitors: 2,
        }),
        row({
          organizationId: org,
          siteId: site.id,
          day: '2026-03-06',
          dimension: 'country',
          value: 'FR',
          views: 1,
          visitors: 1,
        }),
      ]);
    const top = await topLinks(deps, scope, { from: '2026-03-01', to: '2026-03-10' });
    expect(top.links.map((l) => [l.linkId, l.kind, l.clicks])).toEqual([
      [link.id, 'short_link', 10],
      [blockIds[0], 'block', 4],
    ]);
    expect(top.links[0]!.title).toBe('Promo');
    const byCountry = await breakdown(deps, scope, 'country', {
      from: '2026-03-01',
      to: '2026-03-10',
      siteId: site.id,
    });
    expect(byCountry.rows).toEqual([
      { value: 'DE', views: 7, visitors: 5, clicks: 0 },
      { value: 'FR', views: 1, visitors: 1, clicks: 0 },
    ]);
    const linkSeries = await timeseries(deps, scope, {
      from: '2026-03-05',
      to: '2026-03-06',
      linkId: link.id,
    });
    expect(linkSeries.points.map((p) => p.clicks)).toEqual([9, 1]);
  });

  it('validates the range and 404s on another tenant’s ids', async () => {
    expect(resolveRange(deps.now(), '2025-03-10', '2026-03-10').days).toHaveLength(366);
    expect(() => resolveRange(deps.now(), '2025-03-09', '2026-03-10')).toThrow(/too long/);
    expect(() => resolveRange(deps.now(), '2026-03-10', '2026-03-01')).toThrow();
    expect(() => resolveRange(deps.now(), '2026-02-30')).toThrow();
    const a = await createTestOrg(deps);
    const b = await createTestOrg(deps);
    const { site } = await createPublishedSite(deps, a);
    expect(await codeOf(timeseries(deps, b, { siteId: site.id }))).toBe('not_found');
    expect(await codeOf(breakdown(deps, b, 'device', { linkId: 'lnk_nope' }))).toBe('not_found');
  });
});
