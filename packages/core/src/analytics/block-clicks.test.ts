import { analyticsDaily } from '@mewayz/db/schema';
import { createPublishedSite, createTestOrg, nodeDeps, rollupRow } from '@mewayz/testing';
import { describe, expect, it } from 'vitest';
import { dbOf } from '../data/db-handle.ts';
import type { AppError } from '../errors.ts';
import { blockClicks } from './block-clicks.ts';

const deps = { ...nodeDeps(), now: () => new Date('2026-03-31T12:00:00Z') };

const row = rollupRow;

describe('clicks per block', () => {
  it('sums the last 30 days of each block of the site, and only this tenant’s rows', async () => {
    const scope = await createTestOrg(deps);
    const { site, blockIds } = await createPublishedSite(deps, scope);
    const other = await createPublishedSite(deps, scope);
    const org = scope.orgId;
    const [a, b] = blockIds as [string, string];
    await dbOf(deps)
      .insert(analyticsDaily)
      .values([
        row({ organizationId: org, siteId: site.id, linkId: a, day: '2026-03-02', clicks: 4 }),
        row({ organizationId: org, siteId: site.id, linkId: a, day: '2026-03-31', clicks: 2 }),
        // Day 31 before today is outside the window.
        row({ organizationId: org, siteId: site.id, linkId: a, day: '2026-03-01', clicks: 100 }),
        row({ organizationId: org, siteId: site.id, linkId: b, day: '2026-03-15', clicks: 1 }),
        // Breakdown rows of the same link are not clicks to add again.
        row({
          organizationId: org,
          siteId: site.id,
          linkId: a,
          day: '2026-03-15',
          dimension: 'country',
          value: 'DE',
          clicks: 50,
        }),
        row({ organizationId: org, siteId: site.id, day: '2026-03-15', clicks: 7 }),
        row({
          organizationId: org,
          siteId: other.site.id,
          linkId: other.blockIds[0]!,
          day: '2026-03-15',
          clicks: 3,
        }),
        row({
          organizationId: 'org_someone_else',
          siteId: site.id,
          linkId: a,
          day: '2026-03-15',
          clicks: 999,
        }),
        // Clicks per item of a block with several links, summed over the days of the window.
        ...[
          ['2026-03-02', '0', 1],
          ['2026-03-31', '0', 2],
          ['2026-03-31', '2', 3],
          ['2026-03-01', '1', 100],
        ].map(([day, value, clicks]) =>
          row({
            organizationId: org,
            siteId: site.id,
            linkId: b,
            day: day as string,
            dimension: 'item',
            value: value as string,
            clicks: clicks as number,
          }),
        ),
      ]);
    const r = await blockClicks(deps, scope, site.id);
    expect(r).toEqual({
      from: '2026-03-02',
      to: '2026-03-31',
      clicks: { [a]: 6, [b]: 1 },
      items: { [b]: { '0': 3, '2': 3 } },
    });
  }, 90_000);

  it('answers 404 for another organization’s site', async () => {
    const a = await createTestOrg(deps);
    const b = await createTestOrg(deps);
    const { site } = await createPublishedSite(deps, a);
    const code = await blockClicks(deps, b, site.id).then(
      () => 'no error',
      (e: AppError) => e.code,
    );
    expect(code).toBe('not_found');
  });
});
