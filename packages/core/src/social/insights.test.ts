import {
  createTestOrg,
  identityDeps,
  nodeDeps,
  type PublishedHistoryItem,
  storedPublishedPosts,
  storedSocialAccount,
} from '@mewayz/testing';
import { describe, expect, it } from 'vitest';
import { NotFound, ValidationFailed } from '../errors.ts';
import {
  nextSlotStart,
  socialAccountInsights,
  socialBestTimes,
  socialInsights,
  zoneOffsets,
} from './insights.ts';

/**
 * Insights over the real database: totals and daily series per account in the creator's zone, best
 * times with per-account normalisation, across a clock change, and nothing of another workspace.
 */
const base = identityDeps(nodeDeps());
const at = (iso: string) => new Date(iso);
const depsAt = (iso: string) => ({ ...base, now: () => at(iso) });
const week = 7 * 86_400_000;

/** `count` weekly instants going back from `lastIso`. */
function weekly(lastIso: string, count: number) {
  return Array.from({ length: count }, (_, i) => new Date(Date.parse(lastIso) - i * week));
}

describe('engagement per account', () => {
  const now = '2026-11-20T12:00:00Z';

  it('sums each account over the window of local days, with a zero-filled daily series', async () => {
    const scope = await createTestOrg(base);
    const x = await storedSocialAccount(scope, 'x', '@maker');
    const mastodon = await storedSocialAccount(scope, 'mastodon', '@maker@social.example');
    await storedPublishedPosts(scope, [
      {
        at: at('2026-11-19T10:00:00Z'),
        accountIds: [x],
        likes: 10,
        reposts: 2,
        replies: 1,
        impressions: 500,
      },
      // 00:30 on the 16th in Berlin (UTC+1): that day's, not the 15th's.
      { at: at('2026-11-15T23:30:00Z'), accountIds: [x], likes: 4, impressions: 100 },
      // The window's first local minute (the 14th, 00:30 Berlin) is in; 23:30 the evening before is not.
      { at: at('2026-11-13T23:30:00Z'), accountIds: [x], likes: 1, impressions: 10 },
      { at: at('2026-11-13T22:30:00Z'), accountIds: [x], likes: 1000, impressions: 9000 },
      { at: at('2026-11-01T09:00:00Z'), accountIds: [x], likes: 100, impressions: 1000 },
      { at: at('2026-11-18T09:00:00Z'), accountIds: [x], likes: 77, status: 'failed' },
      { at: at('2026-11-19T10:00:00Z'), accountIds: [mastodon], likes: 3, replies: 2 },
    ]);
    const week1 = await socialInsights(depsAt(now), scope, { days: 7, timeZone: 'Europe/Berlin' });
    expect([week1.from, week1.to]).toEqual(['2026-11-14', '2026-11-20']);
    const ofX = week1.accounts.find((a) => a.accountId === x)!;
    expect(ofX.totals).toEqual({
      posts: 3,
      likes: 15,
      reposts: 2,
      replies: 1,
      impressions: 610,
      engagement: 18,
      engagementPerPost: 6,
    });
    expect(ofX.series.map((p) => p.day)).toEqual([
      '2026-11-14',
      '2026-11-15',
      '2026-11-16',
      '2026-11-17',
      '2026-11-18',
      '2026-11-19',
      '2026-11-20',
    ]);
    expect(ofX.series.map((p) => p.engagement)).toEqual([1, 0, 4, 0, 0, 13, 0]);
    expect(ofX.series.map((p) => p.posts)).toEqual([1, 0, 1, 0, 0, 1, 0]);
    // Mastodon reports no impressions: null, not 0.
    const ofMastodon = week1.accounts.find((a) => a.accountId === mastodon)!;
    expect(ofMastodon.totals).toMatchObject({
      posts: 1,
      engagement: 5,
      impressions: null,
      engagementPerPost: 5,
    });

    const month = await socialAccountInsights(depsAt(now), scope, x, { days: 30, timeZone: 'Europe/Berlin' });
    expect(month.series).toHaveLength(30);
    expect(month.totals).toMatchObject({ posts: 5, likes: 1115, impressions: 10_610 });
  });

  it('finds no account of another workspace and counts none of its posts', async () => {
    const a = await createTestOrg(base);
    const b = await createTestOrg(base);
    const ofA = await storedSocialAccount(a, 'bluesky');
    const ofB = await storedSocialAccount(b, 'bluesky');
    await storedPublishedPosts(a, [{ at: at('2026-11-19T10:00:00Z'), accountIds: [ofA], likes: 2 }]);
    await storedPublishedPosts(b, [{ at: at('2026-11-19T10:00:00Z'), accountIds: [ofB], likes: 50 }]);
    const opts = { days: 7, timeZone: 'UTC' };
    await expect(socialAccountInsights(depsAt(now), a, ofB, opts)).rejects.toBeInstanceOf(NotFound);
    await expect(socialAccountInsights(depsAt(now), a, 'sacc_not-an-id', opts)).rejects.toBeInstanceOf(
      NotFound,
    );
    const all = await socialInsights(depsAt(now), a, opts);
    expect(all.accounts.map((x) => [x.accountId, x.totals.likes])).toEqual([[ofA, 2]]);
    await expect(socialInsights(depsAt(now), a, { days: 14, timeZone: 'UTC' })).rejects.toBeInstanceOf(
      ValidationFailed,
    );
    await expect(socialInsights(depsAt(now), a, { days: 7, timeZone: 'Mars/Base' })).rejects.toBeInstanceOf(
      ValidationFailed,
    );
  });
});

