import { type PublishNetwork, socialUrlLength } from '@mewayz/contracts';
import { socialAccounts, socialPostTargets } from '@mewayz/db/schema';
import {
  authorizeAtStandin,
  connectStandinAccount,
  createTestOrg,
  failureOf,
  type SocialStandin,
  socialCallbackUrl,
  socialDeps,
  startSocialStandin,
  testActor,
} from '@mewayz/testing';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { dbOf } from '../data/db-handle.ts';
import type { TenantScope } from '../tenancy/scope.ts';
import {
  accountContextOf,
  adapters,
  contextOf,
  disconnectSocialAccount,
  finishSocialConnect,
  listSocialAccounts,
  type SocialDeps,
  startSocialConnect,
  unsealTokens,
} from './accounts.ts';
import {
  cancelSocialPost,
  confirmSocialTarget,
  createSocialPost,
  getSocialPost,
  type SocialPublishMessage,
} from './posts.ts';
import { attemptTarget, leaseMs, runSocialCron, syncSocialStats } from './publish.ts';

/**
 * Social publishing in core against the devstack stand-in of the four networks, over real HTTP:
 * connecting with OAuth 2 + PKCE, publishing exactly once under redelivery, lost answers and crashes,
 * retries, token refresh, and engagement sync.
 */
let standin: SocialStandin;
let clock = 0;

beforeAll(async () => {
  standin = await startSocialStandin({ port: 0 });
});
afterAll(() => standin.close());
beforeEach(() => {
  standin.reset();
  // Ten years ahead: the jobs Worker's cron in other test files (real time, same database) never
  // finds these posts due, so only this file's own cron runs attempt them.
  clock = Date.now() + 10 * 365 * 86_400_000;
});

const deps0 = () => socialDeps(standin, () => new Date(clock));
const connect = (deps: SocialDeps, scope: TenantScope, network: PublishNetwork) =>
  connectStandinAccount(deps, scope, standin, network);

/** A queue that keeps what was sent, so a test can deliver it (more than once). */
function memoryQueue() {
  const sent: SocialPublishMessage[] = [];
  return {
    sent,
    async sendBatch(messages: Iterable<{ body: SocialPublishMessage }>) {
      for (const m of messages) sent.push(m.body);
    },
  };
}

/** One cron minute and the delivery of everything it queued (each message `times` times). */
async function cronAndDeliver(deps: SocialDeps, scope: TenantScope, times = 1) {
  const queue = memoryQueue();
  await runSocialCron(deps, deps.now(), queue, { organizationId: scope.orgId });
  const outcomes = [];
  for (let i = 0; i < times; i++)
    for (const m of queue.sent) outcomes.push(await attemptTarget(deps, m.targetId));
  return { messages: queue.sent, outcomes };
}

/** The networks the stand-in has posts on, one entry per post. */
const publishedNetworks = () =>
  standin
    .posts()
    .map((p) => p.network)
    .sort();

/** A workspace with Bluesky, Mastodon and X connected, and a post to all three due now. */
async function threeNetworkPost(text: string, beforePost?: () => void) {
  const deps = deps0();
  const scope = await createTestOrg(deps);
  const accounts = await Promise.all(
    (['bluesky', 'mastodon', 'x'] as const).map((n) => connect(deps, scope, n)),
  );
  beforePost?.();
  const post = await createSocialPost(deps, scope, testActor, {
    text,
    accountIds: accounts.map((a) => a.id),
    scheduledAt: 'now',
  });
  return { deps, scope, accounts, post };
}

async function targetRow(targetId: string, deps: SocialDeps) {
  const [row] = await dbOf(deps).select().from(socialPostTargets).where(eq(socialPostTargets.id, targetId));
  return row!;
}

