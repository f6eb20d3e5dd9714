import { type Actor, type CoreDeps, sitesService, type TenantScope } from '@mewayz/core';
import { demoPages } from '@mewayz/render';

/**
 * The demo pages (About and FAQ in the menus, and the custom "not found" page) on a site that has
 * no pages yet; a site with pages is left as it is. Returns whether pages were added (publish then).
 */
export async function seedDemoPages(
  deps: CoreDeps,
  scope: TenantScope,
  actor: Actor,
  siteId: string,
): Promise<boolean> {
  if ((await sitesService.listPages(scope, siteId)).length > 0) return false;
  for (const demo of demoPages()) {
    const page = await sitesService.createPage(deps, scope, actor, siteId, demo.page);
    for (const section of demo.sections)
      await sitesService.createSection(deps, scope, actor, page.id, section);
  }
  return true;
}
