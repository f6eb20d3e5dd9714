import type { PublishNetwork } from '@mewayz/contracts';
import {
  type Actor,
  bookingsService,
  type IdentityDeps,
  newId,
  socialService,
  type TenantScope,
} from '@mewayz/core';
import { socialAccounts, socialPosts, socialPostTargets } from '@mewayz/db/schema';
import { and, eq, isNotNull } from 'drizzle-orm';
import { authorizeAtStandin, standinAuthorizePaths } from './social/social-standin.ts';

const callbackUrl = 'http://app.mewayz.localhost:8788/social/callback';
/** wrangler.toml's local `SOCIAL_BLUESKY_CLIENT_ID`: the dashboard's client metadata document. */
const blueskyClientId = 'http://app.mewayz.localhost:8788/oauth/bluesky/client-metadata.json';
const demoNetworks = ['bluesky', 'mastodon', 'x'] as const;

/** The social settings of `npm start`'s Workers (wrangler.toml's local vars), for the stand-in at `url`. */
export function standinSocialSettings(url: string): socialService.SocialSettings {
  const app = (n: Exclude<PublishNetwork, 'mastodon'>) => ({
    apiUrl: `${url}/${n}`,
    authorizeUrl: `${url}/${n}${standinAuthorizePaths[n]}`,
    clientId: `mewayz-local-${n}`,
    clientSecret: null,
  });
  const bluesky = {
    apiUrl: `${url}/bluesky`,
    authorizeUrl: '',
    clientId: blueskyClientId,
    clientSecret: null,
    plcUrl: `${url}/bluesky/plc`,
  };
  return {
    apps: { x: app('x'), bluesky, instagram: app('instagram') },
    allowPrivateUrls: true,
    timeoutMs: 5000,
    callbackUrl,
    mediaOrigin: 'http://mewayz.localhost:8787',
  };
}

/**
 * The demo workspace's Bluesky, Mastodon and X accounts, connected through the stand-in's own OAuth
 * pages on every start (the stand-in keeps its tokens in memory, so yesterday's are gone; connecting
 * again replaces them), and — the first time — eight weeks of published history (for the insights
 * and best times), one post published now on all three with some engagement and two scheduled for
 * the coming days. On every start the stand-in is told of the published posts and their counts, so
 * the stats sync reads back what the database holds.
 */
export async function seedDemoSocial(
  base: IdentityDeps,
  scope: TenantScope,
  actor: Actor,
  standinUrl: string,
) {
  const deps = { ...base, social: standinSocialSettings(standinUrl) };
  // The stand-in would fetch the client metadata from the dashboard, which may not be up yet: hand
  // it the same document the dashboard serves.
  const client = socialService.blueskyClientMetadata({ clientId: blueskyClientId }, callbackUrl);
  const registered = await fetch(`${standinUrl}/__fake/atproto/clients`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(client),
  });
  if (!registered.ok)
    throw new Error(`the social stand-in refused the client metadata: ${registered.status}`);
  const accountIds: string[] = [];
  for (const network of demoNetworks) {
    const { authorizeUrl } = await socialService.startSocialConnect(deps, scope, actor, {
      network,
      instanceUrl: network === 'mastodon' ? `${standinUrl}/mastodon` : undefined,
      handle: network === 'bluesky' ? 'alice.standin.bsky' : undefined,
    });
    const back = await authorizeAtStandin(authorizeUrl, 'allow', callbackUrl);
    accountIds.push((await socialService.finishSocialConnect(deps, scope, actor, back)).id);
  }
  if ((await socialService.listSocialPosts(deps, scope, { limit: 1 })).length > 0) {
    await teachStandin(scope, standinUrl);
    return { posts: 0, history: 0 };
  }
  await socialService.createSocialPost(deps, scope, actor, {
    text: 'New spring glazes are in the shop: https://alice.mewayz.localhost:8787/store #ceramics',
    variants: { x: 'Spring glazes are in 🌱 https://alice.mewayz.localhost:8787/store' },
    accountIds,
    scheduledAt: 'now',
    timeZone: 'Europe/Lisbon',
  });
  // What the cron and the queue do, in process: the stand-in answers at once.
  await socialService.runSocialCron(
    deps,
    new Date(),
    {
      sendBatch: async (messages) => {
        for (const m of messages) await socialService.attemptTarget(deps, m.body.targetId);
      },
    },
    { organizationId: scope.orgId },
  );
  const posts = (await fetch(`${standinUrl}/__fake/posts`).then((r) => r.json())) as {
    posts: { id: string }[];
  };
  for (const [i, p] of posts.posts.entries())
    await fetch(`${standinUrl}/__fake/engage`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        id: p.id,
        likes: 14 + 9 * i,
        reposts: 3 + i,
        replies: 2,
        impressions: 620 + 130 * i,
      }),
    });
  await socialService.syncSocialStats(deps, new Date(), { organizationId: scope.orgId });
  // After the live post's counts were set (they go by its place in the stand-in's list).
  const history = await seedHistory(scope, actor, accountIds, new Date());
  await teachStandin(scope, standinUrl);
  for (const [days, text] of [
    [1, 'Open studio this Saturday, 10–16h. Come throw a pot with us!'],
    [3, 'Behind the scenes: loading the kiln for the spring firing.'],
  ] as const) {
    const at = new Date(Date.now() + days * 86_400_000);
    at.setUTCHours(9, 30, 0, 0);
    await socialService.createSocialPost(deps, scope, actor, {
      text,
      accountIds,
      scheduledAt: at.toISOString(),
      timeZone: 'Europe/Lisbon',
    });
  }
  return { posts: 3, history };
}

