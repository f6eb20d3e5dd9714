import { bestTimesMinimumPosts } from '@mewayz/contracts';
import { socialAccounts, socialPosts, socialPostTargets } from '@mewayz/db/schema';
import { and, countDistinct, desc, eq, gte, inArray, isNotNull, lte, type SQL, sql } from 'drizzle-orm';
import { addDays, instantOf, isTimeZone, offsetAt, wallClockAt, weekdayOf } from '../bookings/zoned-time.ts';
import type { CoreDeps } from '../deps.ts';
import { ValidationFailed } from '../errors.ts';
import type { TenantScope } from '../tenancy/scope.ts';
import { accountView, loadAccount } from './accounts.ts';

/**
 * Engagement per account and the best times to post, from the organization's own published targets
 * (`social_post_targets`, one per post × account, counts synced by `syncSocialStats`).
 *
 * Everything is summed in SQL, grouped by the creator's local day or weekday × hour. MariaDB has no
 * zone data here (`CONVERT_TZ` needs the time-zone tables), so the zone's offsets over the window are
 * worked out with Intl and handed to SQL as a `CASE` of UTC instants: each target is shifted by the
 * offset in force at its own instant, which is what keeps a post at 18:00 in Berlin at 18 both in
 * winter (UTC+1) and in summer (UTC+2).
 */

const dayMs = 86_400_000;

export interface InsightsOptions {
  days: number;
  timeZone: string;
}

function checkZone(timeZone: string) {
  if (!isTimeZone(timeZone))
    throw new ValidationFailed('The time zone is not valid.', [
      { path: 'tz', message: 'Enter a time zone such as Europe/Lisbon' },
    ]);
}

/**
 * The zone's offsets between `fromMs` and `toMs`: `until` is the instant the next one starts (null
 * for the last). Probed every 6 hours (no zone changes twice within that), a change is then found to
 * the minute.
 */
export function zoneOffsets(timeZone: string, fromMs: number, toMs: number) {
  const minute = 60_000;
  const step = 6 * 3_600_000;
  const out: { until: number | null; offsetMs: number }[] = [];
  let current = offsetAt(fromMs, timeZone);
  for (let probe = fromMs + step; ; probe += step) {
    const at = Math.min(probe, toMs);
    const offset = offsetAt(at, timeZone);
    if (offset !== current) {
      let lo = Math.floor((at - step) / minute) * minute;
      let hi = at;
      while (hi - lo > minute) {
        const mid = Math.floor((lo + hi) / 2 / minute) * minute;
        if (offsetAt(mid, timeZone) === current) lo = mid;
        else hi = mid;
      }
      out.push({ until: hi, offsetMs: current });
      current = offset;
    }
    if (at >= toMs) break;
  }
  out.push({ until: null, offsetMs: current });
  return out;
}

/** `published_at` as the wall clock of `timeZone` shows it (an SQL DATETIME expression). */
function localPublishedAt(timeZone: string, fromMs: number, toMs: number): SQL {
  const col = socialPostTargets.publishedAt;
  const offsets = zoneOffsets(timeZone, fromMs, toMs);
  // Offsets and instants are computed here, never input: inlined, so the expression is the same text
  // in the select list and in GROUP BY.
  const seconds = (ms: number) => sql.raw(String(Math.trunc(ms / 1000)));
  const utc = (ms: number) => sql.raw(`'${new Date(ms).toISOString().slice(0, 23).replace('T', ' ')}'`);
  if (offsets.length === 1) return sql`(${col} + INTERVAL ${seconds(offsets[0]!.offsetMs)} SECOND)`;
  const cases = offsets
    .slice(0, -1)
    .map((o) => sql`WHEN ${col} < ${utc(o.until!)} THEN ${seconds(o.offsetMs)}`);
  return sql`(${col} + INTERVAL (CASE ${sql.join(cases, sql` `)} ELSE ${seconds(offsets.at(-1)!.offsetMs)} END) SECOND)`;
}

/**
 * The zone the organization schedules in when a request names none: that of its latest scheduled
 * post (the composer stores the creator's zone with it), else UTC.
 */
export async function defaultInsightsZone(scope: TenantScope): Promise<string> {
  const row = await scope.first(socialPosts, isNotNull(socialPosts.timeZone), {
    orderBy: [desc(socialPosts.createdAt), desc(socialPosts.id)],
  });
  return row?.timeZone && isTimeZone(row.timeZone) ? row.timeZone : 'UTC';
}

const num = (v: unknown) => Number(v ?? 0);

/** The last `days` local days up to today in `timeZone`: their dates and where the first one starts. */
function windowOf(now: Date, days: number, timeZone: string) {
  const today = wallClockAt(now.getTime(), timeZone).date;
  const from = addDays(today, -(days - 1));
  // Midnight may not exist on a day clocks change at 00:00 (some zones): the first minute that does.
  let fromMs: number | null = null;
  for (let m = 0; fromMs === null && m < 180; m += 15) fromMs = instantOf(from, m, timeZone);
  return {
    from,
    to: today,
    fromMs: fromMs ?? now.getTime() - days * dayMs,
    dates: Array.from({ length: days }, (_, i) => addDays(from, i)),
  };
}

