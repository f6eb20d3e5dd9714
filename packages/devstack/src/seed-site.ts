import type { CreateBlockInput } from '@mewayz/contracts';
import { type Actor, type CoreDeps, publicOrigin, sitesService, type TenantScope } from '@mewayz/core';
import { blockInputsOf, demoSnapshot } from '@mewayz/render';
import { seedDemoBlog } from './seed-blog.ts';
import { seedDemoPages } from './seed-pages.ts';

export const demoSiteSlug = 'alice';

/**
 * Where the demo page shows the shop and the courses, after the first links: a heading and the newest
 * products, then a heading and the published courses (seeded after the site; the catalog refresh of
 * their publication brings them onto the page).
 */
const shopBlocks: CreateBlockInput[] = [
  { type: 'header', data: { text: 'Shop' } },
  { type: 'collection', data: { layout: 'grid', limit: 3 } },
  { type: 'header', data: { text: 'Courses' } },
  { type: 'course', data: { limit: 2 } },
].map(
  (b) =>
    ({
      ...b,
      active: true,
      featured: false,
      sensitive: false,
      startsAt: null,
      endsAt: null,
    }) as CreateBlockInput,
);
const shopBlocksAt = 4;

/**
 * The demo bio site `alice`, published: profile, theme and the demo blocks of the shared fixture, with
 * the shop (a collection block) and the courses (a course block) after the first links, its About and FAQ pages and three blog posts — so seed the catalog first. Idempotent: an
 * existing site is left as the creator last edited it, and only republished to Redis.
 */
export async function seedDemoSite(deps: CoreDeps, scope: TenantScope, actor: Actor) {
  const existing = (await sitesService.listSites(deps, scope, { page: 1, perPage: 100 })).items.find(
    (s) => s.slug === demoSiteSlug,
  );
  if (existing) {
    // A demo site seeded before pages existed gets them (a site with pages of its own keeps them).
    const addedPages = await seedDemoPages(deps, scope, actor, existing.id);
    const addedPosts = await seedDemoBlog(deps, scope, actor, existing.id);
    if (!existing.published || addedPages || addedPosts)
      await sitesService.publishSite(deps, scope, actor, existing.id);
    await sitesService.syncPublishedHosts(deps, scope, existing.id);
    return { siteId: existing.id, created: false };
  }
  const origin = publicOrigin(deps.config, `${demoSiteSlug}.${deps.config.rootDomain}`);
  const fixture = demoSnapshot({ organizationId: scope.orgId, siteId: 'site_demo', mediaOrigin: origin });
  const site = await sitesService.createSite(deps, scope, actor, {
    slug: demoSiteSlug,
    name: fixture.profile.name,
    bio: fixture.profile.bio ?? undefined,
    avatarUrl: fixture.profile.avatarUrl ?? undefined,
    theme: fixture.theme,
    seo: fixture.seo,
    settings: fixture.settings,
  });
  const inputs = blockInputsOf(fixture);
  inputs.splice(shopBlocksAt, 0, ...shopBlocks);
  for (const input of inputs) await sitesService.createBlock(deps, scope, actor, site.id, input);
  await seedDemoPages(deps, scope, actor, site.id);
  await seedDemoBlog(deps, scope, actor, site.id);
  await sitesService.publishSite(deps, scope, actor, site.id);
  return { siteId: site.id, created: true };
}
