import { socialService } from '@mewayz/core';
import { createTestOrg, identityDeps, nodeDeps, startSocialStandin } from '@mewayz/testing';
import { describe, expect, it } from 'vitest';
import { seedDemoSocial, standinSocialSettings } from '../src/seed-social.ts';

const deps = identityDeps(nodeDeps());
const actor = { userId: null, requestId: 'seed' };

describe('the demo social seed', () => {
  it('connects three stand-in accounts on every run, and publishes and schedules demo posts once', async () => {
    const standin = await startSocialStandin({ port: 0 });
    try {
      const scope = await createTestOrg(deps);
      const first = await seedDemoSocial(deps, scope, actor, standin.url);
      expect(first.posts).toBe(3);
      expect(first.history).toBeGreaterThanOrEqual(20);
      expect(first.history).toBeLessThanOrEqual(30);
      // A restarted stand-in has forgotten its tokens and posts: the next run connects again, adds no
      // posts, and tells the stand-in of the published ones with the database's counts.
      standin.reset();
      expect(await seedDemoSocial(deps, scope, actor, standin.url)).toEqual({ posts: 0, history: 0 });
      const social = { ...deps, social: standinSocialSettings(standin.url) };
      const published = (await socialService.listSocialPosts(social, scope, { status: 'published' })).flatMap(
        (p) => p.targets,
      );
      expect(standin.posts()).toHaveLength(published.length);
      // The stats sync reads back exactly what was seeded (it would otherwise overwrite the counts).
      const before = published.map((t) => [t.id, t.stats.likes, t.stats.replies]).sort();
      const { dbOf } = await import('@mewayz/core/admin');
      const { socialPostTargets } = await import('@mewayz/db/schema');
      const { eq } = await import('drizzle-orm');
      await dbOf(deps)
        .update(socialPostTargets)
        .set({ statsSyncedAt: null })
        .where(eq(socialPostTargets.organizationId, scope.orgId));
      const synced = await socialService.syncSocialStats(social, new Date(), { organizationId: scope.orgId });
      expect(synced.failed).toBe(0);
      expect(synced.synced).toBeGreaterThan(10);
      const after = (await socialService.listSocialPosts(social, scope, { status: 'published' }))
        .flatMap((p) => p.targets)
        .map((t) => [t.id, t.stats.likes, t.stats.replies])
        .sort();
      expect(after).toEqual(before);
      // Enough history for best times, and Thursday evenings in Lisbon come first.
      const best = await socialService.socialBestTimes(social, scope, { timeZone: 'Europe/Lisbon' });
      expect(best).toMatchObject({ status: 'ok' });
      expect(best.slots[0]).toMatchObject({ weekday: 3, hour: 18 });
      const accounts = await socialService.listSocialAccounts(social, scope);
      expect(accounts.map((a) => [a.network, a.status]).sort()).toEqual([
        ['bluesky', 'connected'],
        ['mastodon', 'connected'],
        ['x', 'connected'],
      ]);
      // The accounts' new tokens work at the stand-in.
      const x = accounts.find((a) => a.network === 'x')!;
      const post = await socialService.createSocialPost(social, scope, actor, {
        text: 'Seeded accounts still post',
        accountIds: [x.id],
        scheduledAt: 'now',
      });
      expect((await socialService.attemptTarget(social, post.targets[0]!.id)).kind).toBe('published');
      const posts = (await socialService.listSocialPosts(social, scope, {})).filter(
        (p) => !p.text.includes('#ceramics') || p.text.startsWith('New spring glazes'),
      );
      expect(posts.map((p) => p.status).sort()).toEqual(['published', 'published', 'scheduled', 'scheduled']);
      const seeded = posts.find((p) => p.text.startsWith('New spring glazes'))!;
      // Its link became a Mewayz short link, so its clicks are counted.
      expect(seeded.text).not.toContain('/store');
      expect(seeded.text).toMatch(/https?:\/\/\S+\/[A-Za-z0-9]{7} #ceramics$/);
      expect(seeded.targets.map((t) => t.stats.likes).sort()).toEqual([14, 23, 32]);
    } finally {
      await standin.close();
    }
  }, 120_000);
});