/**
 * Posts, likes, reposts, replies and impressions per account over the last `days` days (7, 30 or 90)
 * of `timeZone`, with one point per local day. Impressions are null for an account none of whose posts
 * reported any (Bluesky and Mastodon do not tell). Pass `accountId` for one account (a 404 when it is
 * not this organization's).
 */
export async function socialInsights(
  deps: Pick<CoreDeps, 'now'>,
  scope: TenantScope,
  opts: InsightsOptions & { accountId?: string },
) {
  checkZone(opts.timeZone);
  if (![7, 30, 90].includes(opts.days))
    throw new ValidationFailed('The window is not valid.', [{ path: 'days', message: 'Choose 7, 30 or 90' }]);
  const accounts = opts.accountId
    ? [accountView(await loadAccount(scope, opts.accountId))]
    : (
        await scope.list(socialAccounts, undefined, { orderBy: [desc(socialAccounts.createdAt)], limit: 100 })
      ).map(accountView);
  const now = deps.now();
  const w = windowOf(now, opts.days, opts.timeZone);
  const t = socialPostTargets;
  const local = localPublishedAt(opts.timeZone, w.fromMs, now.getTime());
  const day = sql<string>`DATE_FORMAT(${local}, '%Y-%m-%d')`;
  const rows = accounts.length
    ? await scope.aggregate(
        t,
        {
          accountId: t.accountId,
          day,
          posts: sql<number>`COUNT(*)`,
          likes: sql<number>`SUM(${t.likes})`,
          reposts: sql<number>`SUM(${t.reposts})`,
          replies: sql<number>`SUM(${t.replies})`,
          impressions: sql<number | null>`SUM(${t.impressions})`,
          reported: sql<number>`COUNT(${t.impressions})`,
        },
        and(
          eq(t.status, 'published'),
          gte(t.publishedAt, new Date(w.fromMs)),
          lte(t.publishedAt, now),
          inArray(
            t.accountId,
            accounts.map((a) => a.id),
          ),
        ),
        { groupBy: [t.accountId, day] },
      )
    : [];
  return {
    days: opts.days,
    timeZone: opts.timeZone,
    from: w.from,
    to: w.to,
    accounts: accounts.map((a) => {
      const mine = rows.filter((r) => r.accountId === a.id);
      const byDay = new Map(mine.map((r) => [String(r.day), r]));
      const sum = (k: 'posts' | 'likes' | 'reposts' | 'replies' | 'impressions' | 'reported') =>
        mine.reduce((s, r) => s + num(r[k]), 0);
      const posts = sum('posts');
      const engagement = sum('likes') + sum('reposts') + sum('replies');
      return {
        accountId: a.id,
        network: a.network,
        handle: a.handle,
        status: a.status,
        days: opts.days,
        timeZone: opts.timeZone,
        from: w.from,
        to: w.to,
        totals: {
          posts,
          likes: sum('likes'),
          reposts: sum('reposts'),
          replies: sum('replies'),
          impressions: sum('reported') > 0 ? sum('impressions') : null,
          engagement,
          engagementPerPost: posts ? Math.round((engagement / posts) * 10) / 10 : null,
        },
        series: w.dates.map((d) => {
          const r = byDay.get(d);
          return {
            day: d,
            posts: num(r?.posts),
            engagement: num(r?.likes) + num(r?.reposts) + num(r?.replies),
          };
        }),
      };
    }),
  };
}
export type SocialAccountInsights = Awaited<ReturnType<typeof socialInsights>>['accounts'][number];

/** One account's insights (`GET /social/accounts/{id}/insights`); another organization's is a 404. */
export async function socialAccountInsights(
  deps: Pick<CoreDeps, 'now'>,
  scope: TenantScope,
  accountId: string,
  opts: InsightsOptions,
): Promise<Omit<SocialAccountInsights, 'status'>> {
  const { accounts } = await socialInsights(deps, scope, { ...opts, accountId });
  const { status: _status, ...one } = accounts[0]!;
  return one;
}

export const bestTimesWindowDays = 90;
/** A post younger than this is still collecting its engagement: it would look like a flop. */
export const bestTimesSettleMs = dayMs;
/** Prior weight, in targets, of "as usual" (a score of 1) in each slot's score. */
const shrinkTargets = 2;
const weighted = sql`(${socialPostTargets.likes} + 2 * ${socialPostTargets.reposts} + 2 * ${socialPostTargets.replies})`;

