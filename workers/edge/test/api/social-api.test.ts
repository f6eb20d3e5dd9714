import { createHash } from 'node:crypto';
import { socialService } from '@mewayz/core';
import {
  addMemberWithToken,
  connectStandinAccount,
  createTenant,
  type EdgeHarness,
  eventually,
  type SocialStandin,
  socialDeps,
  socialStandinVars,
  startEdge,
  startSocialStandin,
  storedPublishedPosts,
  storedSocialAccount,
  type Tenant,
  tinyMp4,
} from '@mewayz/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from './helpers.ts';

/**
 * `/api/v1/social/*` in workerd: publish now through the API (the edge queues, the jobs Worker
 * posts to the stand-in), per-network refusals, and hostile input that must answer 4xx, never 5xx.
 */
let edge: EdgeHarness;
let standin: SocialStandin;
let owner: Tenant;
let deps: socialService.SocialDeps;
const accounts: Record<string, string> = {};

beforeAll(async () => {
  standin = await startSocialStandin({ port: 0 });
  const vars = socialStandinVars(standin);
  edge = await startEdge({
    edgeVars: { ...vars, API_RATE_LIMIT_PER_IP: '100000', API_RATE_LIMIT_PER_TOKEN: '100000' },
    jobsVars: vars,
  });
  deps = socialDeps(standin);
  owner = await createTenant(deps, 'Social API');
  for (const n of ['bluesky', 'mastodon', 'x', 'instagram'] as const)
    accounts[n] = (await connectStandinAccount(deps, owner.scope, standin, n)).id;
});
afterAll(async () => {
  await edge?.dispose();
  await standin?.close();
});

const post = (body: unknown, token = owner.token) => call(edge, 'POST', '/social/posts', { token, body });