describe('connecting accounts', () => {
  it('connects each network through its authorization page with PKCE and seals the tokens', async () => {
    const deps = deps0();
    const scope = await createTestOrg(deps);
    for (const network of ['bluesky', 'mastodon', 'x', 'instagram'] as const) {
      const account = await connect(deps, scope, network);
      expect(account).toMatchObject({ network, status: 'connected' });
      const [row] = await dbOf(deps).select().from(socialAccounts).where(eq(socialAccounts.id, account.id));
      // The stored token is a secret-box ciphertext that opens to a token the network accepts.
      expect(row!.accessToken).toMatch(/^k1:/);
      const tokens = await unsealTokens(deps, row!);
      expect(tokens.accessToken).toMatch(new RegExp(`^${network}_at_`));
      const ctx = await accountContextOf(deps, row!);
      expect((await adapters[network].me(ctx, tokens.accessToken)).externalId).toBe(row!.externalId);
    }
    expect(account(await listSocialAccounts(deps, scope))).toEqual(['bluesky', 'instagram', 'mastodon', 'x']);
    // Connecting the same account again replaces its tokens instead of adding a row.
    await connect(deps, scope, 'x');
    expect(await listSocialAccounts(deps, scope)).toHaveLength(4);
  });

  it('refuses a denied authorization, a reused or foreign state, and an unknown instance', async () => {
    const deps = deps0();
    const scope = await createTestOrg(deps);
    const other = await createTestOrg(deps);
    const { authorizeUrl } = await startSocialConnect(deps, scope, testActor, { network: 'x' });
    const denied = await authorizeAtStandin(authorizeUrl, 'deny', socialCallbackUrl);
    expect(await failureOf(finishSocialConnect(deps, scope, testActor, denied))).toEqual([
      424,
      'social_connect_failed',
      undefined,
    ]);
    const second = await startSocialConnect(deps, scope, testActor, {
      network: 'bluesky',
      handle: 'alice.standin.bsky',
    });
    const back = await authorizeAtStandin(second.authorizeUrl, 'allow', socialCallbackUrl);
    // Another workspace cannot finish it, and it is spent by that try.
    expect((await failureOf(finishSocialConnect(deps, other, testActor, back)))[1]).toBe(
      'social_connect_failed',
    );
    expect((await failureOf(finishSocialConnect(deps, scope, testActor, back)))[1]).toBe(
      'social_connect_failed',
    );
    expect(
      await failureOf(
        startSocialConnect(deps, scope, testActor, { network: 'mastodon', instanceUrl: 'ftp://x' }),
      ),
    ).toEqual([422, 'validation_failed', 'instanceUrl']);
    expect(await listSocialAccounts(deps, scope)).toEqual([]);
  });

  it('disconnecting revokes the grant at the network and cancels what was waiting', async () => {
    const deps = deps0();
    const scope = await createTestOrg(deps);
    const x = await connect(deps, scope, 'x');
    const [row] = await dbOf(deps).select().from(socialAccounts).where(eq(socialAccounts.id, x.id));
    const tokens = await unsealTokens(deps, row!);
    const post = await createSocialPost(deps, scope, testActor, {
      text: 'Later',
      accountIds: [x.id],
      scheduledAt: new Date(clock + 3600_000).toISOString(),
    });
    expect(await disconnectSocialAccount(deps, scope, testActor, x.id)).toEqual({ revoked: true });
    const ctx = await contextOf(deps, 'x', '');
    await expect(adapters.x.me(ctx, tokens.accessToken)).rejects.toMatchObject({ status: 401 });
    expect(await listSocialAccounts(deps, scope)).toEqual([]);
    expect((await getSocialPost(deps, scope, post.id)).targets[0]!.status).toBe('canceled');
  });
});

const account = (list: { network: string }[]) => list.map((a) => a.network).sort();

