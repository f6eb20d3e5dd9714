import { type blogService, publicOrigin, sitesService, type TenantScope } from '@mewayz/core';
import { renderBlogPost, renderContentPage, renderSitePage } from '@mewayz/render';
import type { DashboardDeps } from './env.server.ts';

type PostView = blogService.PostView;

/**
 * The live preview: the draft compiled exactly as publish would (active blocks, schedule, theme)
 * and rendered by the edge's own renderer. Nothing is written.
 */
export async function renderDraftPreview(
  deps: DashboardDeps,
  scope: TenantScope,
  site: { id: string; slug: string; publishedVersion: number },
) {
  const { snapshot } = await sitesService.compileSnapshot(deps, scope, site.id, site.publishedVersion + 1);
  const origin = publicOrigin(deps.config, `${site.slug}.${deps.config.rootDomain}`);
  const page = await renderSitePage(snapshot, {
    now: deps.now(),
    origin,
    canonicalOrigin: origin,
    ageConfirmed: true,
  });
  // Relative links (/go/…) resolve against the public site, not the dashboard.
  return page.html.replace(/<head>/i, `<head><base href="${origin}/" target="_blank">`);
}

/**
 * A page's draft as the edge would render it once published, in the site's draft frame (menus
 * include this page even while it is a draft, so the creator sees where it will sit).
 */
export async function renderPageDraftPreview(
  deps: DashboardDeps,
  scope: TenantScope,
  site: { id: string; slug: string; publishedVersion: number },
  pageId: string,
) {
  const [{ snapshot }, page] = await Promise.all([
    sitesService.compileSnapshot(deps, scope, site.id, site.publishedVersion + 1),
    sitesService.compileDraftPage(scope, pageId),
  ]);
  const pages = snapshot.pages ?? [];
  const framed = {
    ...snapshot,
    pages: pages.some((p) => p.id === page.id)
      ? pages.map((p) => (p.id === page.id ? page : p))
      : [...pages, page],
  };
  const origin = publicOrigin(deps.config, `${site.slug}.${deps.config.rootDomain}`);
  const rendered = await renderContentPage(
    framed,
    { now: deps.now(), origin, canonicalOrigin: origin, ageConfirmed: true },
    page,
  );
  return rendered.html.replace(/<head>/i, `<head><base href="${origin}/" target="_blank">`);
}

/**
 * A post as the edge would render it once published, in the site's draft frame, by the same renderer
 * and safe Markdown path as the public post page. A draft without a date is dated now.
 */
export async function renderPostPreview(
  deps: DashboardDeps,
  scope: TenantScope,
  site: { id: string; slug: string; publishedVersion: number },
  post: PostView,
) {
  const { snapshot } = await sitesService.compileSnapshot(deps, scope, site.id, site.publishedVersion + 1);
  const origin = publicOrigin(deps.config, `${site.slug}.${deps.config.rootDomain}`);
  const rendered = await renderBlogPost(
    snapshot,
    { now: deps.now(), origin, canonicalOrigin: origin, ageConfirmed: true },
    {
      ...post,
      publishedAt: post.publishedAt ?? deps.now().toISOString(),
    },
  );
  return rendered.html.replace(/<head>/i, `<head><base href="${origin}/" target="_blank">`);
}