describe('social API', () => {
  it('publishes now to every chosen network once, and shows each network’s status and link', async () => {
    const text = 'Kiln is open — https://example.com/kiln-open';
    const res = await post({
      text,
      accountIds: [accounts.bluesky, accounts.mastodon, accounts.x],
      scheduledAt: 'now',
    });
    expect(res.status, res.text).toBe(201);
    const id = res.body.data.id as string;
    expect(res.body.data.text).not.toContain('example.com');
    await eventually(
      async () =>
        (await call(edge, 'GET', `/social/posts/${id}`, { token: owner.token })).body.data.status ===
        'published',
    );
    const got = await call(edge, 'GET', `/social/posts/${id}`, { token: owner.token });
    expect(got.body.data.targets).toHaveLength(3);
    for (const t of got.body.data.targets)
      expect(t).toMatchObject({ status: 'published', attempts: 1, lastError: null });
    expect(
      standin
        .posts()
        .map((p) => p.network)
        .sort(),
    ).toEqual(['bluesky', 'mastodon', 'x']);
    const list = await call(edge, 'GET', '/social/posts?status=published', { token: owner.token });
    expect(list.body.data.map((p: { id: string }) => p.id)).toContain(id);
    const accountsRes = await call(edge, 'GET', '/social/accounts', { token: owner.token });
    expect(accountsRes.body.data.map((a: { network: string }) => a.network).sort()).toEqual([
      'bluesky',
      'instagram',
      'mastodon',
      'x',
    ]);
    expect(accountsRes.text).not.toMatch(/_at_|_rt_|k1:/);
  });

  it('names the network a text does not fit, schedules and cancels, and refuses what started', async () => {
    const tooLong = await post({ text: '陶'.repeat(141), accountIds: [accounts.x, accounts.instagram] });
    expect(tooLong.status).toBe(422);
    expect(tooLong.body.error.details.map((d: { code: string }) => d.code).sort()).toEqual([
      'media_required_instagram',
      'too_long_x',
    ]);
    const draft = await post({ text: 'Later', accountIds: [accounts.mastodon] });
    expect(draft.body.data.status).toBe('draft');
    const at = new Date(Date.now() + 7 * 86_400_000).toISOString();
    const scheduled = await call(edge, 'POST', `/social/posts/${draft.body.data.id}/schedule`, {
      token: owner.token,
      body: { scheduledAt: at, timeZone: 'Europe/Lisbon' },
    });
    expect(scheduled.body.data).toMatchObject({
      status: 'scheduled',
      scheduledAt: at,
      timeZone: 'Europe/Lisbon',
    });
    const canceled = await call(edge, 'POST', `/social/posts/${draft.body.data.id}/cancel`, {
      token: owner.token,
    });
    expect(canceled.body.data.status).toBe('canceled');
    const again = await call(edge, 'POST', `/social/posts/${draft.body.data.id}/cancel`, {
      token: owner.token,
    });
    expect([again.status, again.body.error.code]).toEqual([409, 'conflict']);
  });

  it('lets an editor post and a viewer only read', async () => {
    const viewer = await addMemberWithToken(deps, owner, 'viewer', { scopes: ['social:read'] });
    expect((await call(edge, 'GET', '/social/accounts', { token: viewer.token })).status).toBe(200);
    const denied = await post({ text: 'Hi', accountIds: [accounts.x] }, viewer.token);
    expect(denied.status).toBe(403);
  });

  it('answers hostile input with a coded 4xx, never a 5xx', async () => {
    const bodies: unknown[] = [
      null,
      [],
      'text',
      {},
      { text: 'x' },
      { text: 'x', accountIds: [] },
      { text: 'x', accountIds: 'sacc_01' },
      { text: 'x', accountIds: ['sacc_not-an-id'] },
      { text: 'x', accountIds: ['sacc_01jd3v6w0m8x9y2z3a4b5c6d7e'] },
      { text: 'x'.repeat(5000), accountIds: [accounts.x] },
      { text: 'a\u0000b', accountIds: [accounts.x] },
      { text: 1, accountIds: [accounts.x] },
      { text: 'x', accountIds: [accounts.x], variants: { myspace: 'hi' } },
      { text: 'x', accountIds: [accounts.x], variants: { x: 'y'.repeat(3000) } },
      { text: 'x', accountIds: [accounts.x], scheduledAt: 'tomorrow' },
      { text: 'x', accountIds: [accounts.x], scheduledAt: '2001-01-01T00:00:00Z' },
      { text: 'x', accountIds: [accounts.x], scheduledAt: '+275760-09-13T00:00:00.000Z' },
      { text: 'x', accountIds: [accounts.x], timeZone: 'Mars/Olympus_Mons' },
      { text: 'x', accountIds: [accounts.x], timeZone: '../../etc' },
      { text: 'x', accountIds: [accounts.x], media: [{ key: '../secret.png', contentType: 'image/png' }] },
      { text: 'x', accountIds: [accounts.x], media: [{ key: 'a.svg', contentType: 'image/svg+xml' }] },
      {
        text: 'x',
        accountIds: [accounts.x],
        media: Array(5).fill({ key: 'a.png', contentType: 'image/png' }),
      },
      { text: 'x', accountIds: [accounts.x], shortenLinks: 'yes' },
      { text: 'x', accountIds: [accounts.x], extra: true },
      { text: '', accountIds: [accounts.x], scheduledAt: 'now' },
    ];
    for (const body of bodies) {
      const res = await post(body);
      const label = JSON.stringify(body).slice(0, 120);
      expect(res.status, `${label} → ${res.text}`).toBeGreaterThanOrEqual(400);
      expect(res.status, label).toBeLessThan(500);
      expect(res.body.error.code, label).toMatch(/^[a-z_]+$/);
    }
    const paths: [string, string, unknown?][] = [
      ['GET', '/social/posts?from=yesterday'],
      ['GET', '/social/posts?from=2026-01-01T00:00:00Z&to=2025-01-01T00:00:00Z'],
      ['GET', '/social/posts?from=2020-01-01T00:00:00Z&to=2026-01-01T00:00:00Z'],
      ['GET', '/social/posts?status=viral'],
      ['GET', '/social/posts/spst_%27%20OR%201%3D1'],
      ['DELETE', '/social/accounts/sacc_01jd3v6w0m8x9y2z3a4b5c6d7e'],
      ['POST', '/social/posts/spst_01jd3v6w0m8x9y2z3a4b5c6d7e/schedule', { scheduledAt: 'now' }],
      [
        'POST',
        '/social/posts/spst_01jd3v6w0m8x9y2z3a4b5c6d7e/targets/stgt_01jd3v6w0m8x9y2z3a4b5c6d7e/confirm',
        { posted: 'maybe' },
      ],
      [
        'POST',
        '/social/posts/spst_01jd3v6w0m8x9y2z3a4b5c6d7e/targets/stgt_01jd3v6w0m8x9y2z3a4b5c6d7e/confirm',
        { posted: true, url: 'javascript:alert(1)' },
      ],
    ];
    for (const [method, path, body] of paths) {
      const res = await call(edge, method, path, { token: owner.token, body });
      expect(res.status, `${method} ${path} → ${res.text}`).toBeGreaterThanOrEqual(400);
      expect(res.status, path).toBeLessThan(500);
    }
    // Nothing of that reached a network.
    expect(standin.posts().filter((p) => p.text.includes('javascript'))).toHaveLength(0);
  });

  describe('media', () => {
    /** Put a file into the edge's R2 bucket, as the dashboard's upload does. */
    async function stored(bytes: Uint8Array, contentType: string, ext: string) {
      const key = `social/${owner.scope.orgId}/posts/t${Math.random().toString(36).slice(2)}.${ext}`;
      const bucket = await edge.mf.getR2Bucket('MEDIA');
      await bucket.put(key, bytes, { httpMetadata: { contentType } });
      return key;
    }
    const video = (key: string, alt = '') => [{ key, contentType: 'video/mp4', alt }];

    it('publishes a video to X and Mastodon once each, with its exact bytes and description', async () => {
      const bytes = tinyMp4({ seconds: 8, mediaBytes: 300_000 });
      const key = await stored(bytes, 'video/mp4', 'mp4');
      const res = await post({
        text: 'Wheel time, sped up',
        accountIds: [accounts.x, accounts.mastodon],
        media: video(key, 'A bowl rising on the wheel'),
        scheduledAt: 'now',
      });
      expect(res.status, res.text).toBe(201);
      expect(res.body.data.media).toEqual([
        { key, contentType: 'video/mp4', alt: 'A bowl rising on the wheel' },
      ]);
      await eventually(
        async () =>
          (await call(edge, 'GET', `/social/posts/${res.body.data.id}`, { token: owner.token })).body.data
            .status === 'published',
        60_000,
        500,
      );
      const sha = createHash('sha256').update(bytes).digest('hex');
      for (const network of ['x', 'mastodon'] as const) {
        const published = standin.posts(network).filter((p) => p.text === 'Wheel time, sped up');
        expect(published, network).toHaveLength(1);
        expect(published[0]!.images, network).toEqual([
          { contentType: 'video/mp4', bytes: bytes.length, sha256: sha, alt: 'A bowl rising on the wheel' },
        ]);
      }
    });

    it('checks sizes, types and lengths against each network, with a coded 422 naming it', async () => {
      const png = new Uint8Array([
        0x89,
        0x50,
        0x4e,
        0x47,
        0x0d,
        0x0a,
        0x1a,
        0x0a,
        ...new Array(1_100_000).fill(7),
      ]);
      const bigPng = await stored(png, 'image/png', 'png');
      const long = await stored(tinyMp4({ seconds: 150 }), 'video/mp4', 'mp4');
      const ok = await stored(tinyMp4({ seconds: 5 }), 'video/mp4', 'mp4');
      const pngAsVideo = await stored(png.subarray(0, 64), 'image/png', 'mp4');
      const codes = async (body: Record<string, unknown>) => {
        const res = await post({ text: 'Media', scheduledAt: 'now', ...body });
        expect(res.status, res.text).toBe(422);
        return res.body.error.details.map((d: { code: string }) => d.code);
      };
      // Bluesky's blob limit is 1 MB; X and Mastodon take the image.
      expect(
        await codes({
          accountIds: [accounts.bluesky, accounts.x, accounts.mastodon],
          media: [{ key: bigPng, contentType: 'image/png', alt: '' }],
        }),
      ).toEqual(['image_too_big_bluesky']);
      const overThreeMinutes = await stored(tinyMp4({ seconds: 181 }), 'video/mp4', 'mp4');
      const bsky = await post({
        text: 'V',
        accountIds: [accounts.bluesky],
        media: video(overThreeMinutes),
        scheduledAt: 'now',
      });
      expect(bsky.status, bsky.text).toBe(422);
      expect(bsky.body.error.details[0]).toMatchObject({
        code: 'video_too_long_bluesky',
        message: 'Bluesky takes videos up to 3 minutes; this one is 181 seconds',
      });
      expect(await codes({ accountIds: [accounts.x, accounts.instagram], media: video(long) })).toEqual([
        'video_too_long_x',
      ]);
      expect(await codes({ accountIds: [accounts.x], media: video(pngAsVideo) })).toEqual([
        'media_type_mismatch',
      ]);
      expect(
        await codes({
          accountIds: [accounts.x],
          media: [...video(ok), { key: bigPng, contentType: 'image/png', alt: '' }],
        }),
      ).toEqual(['mixed_media']);
      expect(
        await codes({ accountIds: [accounts.x], media: video(`social/${owner.scope.orgId}/posts/none.mp4`) }),
      ).toEqual(['media_missing']);
      // Another workspace's upload, stored and valid, is not this one's to post.
      const bucket = await edge.mf.getR2Bucket('MEDIA');
      const other = await createTenant(deps, 'Social API neighbour');
      const foreign = `social/${other.scope.orgId}/posts/theirs.mp4`;
      await bucket.put(foreign, tinyMp4({ seconds: 5 }), { httpMetadata: { contentType: 'video/mp4' } });
      expect(await codes({ accountIds: [accounts.x], media: video(foreign) })).toEqual(['media_missing']);
      expect(await codes({ accountIds: [accounts.x], media: video(`media/${ok}`) })).toEqual([
        'media_missing',
      ]);
      const hostile: unknown[] = [
        [{ key: ok, contentType: 'video/quicktime' }],
        [{ key: ok, contentType: 'video/mp4', alt: 'a'.repeat(1001) }],
        [{ key: '../../etc/passwd', contentType: 'video/mp4' }],
        [
          { key: ok, contentType: 'video/mp4' },
          { key: ok, contentType: 'video/mp4' },
        ],
        [{ key: ok, contentType: 'video/mp4', durationSeconds: 1 }],
      ];
      for (const media of hostile) {
        const res = await post({ text: 'x', accountIds: [accounts.x], media, scheduledAt: 'now' });
        const label = JSON.stringify(media).slice(0, 120);
        expect(res.status, `${label} → ${res.text}`).toBeGreaterThanOrEqual(400);
        expect(res.status, label).toBeLessThan(500);
        expect(res.body.error.code, label).toMatch(/^[a-z_]+$/);
      }
      expect(standin.posts().filter((p) => p.text === 'Media' || p.text === 'x')).toHaveLength(0);
    });
  });
});