/** The demo's zone (its scheduled posts carry it too). */
const demoZone = 'Europe/Lisbon';

/**
 * Each weekday the demo studio posts on, at its local time, which accounts take it and how it tends
 * to do (a multiple of each account's usual): Thursday evenings do best, Sunday mornings well,
 * Tuesday lunchtimes below usual. That is what the best times should find.
 */
const rhythm = [
  { weekday: 1, minute: 12 * 60 + 30, networks: ['x', 'mastodon'], lift: 0.6, topic: 'Glaze test tiles' },
  { weekday: 3, minute: 18 * 60 + 15, networks: ['bluesky', 'mastodon', 'x'], lift: 1.9, topic: 'New mugs' },
  { weekday: 6, minute: 10 * 60, networks: ['bluesky', 'x'], lift: 1.2, topic: 'Sunday studio' },
] as const;

/** An account's usual counts per post: X reaches most and reports impressions; the others do not. */
const usual: Record<string, { likes: number; reposts: number; replies: number; impressions: number | null }> =
  {
    x: { likes: 38, reposts: 6, replies: 4, impressions: 1900 },
    bluesky: { likes: 17, reposts: 3, replies: 2, impressions: null },
    mastodon: { likes: 7, reposts: 2, replies: 1, impressions: null },
  };

/**
 * Eight weeks of posts already published (rows written directly: the networks' side is taught to the
 * stand-in by `teachStandin`), each on its weekday's accounts with counts that vary a little.
 */
async function seedHistory(scope: TenantScope, actor: Actor, accountIds: string[], now: Date) {
  const accounts = await scope.list(socialAccounts);
  const byNetwork = new Map(
    accounts.filter((a) => accountIds.includes(a.id)).map((a) => [a.network as string, a]),
  );
  const today = bookingsService.wallClockAt(now.getTime(), demoZone).date;
  const posts: Omit<typeof socialPosts.$inferInsert, 'organizationId'>[] = [];
  const targets: Omit<typeof socialPostTargets.$inferInsert, 'organizationId'>[] = [];
  for (let back = 56; back >= 2; back--) {
    const date = bookingsService.addDays(today, -back);
    const slot = rhythm.find((r) => r.weekday === bookingsService.weekdayOf(date));
    const ms = slot ? bookingsService.instantOf(date, slot.minute, demoZone) : null;
    if (!slot || ms === null) continue;
    const at = new Date(ms);
    const postId = newId('socialPost');
    const n = posts.length;
    posts.push({
      id: postId,
      authorId: actor.userId ?? null,
      text: `${slot.topic}, week ${Math.ceil((57 - back) / 7)} #ceramics`,
      status: 'published',
      scheduledAt: at,
      timeZone: demoZone,
      publishedAt: at,
    });
    for (const network of slot.networks) {
      const account = byNetwork.get(network);
      if (!account) continue;
      // ±30 % around the slot's lift, the same on every seed: deterministic, no two posts alike.
      const f = slot.lift * (0.7 + ((n * 37 + network.length * 11) % 60) / 100);
      const u = usual[network]!;
      const externalId = `${ms}${n}${network.length}`;
      const rkey = socialService.newTid(ms + n);
      targets.push({
        id: newId('socialTarget'),
        postId,
        accountId: account.id,
        network: account.network,
        status: 'published',
        attempts: 1,
        nonce: network === 'bluesky' ? rkey : newId('socialTarget'),
        externalId:
          network === 'bluesky' ? `at://${account.externalId}/app.bsky.feed.post/${rkey}` : externalId,
        externalUrl:
          network === 'bluesky'
            ? `https://bsky.app/profile/${account.handle.slice(1)}/post/${rkey}`
            : network === 'x'
              ? `https://x.com/${account.handle.slice(1)}/status/${externalId}`
              : `${account.instanceUrl}/${account.handle.split('@').slice(0, 2).join('@')}/${externalId}`,
        publishedAt: at,
        likes: Math.round(u.likes * f),
        reposts: Math.round(u.reposts * f),
        replies: Math.round(u.replies * f),
        impressions: u.impressions === null ? null : Math.round(u.impressions * (0.6 + 0.4 * f)),
        statsSyncedAt: now,
      });
    }
  }
  // One insert per table keeps the seed quick.
  await scope.insert(socialPosts, posts);
  await scope.insert(socialPostTargets, targets);
  return posts.length;
}

/**
 * Tell the stand-in (which forgets on restart) of every published post of the workspace, with the
 * counts the database holds, so the stats sync finds them and reads the same counts back.
 */
async function teachStandin(scope: TenantScope, standinUrl: string) {
  const targets = await scope.list(
    socialPostTargets,
    and(eq(socialPostTargets.status, 'published'), isNotNull(socialPostTargets.externalId)),
  );
  if (targets.length === 0) return;
  const posts = await scope.list(socialPosts, eq(socialPosts.status, 'published'));
  const textOf = new Map(posts.map((p) => [p.id, p.text]));
  const res = await fetch(`${standinUrl}/__fake/import`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      posts: targets.map((t) => ({
        network: t.network,
        id: t.externalId,
        text: textOf.get(t.postId) ?? '',
        createdAt: t.publishedAt?.toISOString(),
        likes: t.likes,
        reposts: t.reposts,
        replies: t.replies,
        impressions: t.impressions ?? 0,
      })),
    }),
  });
  if (!res.ok) throw new Error(`the social stand-in refused the demo's posts: ${res.status}`);
}