describe('best times to post', () => {
  it('buckets by the local wall clock across a clock change (New York, 1 November 2026)', async () => {
    const scope = await createTestOrg(base);
    const acct = await storedSocialAccount(scope, 'bluesky');
    // Thursdays 18:00 in New York: 22:00 UTC while on EDT, 23:00 UTC once on EST.
    const thursdays = [
      '2026-10-15T22:00:00Z',
      '2026-10-22T22:00:00Z',
      '2026-10-29T22:00:00Z',
      '2026-11-05T23:00:00Z',
      '2026-11-12T23:00:00Z',
    ];
    // Mondays 09:00 in New York, on both sides of the change too.
    const mondays = [
      '2026-10-12T13:00:00Z',
      '2026-10-19T13:00:00Z',
      '2026-10-26T13:00:00Z',
      '2026-11-02T14:00:00Z',
      '2026-11-09T14:00:00Z',
      '2026-11-16T14:00:00Z',
    ];
    await storedPublishedPosts(scope, [
      ...thursdays.map((t) => ({ at: at(t), accountIds: [acct], likes: 30 })),
      ...mondays.map((t) => ({ at: at(t), accountIds: [acct], likes: 10 })),
      // Two hours old: its counts are still growing, so it is not counted yet.
      { at: at('2026-11-20T10:00:00Z'), accountIds: [acct], likes: 5000 },
    ]);
    const best = await socialBestTimes(depsAt('2026-11-20T12:00:00Z'), scope, {
      timeZone: 'America/New_York',
    });
    // Mean 210/11; Thursdays 30 each → (5 × 30/(210/11) + 2) / (5 + 2) = 1.41. Mondays are below usual.
    expect(best).toMatchObject({ status: 'ok', posts: 11, timeZone: 'America/New_York' });
    expect(best.slots).toEqual([{ weekday: 3, hour: 18, score: 1.41, posts: 5, targets: 5 }]);
    // Read in UTC instead, the same posts fall into two hours.
    const utc = await socialBestTimes(depsAt('2026-11-20T12:00:00Z'), scope, { timeZone: 'UTC' });
    expect(utc.slots.map((s) => [s.weekday, s.hour, s.posts])).toEqual([
      [3, 22, 3],
      [3, 23, 2],
    ]);
  });

  it('says there is not enough history below ten published posts, instead of guessing', async () => {
    const scope = await createTestOrg(base);
    const acct = await storedSocialAccount(scope, 'mastodon');
    const now = depsAt('2026-11-20T12:00:00Z');
    const items: PublishedHistoryItem[] = weekly('2026-11-12T18:00:00Z', 9).map((t, i) => ({
      at: t,
      accountIds: [acct],
      likes: i % 2 ? 40 : 1,
    }));
    // A failed post and one older than 90 days do not count.
    items.push({ at: at('2026-11-18T18:00:00Z'), accountIds: [acct], likes: 9, status: 'failed' });
    items.push({ at: at('2026-08-01T18:00:00Z'), accountIds: [acct], likes: 9 });
    await storedPublishedPosts(scope, items);
    expect(await socialBestTimes(now, scope, { timeZone: 'UTC' })).toEqual({
      status: 'not_enough_history',
      timeZone: 'UTC',
      windowDays: 90,
      posts: 9,
      minimumPosts: 10,
      slots: [],
    });
    await storedPublishedPosts(scope, [{ at: at('2026-11-10T07:00:00Z'), accountIds: [acct], likes: 2 }]);
    const enough = await socialBestTimes(now, scope, { timeZone: 'UTC' });
    expect(enough).toMatchObject({ status: 'ok', posts: 10 });
    expect(enough.slots[0]).toMatchObject({ weekday: 3, hour: 18, posts: 9 });
  });

  it('weighs each account against its own usual, so a big account does not drown a small one', async () => {
    const scope = await createTestOrg(base);
    const big = await storedSocialAccount(scope, 'x');
    const small = await storedSocialAccount(scope, 'mastodon');
    // Big: Mondays 09:00 at 110, Tuesdays 09:00 at 90 (usual 100). Small: Wednesdays 20:00 at 15,
    // Thursdays 09:00 at 5 (usual 10). Raw counts would rank Monday far above Wednesday.
    await storedPublishedPosts(scope, [
      ...weekly('2026-11-16T09:00:00Z', 4).map((t) => ({ at: t, accountIds: [big], likes: 110 })),
      ...weekly('2026-11-17T09:00:00Z', 4).map((t) => ({ at: t, accountIds: [big], likes: 90 })),
      ...weekly('2026-11-18T20:00:00Z', 4).map((t) => ({ at: t, accountIds: [small], likes: 15 })),
      ...weekly('2026-11-19T09:00:00Z', 4).map((t) => ({ at: t, accountIds: [small], likes: 5 })),
    ]);
    const best = await socialBestTimes(depsAt('2026-11-20T12:00:00Z'), scope, { timeZone: 'UTC' });
    // Wednesday: (4 × 1.5 + 2) / 6 = 1.33; Monday: (4 × 1.1 + 2) / 6 = 1.07.
    expect(best.slots).toEqual([
      { weekday: 2, hour: 20, score: 1.33, posts: 4, targets: 4 },
      { weekday: 0, hour: 9, score: 1.07, posts: 4, targets: 4 },
    ]);
    // Another workspace sees none of it.
    const other = await createTestOrg(base);
    expect(await socialBestTimes(depsAt('2026-11-20T12:00:00Z'), other, { timeZone: 'UTC' })).toMatchObject({
      status: 'not_enough_history',
      posts: 0,
    });
  });

  it('knows the zone’s offsets over a window and the next start of a slot', () => {
    // Berlin springs forward on 28 March 2027 at 01:00 UTC.
    const offsets = zoneOffsets(
      'Europe/Berlin',
      Date.parse('2027-03-01T00:00:00Z'),
      Date.parse('2027-04-30T00:00:00Z'),
    );
    expect(offsets).toEqual([
      { until: Date.parse('2027-03-28T01:00:00Z'), offsetMs: 3_600_000 },
      { until: null, offsetMs: 7_200_000 },
    ]);
    // Thursday 18:00 in Berlin after Thursday 3 December 2026, 10:00 UTC: that same evening.
    expect(nextSlotStart({ weekday: 3, hour: 18 }, 'Europe/Berlin', at('2026-12-03T10:00:00Z'))).toEqual({
      local: '2026-12-03T18:00',
      at: '2026-12-03T17:00:00.000Z',
    });
    // Already past: a week later.
    expect(nextSlotStart({ weekday: 3, hour: 9 }, 'Europe/Berlin', at('2026-12-03T10:00:00Z'))?.local).toBe(
      '2026-12-10T09:00',
    );
  });
});