describe('social insights API', () => {
  const day = 86_400_000;
  let creator: Tenant;
  let x: string;
  let bluesky: string;

  beforeAll(async () => {
    creator = await createTenant(deps, 'Social insights API');
    x = await storedSocialAccount(creator.scope, 'x', '@kiln');
    bluesky = await storedSocialAccount(creator.scope, 'bluesky', '@kiln.bsky');
    // Six weeks of pairs: a strong post two days before now (same weekday and hour each week) and a
    // weak one five hours earlier; on X with impressions, the strong ones on Bluesky too.
    const strong = Date.now() - 2 * day;
    await storedPublishedPosts(creator.scope, [
      ...Array.from({ length: 6 }, (_, k) => ({
        at: new Date(strong - k * 7 * day),
        accountIds: [x, bluesky],
        likes: 50,
        reposts: 5,
        replies: 5,
        impressions: 1000,
      })),
      ...Array.from({ length: 6 }, (_, k) => ({
        at: new Date(strong - k * 7 * day - 5 * 3_600_000),
        accountIds: [x],
        likes: 5,
        impressions: 300,
      })),
    ]);
  });

  it('answers an account’s totals and daily series, and the best times from the history', async () => {
    const res = await call(edge, 'GET', `/social/accounts/${x}/insights?days=90&tz=Europe/Berlin`, {
      token: creator.token,
    });
    expect(res.status, res.text).toBe(200);
    expect(res.body.data).toMatchObject({
      accountId: x,
      network: 'x',
      handle: '@kiln',
      days: 90,
      timeZone: 'Europe/Berlin',
      totals: {
        posts: 12,
        likes: 330,
        reposts: 30,
        replies: 30,
        impressions: 7800,
        engagement: 390,
        engagementPerPost: 32.5,
      },
    });
    expect(res.body.data.series).toHaveLength(90);
    // The default window is 30 days; Bluesky reports no impressions.
    const blue = await call(edge, 'GET', `/social/accounts/${bluesky}/insights?tz=UTC`, {
      token: creator.token,
    });
    expect(blue.body.data).toMatchObject({ days: 30, totals: { impressions: null } });
    expect(blue.body.data.series).toHaveLength(30);
    const week = await call(edge, 'GET', `/social/accounts/${x}/insights?days=7&tz=UTC`, {
      token: creator.token,
    });
    expect(week.body.data.totals).toMatchObject({ posts: 2, likes: 55 });

    const best = await call(edge, 'GET', '/social/insights/best-times?tz=Europe/Berlin', {
      token: creator.token,
    });
    expect(best.status, best.text).toBe(200);
    expect(best.body.data).toMatchObject({ status: 'ok', posts: 12, minimumPosts: 10, windowDays: 90 });
    // The strong posts' hour, as core computes it for that zone.
    const direct = await socialService.socialBestTimes(deps, creator.scope, { timeZone: 'Europe/Berlin' });
    expect(best.body.data.slots).toEqual(direct.slots);
    expect(best.body.data.slots[0]).toMatchObject({ posts: 6, targets: 12 });
    // Without `tz`: the zone of the latest scheduled post, else UTC.
    const noZone = await call(edge, 'GET', '/social/insights/best-times', { token: creator.token });
    expect(noZone.body.data.timeZone).toBe('UTC');
    // Another workspace with no history is told so, with no invented slots.
    const empty = await call(edge, 'GET', '/social/insights/best-times', { token: owner.token });
    expect(empty.body.data).toMatchObject({ status: 'not_enough_history', slots: [] });
  });

  it('needs social:read, finds no other workspace’s account, and refuses bad queries with a code', async () => {
    const reader = await addMemberWithToken(deps, creator, 'viewer', { scopes: ['social:read'] });
    expect((await call(edge, 'GET', `/social/accounts/${x}/insights`, { token: reader.token })).status).toBe(
      200,
    );
    const noScope = await addMemberWithToken(deps, creator, 'viewer', { scopes: ['analytics:read'] });
    for (const path of [`/social/accounts/${x}/insights`, '/social/insights/best-times']) {
      const denied = await call(edge, 'GET', path, { token: noScope.token });
      expect([denied.status, denied.body.error.code]).toEqual([403, 'forbidden']);
    }
    const foreign = await call(edge, 'GET', `/social/accounts/${accounts.x}/insights`, {
      token: creator.token,
    });
    expect([foreign.status, foreign.body.error.code]).toEqual([404, 'not_found']);
    for (const path of [
      `/social/accounts/${x}/insights?days=14`,
      `/social/accounts/${x}/insights?days=-7`,
      `/social/accounts/${x}/insights?tz=Mars/Olympus_Mons`,
      `/social/accounts/${x}/insights?tz=..%2F..%2Fetc`,
      `/social/accounts/${x}/insights?tz=${'A'.repeat(80)}`,
      `/social/accounts/${x}/insights?extra=1`,
      '/social/accounts/sacc_%27%20OR%201%3D1/insights',
      '/social/insights/best-times?tz=Europe/Atlantis',
      '/social/insights/best-times?days=7',
    ]) {
      const res = await call(edge, 'GET', path, { token: creator.token });
      expect(res.status, `${path} → ${res.text}`).toBeGreaterThanOrEqual(400);
      expect(res.status, path).toBeLessThan(500);
      expect(res.body.error.code, path).toMatch(/^[a-z_]+$/);
    }
  });
});
