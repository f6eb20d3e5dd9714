import { createHash } from 'node:crypto';
import type { PublishNetwork } from '@mewayz/contracts';
import { socialPostTargets } from '@mewayz/db/schema';
import {
  connectStandinAccount,
  createTestOrg,
  failureOf,
  memoryBucket,
  type SocialStandin,
  socialDeps,
  startSocialStandin,
  testActor,
  tinyMp4,
} from '@mewayz/testing';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { dbOf } from '../data/db-handle.ts';
import type { TenantScope } from '../tenancy/scope.ts';
import type { SocialDeps } from './accounts.ts';
import { createSocialPost, getSocialPost } from './posts.ts';
import { attemptTarget, runSocialCron, videoLeaseMs } from './publish.ts';

/**
 * Posts with a video against the devstack stand-in over real HTTP: X's chunked upload (a failed
 * segment repeated, processing polled, processing that fails), alt text on X, Mastodon's 202 and
 * polling, Instagram's REELS container, exactly once when a message comes again mid-upload, and the
 * per-network checks before a post is accepted.
 */
let standin: SocialStandin;
let clock = 0;

beforeAll(async () => {
  standin = await startSocialStandin({ port: 0 });
});
afterAll(() => standin.close());
beforeEach(() => {
  standin.reset();
  // Ten years ahead, like social.test.ts: no other file's cron finds these posts due.
  clock = Date.now() + 10 * 365 * 86_400_000;
});

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

async function setup(networks: PublishNetwork[]) {
  const bucket = memoryBucket();
  const deps: SocialDeps = { ...socialDeps(standin, () => new Date(clock)), media: bucket };
  const scope = await createTestOrg(deps);
  const accounts = await Promise.all(networks.map((n) => connectStandinAccount(deps, scope, standin, n)));
  return { deps, scope, bucket, accounts };
}

async function storeVideo(bucket: ReturnType<typeof memoryBucket>, scope: TenantScope, bytes: Uint8Array) {
  const key = `social/${scope.orgId}/posts/v${Math.random().toString(36).slice(2)}.mp4`;
  await bucket.put(key, bytes, { httpMetadata: { contentType: 'video/mp4' } });
  return key;
}

async function dueTargets(deps: SocialDeps, scope: TenantScope) {
  const sent: string[] = [];
  await runSocialCron(deps, deps.now(), {
    async sendBatch(messages) {
      for (const m of messages) sent.push(m.body.targetId);
    },
  });
  const mine = await dbOf(deps)
    .select({ id: socialPostTargets.id })
    .from(socialPostTargets)
    .where(eq(socialPostTargets.organizationId, scope.orgId));
  return sent.filter((id) => mine.some((t) => t.id === id));
}

const count = (method: string, suffix: RegExp) =>
  standin.requests().filter((r) => r.startsWith(`${method} `) && suffix.test(r)).length;

