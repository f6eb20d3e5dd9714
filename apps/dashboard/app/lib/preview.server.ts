import { publicOrigin, sitesService, type TenantScope } from '@mewayz/core';
import { renderSitePage } from '@mewayz/render';
import type { DashboardDeps } from './env.server.ts';

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
