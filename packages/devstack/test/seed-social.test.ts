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
      expect(await seedDemoSocial(deps, scope, actor, standin.url)).toEqual({ posts: 3 });
      // A restarted stand-in has forgotten its tokens: the next run connects again, adds no posts.
      standin.reset();
      expect(await seedDemoSocial(deps, scope, actor, standin.url)).toEqual({ posts: 0 });
      const social = { ...deps, social: standinSocialSettings(standin.url) };
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
      const posts = await socialService.listSocialPosts(social, scope, {});
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