describe('publishing', () => {
  it('publishes once per network, with short links and Bluesky link facets, however often it is delivered', async () => {
    const deps = deps0();
    const scope = await createTestOrg(deps);
    const accounts = await Promise.all(
      (['bluesky', 'mastodon', 'x'] as const).map((n) => connect(deps, scope, n)),
    );
    const post = await createSocialPost(deps, scope, testActor, {
      text: 'New glaze drop: https://shop.example.com/collections/spring-glazes-2026?utm_source=social ☕',
      variants: {
        x: 'Spring glazes are here https://shop.example.com/collections/spring-glazes-2026?utm_source=social',
      },
      accountIds: accounts.map((a) => a.id),
      scheduledAt: 'now',
    });
    // The link became one Mewayz short link, in the text and in X's variant.
    const short = /http:\/\/[^\s]+\/[A-Za-z0-9]{7}/.exec(post.text)?.[0];
    expect(short).toBeDefined();
    expect(post.variants.x).toContain(short);
    expect(post.status).toBe('scheduled');

    // The cron hands every target to the queue; each message is delivered three times.
    const { messages, outcomes } = await cronAndDeliver(deps, scope, 3);
    expect(messages).toHaveLength(3);
    expect(outcomes.filter((o) => o.kind === 'published')).toHaveLength(3);
    expect(outcomes.filter((o) => o.kind === 'skipped')).toHaveLength(6);
    // A second cron minute queues nothing more.
    expect((await cronAndDeliver(deps, scope)).messages).toHaveLength(0);

    expect(publishedNetworks()).toEqual(['bluesky', 'mastodon', 'x']);
    expect(standin.posts('x')[0]!.text).toBe(`Spring glazes are here ${short}`);
    const bsky = standin.posts('bluesky')[0]!;
    const bytes = new TextEncoder().encode(bsky.text);
    const facet = (
      bsky.facets as { index: { byteStart: number; byteEnd: number }; features: { uri: string }[] }[]
    )[0]!;
    expect(new TextDecoder().decode(bytes.slice(facet.index.byteStart, facet.index.byteEnd))).toBe(short);
    expect(facet.features[0]!.uri).toBe(short);

    const done = await getSocialPost(deps, scope, post.id);
    expect(done.status).toBe('published');
    expect(done.targets.every((t) => t.status === 'published' && t.externalUrl && t.attempts === 1)).toBe(
      true,
    );
    expect(socialUrlLength).toBe(23);
  });

  it('settles every post when its networks finish at the same moment', async () => {
    const deps = deps0();
    const scope = await createTestOrg(deps);
    const accounts = await Promise.all(
      (['bluesky', 'mastodon', 'x'] as const).map((n) => connect(deps, scope, n)),
    );
    const posts = [];
    for (let i = 0; i < 8; i++)
      posts.push(
        await createSocialPost(deps, scope, testActor, {
          text: `Kiln opening ${i}`,
          accountIds: accounts.map((a) => a.id),
          scheduledAt: 'now',
        }),
      );
    const queue = memoryQueue();
    await runSocialCron(deps, deps.now(), queue, { organizationId: scope.orgId });
    expect(queue.sent).toHaveLength(24);
    // Every target at once, as a queue with many consumers delivers them.
    await Promise.all(queue.sent.map((m) => attemptTarget(deps, m.targetId)));
    const settled = await Promise.all(posts.map((p) => getSocialPost(deps, scope, p.id)));
    expect(settled.map((p) => p.status)).toEqual(posts.map(() => 'published'));
    // This test's clock is years ahead, so every attempt found its token expiring: the refreshes of
    // one account took turns, and no rotated refresh token was presented twice.
    const after = await listSocialAccounts(deps, scope);
    expect(after.map((a) => a.status)).toEqual(['connected', 'connected', 'connected']);
  });

  it('retries 429s after Retry-After and 503s with backoff, and keeps a permanent refusal’s message', async () => {
    const deps = deps0();
    const scope = await createTestOrg(deps);
    const [mastodon, x] = await Promise.all([connect(deps, scope, 'mastodon'), connect(deps, scope, 'x')]);
    standin.fail({ network: 'mastodon', status: 429, retryAfter: 300 });
    standin.fail({
      network: 'x',
      status: 403,
      message: 'You are not permitted to create a post with this content.',
    });
    const post = await createSocialPost(deps, scope, testActor, {
      text: 'Kiln opening Saturday',
      accountIds: [mastodon.id, x.id],
      scheduledAt: 'now',
    });
    const first = await cronAndDeliver(deps, scope);
    expect(first.outcomes).toEqual(
      expect.arrayContaining([
        { kind: 'retry', delaySeconds: 300, status: 429 },
        { kind: 'failed', status: 403, message: 'You are not permitted to create a post with this content.' },
      ]),
    );
    // Not due yet: the next minute does nothing.
    clock += 60_000;
    expect((await cronAndDeliver(deps, scope)).messages).toHaveLength(0);
    standin.fail({ network: 'mastodon', status: 503 });
    clock += 300_000;
    expect((await cronAndDeliver(deps, scope)).outcomes).toEqual([
      { kind: 'retry', delaySeconds: 60, status: 503 },
    ]);
    clock += 60_000;
    expect((await cronAndDeliver(deps, scope)).outcomes[0]).toMatchObject({ kind: 'published' });
    const done = await getSocialPost(deps, scope, post.id);
    expect(done.status).toBe('partially_failed');
    expect(done.targets.find((t) => t.network === 'x')).toMatchObject({
      status: 'failed',
      lastError: 'You are not permitted to create a post with this content.',
    });
    expect(done.targets.find((t) => t.network === 'mastodon')).toMatchObject({
      status: 'published',
      attempts: 3,
    });
    expect(standin.posts()).toHaveLength(1);
  });

  it('a lost answer is not posted twice: Mastodon repeats its Idempotency-Key, Bluesky finds its record key, X asks the creator', async () => {
    const { deps, scope, post } = await threeNetworkPost('Open studio tonight', () => {
      for (const network of ['bluesky', 'mastodon', 'x'] as const)
        standin.fail({ network, status: 0, drop: true });
    });
    const first = await cronAndDeliver(deps, scope);
    // Each network made the post, but no answer came back.
    expect(standin.posts()).toHaveLength(3);
    expect(first.outcomes.map((o) => o.kind).sort()).toEqual(['retry', 'retry', 'unconfirmed']);
    clock += 120_000;
    const second = await cronAndDeliver(deps, scope, 2);
    expect(second.outcomes.filter((o) => o.kind === 'published')).toEqual([
      expect.objectContaining({ reconciled: expect.any(Boolean) }),
      expect.objectContaining({ reconciled: expect.any(Boolean) }),
    ]);
    expect(publishedNetworks()).toEqual(['bluesky', 'mastodon', 'x']);
    const view = await getSocialPost(deps, scope, post.id);
    expect(view.status).toBe('publishing');
    const xTarget = view.targets.find((t) => t.network === 'x')!;
    expect(xTarget.status).toBe('unconfirmed');
    expect(xTarget.lastError).toMatch(/confirm/);
    // The creator looked: it is there.
    const confirmed = await confirmSocialTarget(deps, scope, testActor, post.id, xTarget.id, {
      posted: true,
      url: `https://x.com/alice_makes/status/${standin.posts('x')[0]!.id}`,
    });
    expect(confirmed.status).toBe('published');
    expect(standin.posts()).toHaveLength(3);
  });

  it('a consumer that died after the network accepted does not post twice when its lease runs out', async () => {
    const { deps, scope, post } = await threeNetworkPost('Firing day');
    await runSocialCron(deps, deps.now(), memoryQueue(), { organizationId: scope.orgId });
    // What a consumer leaves behind when it dies right after the network accepted the post: the
    // network has it under the target's nonce, the row is claimed and `sending`.
    for (const t of post.targets) {
      const row = await targetRow(t.id, deps);
      const [acc] = await dbOf(deps).select().from(socialAccounts).where(eq(socialAccounts.id, t.accountId));
      const ctx = await accountContextOf(deps, acc!);
      await adapters[t.network].publish(ctx, {
        accessToken: (await unsealTokens(deps, acc!)).accessToken,
        account: { externalId: acc!.externalId, handle: acc!.handle },
        text: 'Firing day',
        media: [],
        nonce: row.nonce!,
        beforeSend: async () => {},
      });
      await dbOf(deps)
        .update(socialPostTargets)
        .set({ status: 'publishing', phase: 'sending', attempts: 1, leaseUntil: new Date(clock + leaseMs) })
        .where(eq(socialPostTargets.id, t.id));
    }
    // While the lease runs, nothing is queued again; after it, the sweep finds the targets.
    expect((await cronAndDeliver(deps, scope)).messages).toHaveLength(0);
    clock += leaseMs + 1000;
    const { outcomes } = await cronAndDeliver(deps, scope, 2);
    expect(outcomes.filter((o) => o.kind === 'published')).toHaveLength(2);
    expect(outcomes.filter((o) => o.kind === 'unconfirmed')).toHaveLength(1);
    expect(publishedNetworks()).toEqual(['bluesky', 'mastodon', 'x']);
    const view = await getSocialPost(deps, scope, post.id);
    const bsky = view.targets.find((t) => t.network === 'bluesky')!;
    expect(bsky.externalUrl).toContain(standin.posts('bluesky')[0]!.rkey!);
  });

  it('refreshes a token before it expires and once after a 401, and asks to reconnect when the refresh is refused', async () => {
    const deps = deps0();
    const scope = await createTestOrg(deps);
    const x = await connect(deps, scope, 'x');
    const bsky = await connect(deps, scope, 'bluesky');
    // X's token is about to expire by our record; Bluesky's was revoked early at the network.
    await dbOf(deps)
      .update(socialAccounts)
      .set({ tokenExpiresAt: new Date(clock + 60_000) })
      .where(eq(socialAccounts.id, x.id));
    await dbOf(deps)
      .update(socialAccounts)
      .set({ tokenExpiresAt: new Date(clock + 3600_000) })
      .where(eq(socialAccounts.id, bsky.id));
    standin.expireTokens('bluesky');
    const before = await unsealTokens(
      deps,
      (await dbOf(deps).select().from(socialAccounts).where(eq(socialAccounts.id, x.id)))[0]!,
    );
    await createSocialPost(deps, scope, testActor, {
      text: 'Glaze test tiles',
      accountIds: [x.id, bsky.id],
      scheduledAt: 'now',
    });
    const { outcomes } = await cronAndDeliver(deps, scope);
    expect(outcomes.map((o) => o.kind)).toEqual(['published', 'published']);
    const calls = standin.requests();
    expect(calls.indexOf('POST /x/2/oauth2/token')).toBeLessThan(calls.indexOf('POST /x/2/tweets'));
    expect(calls.filter((c) => c === 'POST /bluesky/xrpc/com.atproto.repo.createRecord')).toHaveLength(2);
    const after = await unsealTokens(
      deps,
      (await dbOf(deps).select().from(socialAccounts).where(eq(socialAccounts.id, x.id)))[0]!,
    );
    expect(after.accessToken).not.toBe(before.accessToken);
    expect(after.refreshToken).not.toBe(before.refreshToken);
    // The network's new token lives two hours (the stand-in's clock is the real one).
    expect(Math.abs(after.expiresAt!.getTime() - (Date.now() + 7200_000))).toBeLessThan(60_000);

    // A refresh token the network no longer takes: the account needs a new authorization.
    await dbOf(deps)
      .update(socialAccounts)
      .set({ refreshToken: await deps.secrets.encrypt('x_rt_revoked'), tokenExpiresAt: new Date(clock) })
      .where(eq(socialAccounts.id, x.id));
    const post = await createSocialPost(deps, scope, testActor, {
      text: 'Second post',
      accountIds: [x.id],
      scheduledAt: 'now',
    });
    expect((await cronAndDeliver(deps, scope)).outcomes[0]).toMatchObject({ kind: 'failed', status: 401 });
    expect((await listSocialAccounts(deps, scope)).find((a) => a.id === x.id)).toMatchObject({
      status: 'needs_reauth',
      lastError: expect.stringMatching(/refresh token/),
    });
    expect((await getSocialPost(deps, scope, post.id)).status).toBe('failed');
  });

  it('publishes to Instagram through a media container, and refuses a post without an image', async () => {
    const deps = deps0();
    const stored = new Map<string, Uint8Array>();
    deps.media = {
      put: async () => {},
      delete: async () => {},
      get: async (key: string) => {
        const bytes = stored.get(key);
        return bytes ? { text: async () => '', arrayBuffer: async () => bytes.buffer as ArrayBuffer } : null;
      },
    };
    const scope = await createTestOrg(deps);
    const potKey = `social/${scope.orgId}/posts/pot.jpg`;
    stored.set(potKey, new Uint8Array([0xff, 0xd8, 0xff]));
    const ig = await connect(deps, scope, 'instagram');
    expect(
      await failureOf(
        createSocialPost(deps, scope, testActor, {
          text: 'No picture',
          accountIds: [ig.id],
          scheduledAt: 'now',
        }),
      ),
    ).toEqual([422, 'validation_failed', 'media_required_instagram']);
    // Instagram's content publishing takes JPEG only.
    expect(
      await failureOf(
        createSocialPost(deps, scope, testActor, {
          text: 'A PNG',
          accountIds: [ig.id],
          media: [{ key: `social/${scope.orgId}/posts/pot.png`, alt: '', contentType: 'image/png' }],
          scheduledAt: 'now',
        }),
      ),
    ).toEqual([422, 'validation_failed', 'image_type_instagram']);
    const post = await createSocialPost(deps, scope, testActor, {
      text: 'Fresh from the kiln',
      accountIds: [ig.id],
      media: [{ key: potKey, alt: 'A blue pot', contentType: 'image/jpeg' }],
      scheduledAt: 'now',
    });
    expect((await cronAndDeliver(deps, scope, 2)).outcomes.map((o) => o.kind)).toEqual([
      'published',
      'skipped',
    ]);
    expect(standin.posts('instagram')).toEqual([
      expect.objectContaining({
        text: 'Fresh from the kiln',
        media: [`http://mewayz.localhost:8787/media/${potKey}`],
      }),
    ]);
    expect((await getSocialPost(deps, scope, post.id)).targets[0]!.externalUrl).toMatch(/\/instagram\/p\//);
  });

  it('checks every network’s length, and a canceled post is never published', async () => {
    const deps = deps0();
    const scope = await createTestOrg(deps);
    const [x, bsky] = await Promise.all([connect(deps, scope, 'x'), connect(deps, scope, 'bluesky')]);
    expect(
      await failureOf(
        createSocialPost(deps, scope, testActor, { text: '陶'.repeat(141), accountIds: [x.id, bsky.id] }),
      ),
    ).toEqual([422, 'validation_failed', 'too_long_x']);
    // The same text fits once X has its own variant.
    const post = await createSocialPost(deps, scope, testActor, {
      text: '陶'.repeat(141),
      variants: { x: '陶芸' },
      accountIds: [x.id, bsky.id],
      scheduledAt: new Date(clock + 120_000).toISOString(),
    });
    expect((await cancelSocialPost(deps, scope, testActor, post.id)).status).toBe('canceled');
    clock += 180_000;
    expect((await cronAndDeliver(deps, scope)).messages).toHaveLength(0);
    expect(standin.posts()).toHaveLength(0);
  });
});

describe('deployments without a network', () => {
  it('a Worker without X’s app neither queues nor claims X targets, and leaves them to one that has it', async () => {
    const deps = deps0();
    const scope = await createTestOrg(deps);
    const x = await connect(deps, scope, 'x');
    const post = await createSocialPost(deps, scope, testActor, {
      text: 'Only X',
      accountIds: [x.id],
      scheduledAt: 'now',
    });
    const bare = { ...deps, social: { ...deps.social, apps: {} } };
    expect((await cronAndDeliver(bare, scope)).messages).toHaveLength(0);
    expect(await attemptTarget(bare, post.targets[0]!.id)).toEqual({ kind: 'skipped' });
    expect((await cronAndDeliver(deps, scope)).outcomes).toEqual([
      expect.objectContaining({ kind: 'published' }),
    ]);
  });
});

describe('engagement', () => {
  it('syncs likes, reposts, replies and impressions of recent posts', async () => {
    const { deps, scope, post } = await threeNetworkPost('Stats please');
    await cronAndDeliver(deps, scope);
    for (const [i, p] of standin.posts().entries())
      standin.engage(p.id, { likes: 10 + i, reposts: 2, replies: 1, impressions: 500 });
    expect(await syncSocialStats(deps, deps.now(), { organizationId: scope.orgId })).toEqual({
      synced: 3,
      failed: 0,
    });
    // Synced a moment ago: not again until 15 minutes pass.
    expect(await syncSocialStats(deps, deps.now(), { organizationId: scope.orgId })).toEqual({
      synced: 0,
      failed: 0,
    });
    const view = await getSocialPost(deps, scope, post.id);
    const byNetwork = Object.fromEntries(view.targets.map((t) => [t.network, t.stats]));
    expect(byNetwork.x).toMatchObject({
      likes: expect.any(Number),
      reposts: 2,
      replies: 1,
      impressions: 500,
    });
    expect(byNetwork.bluesky).toMatchObject({ reposts: 2, replies: 1, impressions: null });
    expect(byNetwork.mastodon).toMatchObject({ reposts: 2, replies: 1, impressions: null });
    expect(view.targets.map((t) => t.stats.likes).sort()).toEqual([10, 11, 12]);
  });
});
