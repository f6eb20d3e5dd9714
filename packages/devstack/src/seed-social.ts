import type { PublishNetwork } from '@mewayz/contracts';
import { type Actor, type IdentityDeps, socialService, type TenantScope } from '@mewayz/core';
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
 * again replaces them), and — the first time — one post published on all three with some engagement
 * and two scheduled for the coming days.
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
  if ((await socialService.listSocialPosts(deps, scope, { limit: 1 })).length > 0) return { posts: 0 };
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
  return { posts: 3 };
}