/**
 * The weekday × hour slots (in `timeZone`) where the organization's posts did best over the last 90
 * days — its own history, never generic advice.
 *
 * Scoring:
 * - A target's engagement is likes + 2 × reposts + 2 × replies: a repost or a reply carries the post
 *   further (and costs the reader more) than a like. Impressions are left out: only X and Instagram
 *   report them, and a good hour shows precisely as more reach, which a per-impression rate would
 *   divide away.
 * - Each target is divided by its account's mean engagement over the window, so 1.0 is "as usual for
 *   that account": an X account with 5,000 followers and a Mastodon one with 200 weigh the same, and
 *   accounts with no engagement at all are left out (nothing to compare with).
 * - A slot's score is the mean of its targets' relative engagement, shrunk toward 1 by two imaginary
 *   usual targets: (Σ relative + 2) / (targets + 2), so one lucky post does not make a best time.
 * - Only slots above 1 (better than usual) with at least two posts are returned, best first, at most
 *   three. Posts published less than a day ago are not counted yet (their counts are still growing).
 *
 * Below `bestTimesMinimumPosts` published posts the answer is `not_enough_history` with no slots.
 */
export async function socialBestTimes(
  deps: Pick<CoreDeps, 'now'>,
  scope: TenantScope,
  opts: { timeZone: string },
) {
  checkZone(opts.timeZone);
  const t = socialPostTargets;
  const now = deps.now().getTime();
  const fromMs = now - bestTimesWindowDays * dayMs;
  const toMs = now - bestTimesSettleMs;
  const where = and(
    eq(t.status, 'published'),
    gte(t.publishedAt, new Date(fromMs)),
    lte(t.publishedAt, new Date(toMs)),
  );
  const base = {
    timeZone: opts.timeZone,
    windowDays: bestTimesWindowDays,
    minimumPosts: bestTimesMinimumPosts,
  };
  const [total] = await scope.aggregate(t, { posts: countDistinct(t.postId) }, where);
  const posts = num(total?.posts);
  if (posts < bestTimesMinimumPosts)
    return { ...base, status: 'not_enough_history' as const, posts, slots: [] };
  const perAccount = await scope.aggregate(
    t,
    { accountId: t.accountId, mean: sql<number>`AVG(${weighted})` },
    where,
    { groupBy: [t.accountId] },
  );
  const usual = perAccount.filter((a) => num(a.mean) > 0);
  if (usual.length === 0) return { ...base, status: 'ok' as const, posts, slots: [] };
  // Means are numbers computed here, never input: inlined; account ids are bound.
  const meanOf = sql`CASE ${t.accountId} ${sql.join(
    usual.map((a) => sql`WHEN ${a.accountId} THEN ${sql.raw(num(a.mean).toFixed(6))}`),
    sql` `,
  )} END`;
  const local = localPublishedAt(opts.timeZone, fromMs, toMs);
  const weekday = sql<number>`WEEKDAY(${local})`;
  const hour = sql<number>`HOUR(${local})`;
  const rows = await scope.aggregate(
    t,
    {
      weekday,
      hour,
      relative: sql<number>`SUM(${weighted} / ${meanOf})`,
      targets: sql<number>`COUNT(*)`,
      posts: countDistinct(t.postId),
    },
    and(
      where,
      inArray(
        t.accountId,
        usual.map((a) => a.accountId),
      ),
    ),
    { groupBy: [weekday, hour] },
  );
  const slots = rows
    .map((r) => ({
      weekday: num(r.weekday),
      hour: num(r.hour),
      score: Math.round(((num(r.relative) + shrinkTargets) / (num(r.targets) + shrinkTargets)) * 100) / 100,
      posts: num(r.posts),
      targets: num(r.targets),
    }))
    .filter((s) => s.score > 1 && s.posts >= 2)
    .sort((a, b) => b.score - a.score || b.posts - a.posts || a.weekday - b.weekday || a.hour - b.hour)
    .slice(0, 3);
  return { ...base, status: 'ok' as const, posts, slots };
}
export type SocialBestTimes = Awaited<ReturnType<typeof socialBestTimes>>;

/**
 * The next start of a weekday × hour slot in `timeZone` at least 10 minutes after `now`: the date and
 * time as a `datetime-local` value (`2026-12-10T18:00`) and as an instant. A slot hour skipped by a
 * clock change that week moves to the next week.
 */
export function nextSlotStart(slot: { weekday: number; hour: number }, timeZone: string, now: Date) {
  const today = wallClockAt(now.getTime(), timeZone).date;
  for (let d = 0; d < 15; d++) {
    const date = addDays(today, d);
    if (weekdayOf(date) !== slot.weekday) continue;
    const at = instantOf(date, slot.hour * 60, timeZone);
    if (at !== null && at > now.getTime() + 10 * 60_000)
      return { local: `${date}T${String(slot.hour).padStart(2, '0')}:00`, at: new Date(at).toISOString() };
  }
  return null;
}
