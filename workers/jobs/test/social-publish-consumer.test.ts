import { socialService } from '@mewayz/core';
import { dbOf } from '@mewayz/core/admin';
import { socialAccounts, socialPostTargets } from '@mewayz/db/schema';
import {
  connectStandinAccount,
  createTenant,
  type EdgeHarness,
  eventually,
  type SocialStandin,
  socialDeps,
  socialStandinVars,
  startEdge,
  startSocialStandin,
  type Tenant,
  testActor,
} from '@mewayz/testing';
import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The `social-publish` queue in workerd: the jobs Worker's cron queues due targets, its consumer
 * publishes them to the devstack stand-in of the networks over real HTTP. Redelivered messages,
 * injected 503s and lost answers must not post twice.
 */
let edge: EdgeHarness;
let standin: SocialStandin;
let tenant: Tenant;
let deps: socialService.SocialDeps;
let accounts: { id: string; network: string }[];

beforeAll(async () => {
  standin = await startSocialStandin({ port: 0 });
  deps = socialDeps(standin);
  tenant = await createTenant(deps, 'Social publishing org');
  // The cron acts on this file's organization only: other files' due posts are theirs to publish.
  edge = await startEdge({
    jobsVars: { ...socialStandinVars(standin), CRON_ORGANIZATION: tenant.organization.id },
  });
  accounts = [];
  for (const n of ['bluesky', 'mastodon', 'x'] as const)
    accounts.push(await connectStandinAccount(deps, tenant.scope, standin, n));
});
afterAll(async () => {
  await edge?.dispose();
  await standin?.close();
});

const targetsOf = (postId: string) =>
  dbOf(deps).select().from(socialPostTargets).where(eq(socialPostTargets.postId, postId));
const postsWith = (text: string) => standin.posts().filter((p) => p.text === text);

async function scheduleNow(text: string) {
  return socialService.createSocialPost(deps, tenant.scope, testActor, {
    text,
    accountIds: accounts.map((a) => a.id),
    scheduledAt: 'now',
  });
}

/** Time passes for the targets that wait for a retry: they are due now. */
async function makeRetriesDue(postId: string) {
  await dbOf(deps)
    .update(socialPostTargets)
    .set({ nextAttemptAt: new Date(Date.now() - 1000) })
    .where(eq(socialPostTargets.postId, postId));
}

describe('social publishing through the queue (workerd)', { timeout: 60_000 }, () => {
  it('publishes a due post once per network, also when its messages are delivered again', async () => {
    const post = await scheduleNow('Wheel-throwing class tonight');
    await edge.scheduled('* * * * *');
    await eventually(async () => (await targetsOf(post.id)).every((t) => t.status === 'published'));
    expect(
      postsWith('Wheel-throwing class tonight')
        .map((p) => p.network)
        .sort(),
    ).toEqual(['bluesky', 'mastodon', 'x']);
    const producer = await edge.mf.getQueueProducer('SOCIAL_PUBLISH', 'jobs');
    for (const t of await targetsOf(post.id)) {
      await producer.send({ targetId: t.id });
      await producer.send({ targetId: t.id });
    }
    await edge.scheduled('* * * * *');
    await new Promise((r) => setTimeout(r, 2500));
    expect(postsWith('Wheel-throwing class tonight')).toHaveLength(3);
    const view = await socialService.getSocialPost(deps, tenant.scope, post.id);
    expect(view.status).toBe('published');
    expect(view.targets.map((t) => t.attempts)).toEqual([1, 1, 1]);
  });

  it('retries a 503 and a 429 later, and keeps a permanent refusal with the network’s message', async () => {
    standin.fail({ network: 'mastodon', status: 503 });
    standin.fail({ network: 'bluesky', status: 429, retryAfter: 90 });
    standin.fail({ network: 'x', status: 403, message: 'Your account is temporarily locked.' });
    const post = await scheduleNow('Glaze chemistry notes');
    await edge.scheduled('* * * * *');
    await eventually(async () =>
      (await targetsOf(post.id)).every((t) => t.status !== 'publishing' && t.attempts === 1),
    );
    const first = Object.fromEntries((await targetsOf(post.id)).map((t) => [t.network, t]));
    expect(first.mastodon).toMatchObject({ status: 'pending', lastStatus: 503 });
    expect(first.bluesky).toMatchObject({ status: 'pending', lastStatus: 429 });
    // Retry-After 90 s beats the first backoff step (30 s).
    const wait = first.bluesky!.nextAttemptAt!.getTime() - first.bluesky!.updatedAt.getTime();
    expect(wait).toBeGreaterThanOrEqual(89_000);
    expect(first.x).toMatchObject({
      status: 'failed',
      lastStatus: 403,
      lastError: 'Your account is temporarily locked.',
    });
    expect(postsWith('Glaze chemistry notes')).toHaveLength(0);

    await makeRetriesDue(post.id);
    await edge.scheduled('* * * * *');
    await eventually(
      async () => (await targetsOf(post.id)).filter((t) => t.status === 'published').length === 2,
    );
    expect(
      postsWith('Glaze chemistry notes')
        .map((p) => p.network)
        .sort(),
    ).toEqual(['bluesky', 'mastodon']);
    expect((await socialService.getSocialPost(deps, tenant.scope, post.id)).status).toBe('partially_failed');
  });

  it('a lost answer is reconciled on the next attempt instead of posted again', async () => {
    for (const network of ['bluesky', 'mastodon', 'x'] as const)
      standin.fail({ network, status: 0, drop: true });
    const post = await scheduleNow('Studio sale this weekend');
    await edge.scheduled('* * * * *');
    await eventually(async () =>
      (await targetsOf(post.id)).every((t) => t.status !== 'publishing' && t.attempts === 1),
    );
    // Every network has the post; none of their answers arrived.
    expect(postsWith('Studio sale this weekend')).toHaveLength(3);
    await makeRetriesDue(post.id);
    await edge.scheduled('* * * * *');
    await eventually(
      async () => (await targetsOf(post.id)).filter((t) => t.status === 'published').length === 2,
    );
    const targets = await targetsOf(post.id);
    expect(targets.find((t) => t.network === 'x')).toMatchObject({ status: 'unconfirmed' });
    expect(postsWith('Studio sale this weekend')).toHaveLength(3);
    const ids = targets.map((t) => t.id);
    expect(
      (await dbOf(deps).select().from(socialPostTargets).where(inArray(socialPostTargets.id, ids))).length,
    ).toBe(3);
  });

  it('the five-minute cron renews an Instagram token that ends within a week', async () => {
    const instagram = await connectStandinAccount(deps, tenant.scope, standin, 'instagram');
    const endsSoon = new Date(Date.now() + 2 * 86_400_000);
    await dbOf(deps)
      .update(socialAccounts)
      .set({ tokenExpiresAt: endsSoon })
      .where(eq(socialAccounts.id, instagram.id));
    const row = async () =>
      (await dbOf(deps).select().from(socialAccounts).where(eq(socialAccounts.id, instagram.id)))[0]!;
    // The minute cron leaves it: renewal is the five-minute cron's.
    await edge.scheduled('* * * * *');
    expect((await row()).tokenExpiresAt).toEqual(endsSoon);
    await edge.scheduled('*/5 * * * *');
    const renewed = await row();
    expect(renewed.status).toBe('connected');
    expect(renewed.tokenExpiresAt!.getTime() - Date.now()).toBeGreaterThan(59 * 86_400_000);
    expect(standin.requests()).toContain('GET /instagram/refresh_access_token');
  });
});
