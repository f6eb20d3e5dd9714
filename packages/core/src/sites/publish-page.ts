import type { SiteSnapshot, SnapshotPage } from '@mewayz/contracts';
import { platformShipsTo } from '../commerce/shipping.ts';
import { compileCatalog } from '../commerce/storefront.ts';
import type { Actor, CoreDeps } from '../deps.ts';
import { Conflict } from '../errors.ts';
import type { TenantScope } from '../tenancy/scope.ts';
import { loadSite } from './load-site.ts';
import { compilePages, listPages, loadPageById } from './pages.ts';
import { serveCommitted, siteHosts } from './published.ts';
import { commitPublish, publishedSiteView, retryingPublishRaces } from './versions.ts';

const clash = (message: string, code: string) =>
  new Conflict(message, [{ path: 'pageId', message: 'Publish the whole site instead', code }]);

/**
 * Publish one page's draft and nothing else: the live snapshot (bio page, theme, every other page)
 * stays as last published, this page is replaced by its draft — or taken off the site when its draft
 * is unpublished. It is a version like any publish (listed, and a rollback target).
 */
export async function publishPage(deps: CoreDeps, scope: TenantScope, actor: Actor, pageId: string) {
  return retryingPublishRaces(async () => {
    const page = await loadPageById(scope, pageId);
    const site = await loadSite(scope, page.siteId);
    const live = site.publishedSnapshot;
    if (!live || site.publishedVersion === 0)
      throw clash('Publish the whole site once before publishing a single page.', 'site_not_published');
    const [draft, order] = await Promise.all([compilePages(scope, site.id), listPages(scope, site.id)]);
    const compiled = draft.find((p) => p.id === pageId) ?? null;
    const others = (live.pages ?? []).filter((p) => p.id !== pageId);
    if (compiled && others.some((p) => p.slug === compiled.slug))
      throw clash(`Another live page has the address /${compiled.slug}.`, 'slug_live_elsewhere');
    if (compiled?.role === 'not_found' && others.some((p) => p.role === 'not_found'))
      throw clash('Another live page is the site’s “not found” page.', 'not_found_page_live');
    // Menu order is the draft's; a live page deleted from the draft keeps its place at the end.
    const rank = new Map(order.map((p, i) => [p.id, i]));
    const pages: SnapshotPage[] = [...others, ...(compiled ? [compiled] : [])].sort(
      (x, y) => (rank.get(x.id) ?? order.length) - (rank.get(y.id) ?? order.length),
    );
    const hosts = await siteHosts(deps, scope, site);
    const snapshot: SiteSnapshot = {
      ...live,
      version: site.publishedVersion + 1,
      publishedAt: deps.now().toISOString(),
      customDomains: hosts.custom,
      catalog: await compileCatalog(scope, deps.now(), platformShipsTo(deps)),
      pages,
    };
    await commitPublish(deps, scope, actor, site.publishedVersion, snapshot, hosts.all, null);
    await serveCommitted(deps, scope, site.id, hosts.all, snapshot);
    return publishedSiteView(deps, scope, site.id, hosts.all);
  });
}