describe('video posts', () => {
  it('uploads a video to X in chunks, repeats a failed segment, waits for processing, and sets its alt text', async () => {
    const { deps, scope, bucket, accounts } = await setup(['x']);
    // Three segments of at most 4 MB.
    const bytes = tinyMp4({ seconds: 12, mediaBytes: 9 * 1024 * 1024 });
    const key = await storeVideo(bucket, scope, bytes);
    standin.fail({ network: 'x', status: 503, at: 'append', message: 'Over capacity' });
    standin.processing({ network: 'x', polls: 2 });
    const post = await createSocialPost(deps, scope, testActor, {
      text: 'Throwing a bowl, start to finish',
      accountIds: [accounts[0]!.id],
      media: [{ key, contentType: 'video/mp4', alt: 'Hands shaping clay on a wheel' }],
      scheduledAt: 'now',
    });
    const [target] = await dueTargets(deps, scope);
    expect(await attemptTarget(deps, target!)).toMatchObject({ kind: 'published' });
    expect(count('POST', /\/x\/2\/media\/upload\/\d+\/append$/)).toBe(4);
    // Pending after FINALIZE, in progress twice, then succeeded.
    expect(count('GET', /\/x\/2\/media\/upload$/)).toBe(3);
    expect(standin.posts('x')).toEqual([
      expect.objectContaining({
        text: 'Throwing a bowl, start to finish',
        images: [
          {
            contentType: 'video/mp4',
            bytes: bytes.length,
            sha256: sha256(bytes),
            alt: 'Hands shaping clay on a wheel',
          },
        ],
      }),
    ]);
    expect((await getSocialPost(deps, scope, post.id)).status).toBe('published');
  });

  it('sets alt text on an X image too', async () => {
    const { deps, scope, bucket, accounts } = await setup(['x']);
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
    const key = `social/${scope.orgId}/posts/a.png`;
    await bucket.put(key, png, { httpMetadata: { contentType: 'image/png' } });
    await createSocialPost(deps, scope, testActor, {
      text: 'Glaze test tiles',
      accountIds: [accounts[0]!.id],
      media: [{ key, contentType: 'image/png', alt: 'Six glaze tiles in blues' }],
      scheduledAt: 'now',
    });
    const [target] = await dueTargets(deps, scope);
    expect(await attemptTarget(deps, target!)).toMatchObject({ kind: 'published' });
    expect(standin.posts('x')[0]!.images).toEqual([
      { contentType: 'image/png', bytes: png.length, sha256: sha256(png), alt: 'Six glaze tiles in blues' },
    ]);
  });

  it('fails for good with X’s message when processing fails, and posts nothing', async () => {
    const { deps, scope, bucket, accounts } = await setup(['x']);
    const key = await storeVideo(bucket, scope, tinyMp4({ seconds: 5 }));
    standin.processing({ network: 'x', fail: 'Unsupported video codec' });
    const post = await createSocialPost(deps, scope, testActor, {
      text: 'A broken video',
      accountIds: [accounts[0]!.id],
      media: [{ key, contentType: 'video/mp4', alt: '' }],
      scheduledAt: 'now',
    });
    const [target] = await dueTargets(deps, scope);
    expect(await attemptTarget(deps, target!)).toMatchObject({ kind: 'failed', status: 400 });
    const got = await getSocialPost(deps, scope, post.id);
    expect(got.status).toBe('failed');
    expect(got.targets[0]).toMatchObject({ status: 'failed', attempts: 1 });
    expect(got.targets[0]!.lastError).toContain('Unsupported video codec');
    expect(standin.posts('x')).toHaveLength(0);
  });

  it('publishes once when the message comes again mid-upload, and when the lease runs out mid-upload', async () => {
    const { deps, scope, bucket, accounts } = await setup(['x']);
    const key = await storeVideo(bucket, scope, tinyMp4({ seconds: 20, mediaBytes: 64 * 1024 }));
    standin.processing({ network: 'x', polls: 2 });
    const post = await createSocialPost(deps, scope, testActor, {
      text: 'Kiln opening, live',
      accountIds: [accounts[0]!.id],
      media: [{ key, contentType: 'video/mp4', alt: '' }],
      scheduledAt: 'now',
    });
    const [target] = await dueTargets(deps, scope);
    const first = attemptTarget(deps, target!);
    // The first attempt is waiting for X to process the video.
    await expect.poll(() => count('POST', /\/finalize$/), { timeout: 10_000 }).toBe(1);
    // A duplicate delivery finds it claimed.
    expect(await attemptTarget(deps, target!)).toEqual({ kind: 'skipped' });
    // Later than the video lease, another consumer takes the target over and publishes; the first
    // attempt then finds its claim gone and does not post.
    const later: SocialDeps = { ...deps, now: () => new Date(clock + videoLeaseMs + 60_000) };
    const [a, b] = await Promise.all([first, attemptTarget(later, target!)]);
    expect([a.kind, b.kind].sort()).toEqual(['published', 'skipped']);
    expect(standin.posts('x')).toHaveLength(1);
    const got = await getSocialPost(deps, scope, post.id);
    expect(got.targets[0]).toMatchObject({ status: 'published', attempts: 2 });
  });

  it('uploads a video to Mastodon, waiting while it processes (202, then polls)', async () => {
    const { deps, scope, bucket, accounts } = await setup(['mastodon']);
    const bytes = tinyMp4({ seconds: 30, mediaBytes: 200_000 });
    const key = await storeVideo(bucket, scope, bytes);
    standin.processing({ network: 'mastodon', polls: 1 });
    await createSocialPost(deps, scope, testActor, {
      text: 'Trimming a foot ring',
      accountIds: [accounts[0]!.id],
      media: [{ key, contentType: 'video/mp4', alt: 'A trimming tool cutting a ring' }],
      scheduledAt: 'now',
    });
    const [target] = await dueTargets(deps, scope);
    expect(await attemptTarget(deps, target!)).toMatchObject({ kind: 'published' });
    expect(count('GET', /\/mastodon\/api\/v1\/media\/\d+$/)).toBe(2);
    expect(standin.posts('mastodon')[0]!.images).toEqual([
      {
        contentType: 'video/mp4',
        bytes: bytes.length,
        sha256: sha256(bytes),
        alt: 'A trimming tool cutting a ring',
      },
    ]);
  });

  it('publishes a Reel on Instagram after its container finishes, once under redelivery; a container error fails', async () => {
    const { deps, scope, bucket, accounts } = await setup(['instagram']);
    const key = await storeVideo(bucket, scope, tinyMp4({ seconds: 45 }));
    standin.processing({ network: 'instagram', polls: 2 });
    await createSocialPost(deps, scope, testActor, {
      text: 'Studio tour',
      accountIds: [accounts[0]!.id],
      media: [{ key, contentType: 'video/mp4', alt: '' }],
      scheduledAt: 'now',
    });
    const [target] = await dueTargets(deps, scope);
    const outcomes = await Promise.all([attemptTarget(deps, target!), attemptTarget(deps, target!)]);
    expect(outcomes.map((o) => o.kind).sort()).toEqual(['published', 'skipped']);
    expect(standin.posts('instagram')).toEqual([
      expect.objectContaining({ text: 'Studio tour', media: [`http://mewayz.localhost:8787/media/${key}`] }),
    ]);

    standin.processing({ network: 'instagram', fail: 'ERROR: The video’s aspect ratio is not supported' });
    const bad = await createSocialPost(deps, scope, testActor, {
      text: 'Too wide',
      accountIds: [accounts[0]!.id],
      media: [{ key, contentType: 'video/mp4', alt: '' }],
      scheduledAt: 'now',
    });
    const badTarget = (await getSocialPost(deps, scope, bad.id)).targets[0]!.id;
    await runSocialCron(deps, deps.now(), { sendBatch: async () => {} });
    expect(await attemptTarget(deps, badTarget)).toMatchObject({ kind: 'failed', status: 400 });
    expect((await getSocialPost(deps, scope, bad.id)).targets[0]!.lastError).toContain('aspect ratio');
    expect(standin.posts('instagram')).toHaveLength(1);
  });

  it('posts a video to Bluesky as a blob on the PDS embedded as app.bsky.embed.video', async () => {
    const { deps, scope, bucket, accounts } = await setup(['bluesky']);
    const bytes = tinyMp4({ seconds: 30, mediaBytes: 300_000 });
    const key = await storeVideo(bucket, scope, bytes);
    const post = await createSocialPost(deps, scope, testActor, {
      text: 'Trimming a foot ring',
      accountIds: [accounts[0]!.id],
      media: [{ key, contentType: 'video/mp4', alt: 'A trimming tool on a turning bowl' }],
      scheduledAt: 'now',
    });
    const [target] = await dueTargets(deps, scope);
    // Delivered twice: one post. (The stand-in refuses a video inside an images embed, as the lexicon does.)
    expect(await attemptTarget(deps, target!)).toMatchObject({ kind: 'published' });
    expect(await attemptTarget(deps, target!)).toMatchObject({ kind: 'skipped' });
    expect(standin.posts('bluesky')).toEqual([
      expect.objectContaining({
        text: 'Trimming a foot ring',
        images: [
          {
            contentType: 'video/mp4',
            bytes: bytes.length,
            sha256: sha256(bytes),
            alt: 'A trimming tool on a turning bowl',
          },
        ],
      }),
    ]);
    expect((await getSocialPost(deps, scope, post.id)).status).toBe('published');
  });

  it('refuses, before scheduling, what a network would refuse — naming the network and its limit', async () => {
    const { deps, scope, bucket, accounts } = await setup(['x', 'bluesky', 'mastodon', 'instagram']);
    const [x, bsky, masto, ig] = accounts.map((a) => a.id);
    const ok = await storeVideo(bucket, scope, tinyMp4({ seconds: 10 }));
    const long = await storeVideo(bucket, scope, tinyMp4({ seconds: 141 }));
    const big = await storeVideo(bucket, scope, tinyMp4({ seconds: 10, mediaBytes: 41 * 1024 * 1024 }));
    const huge = await storeVideo(bucket, scope, tinyMp4({ seconds: 10, mediaBytes: 51 * 1024 * 1024 }));
    const notMp4 = `social/${scope.orgId}/posts/fake.mp4`;
    await bucket.put(notMp4, new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]), {
      httpMetadata: { contentType: 'image/png' },
    });
    const video = (key: string) => [{ key, contentType: 'video/mp4' as const, alt: '' }];
    const attempt = (accountIds: string[], media: unknown) =>
      createSocialPost(deps, scope, testActor, {
        text: 'A video',
        accountIds,
        media: media as never,
        scheduledAt: 'now',
      }).catch((e) => e);
    const threeMinutes = await storeVideo(bucket, scope, tinyMp4({ seconds: 181 }));
    const bluesky = await attempt([bsky!, masto!], video(threeMinutes));
    expect([bluesky.status, bluesky.details]).toEqual([
      422,
      [
        {
          path: 'media.0',
          code: 'video_too_long_bluesky',
          message: 'Bluesky takes videos up to 3 minutes; this one is 181 seconds',
        },
      ],
    ]);
    const tooLong = await attempt([x!, ig!], video(long));
    expect(tooLong.details).toEqual([
      {
        path: 'media.0',
        code: 'video_too_long_x',
        message: 'X takes videos up to 140 seconds; this one is 141 seconds',
      },
    ]);
    expect((await attempt([masto!, x!], video(big))).details.map((d: { code: string }) => d.code)).toEqual([
      'video_too_big_mastodon',
    ]);
    expect((await attempt([x!], video(huge))).details.map((d: { code: string }) => d.code)).toEqual([
      'video_too_big',
    ]);
    expect(await failureOf(attempt([x!], video(notMp4)).then((e) => Promise.reject(e)))).toEqual([
      422,
      'validation_failed',
      'media_type_mismatch',
    ]);
    expect(
      await failureOf(
        attempt([x!], [...video(ok), { key: ok, contentType: 'image/png', alt: '' }]).then((e) =>
          Promise.reject(e),
        ),
      ),
    ).toEqual([422, 'validation_failed', 'mixed_media']);
    expect(
      await failureOf(
        attempt([x!], video(`social/${scope.orgId}/posts/gone.mp4`)).then((e) => Promise.reject(e)),
      ),
    ).toEqual([422, 'validation_failed', 'media_missing']);
    // Within every limit: accepted.
    expect((await attempt([x!, masto!, ig!], video(ok))).status).toBe('scheduled');
    expect(standin.posts()).toHaveLength(0);
  });
});
