import { type Actor, blogService, type CoreDeps, sitesService, type TenantScope } from '@mewayz/core';

const demoPosts = [
  {
    title: 'Why I fire to cone 6',
    slug: 'why-cone-6',
    excerpt: 'Lower bills, durable pots and glazes that still sing.',
    coverKey: 'demo/course-glaze.svg',
    coverAlt: 'Glazed bowls on a shelf',
    tags: ['kiln', 'glazes'],
    body: 'Cone 6 sits in the sweet spot: **durable stoneware** without the cost of a cone 10 firing.\n\n- Less wear on the elements\n- A huge range of tested glazes\n- Shorter cooling, so faster turnarounds\n\nI share my schedule in the [glaze course](/courses/glaze-chemistry-masterclass).',
    daysAgo: 2,
  },
  {
    title: 'Five minutes of wedging, every time',
    slug: 'wedging-every-time',
    excerpt: 'The dull step that saves the most pots.',
    coverKey: 'demo/course-wheel.svg',
    coverAlt: 'Clay on a wheel',
    tags: ['throwing', 'basics'],
    body: 'Air bubbles are the quiet killer of pots in the kiln. _Wedge_ until a cut through the clay shows no holes.\n\nRam’s head or spiral, either works: pick one and keep going.',
    daysAgo: 9,
  },
  {
    title: 'Open studio: what to bring',
    slug: 'open-studio',
    excerpt: 'Towels, an apron and curiosity.',
    coverKey: null,
    coverAlt: '',
    tags: ['studio'],
    body: 'Our open studio runs Saturdays. Bring an old towel, an apron and clothes you do not mind getting muddy. Tools and clay are on us.',
    daysAgo: 20,
  },
];

/**
 * Three published demo posts on a site without posts, and the blog in the header menu. Returns whether
 * posts were added (the site is published then, so the menu link shows).
 */
export async function seedDemoBlog(
  deps: CoreDeps,
  scope: TenantScope,
  actor: Actor,
  siteId: string,
): Promise<boolean> {
  if ((await blogService.listPosts(deps, scope, siteId)).length > 0) return false;
  for (const { daysAgo, ...input } of demoPosts) {
    const post = await blogService.createPost(deps, scope, actor, siteId, input);
    const publishedAt = new Date(deps.now().getTime() - daysAgo * 86_400_000).toISOString();
    await blogService.publishPost(deps, scope, actor, post.id, { publishedAt });
  }
  const site = await sitesService.getSite(deps, scope, siteId);
  await sitesService.updateSite(deps, scope, actor, siteId, {
    settings: { ...site.settings, blogNav: 'header' },
  });
  return true;
}
