import { blockClicks, sitesService } from '@mewayz/core';
import type { DashboardDeps } from '../env.server.ts';
import { renderDraftPreview } from '../preview.server.ts';
import type { OrgContext } from '../tenant.server.ts';

/**
 * Everything the editor shows about a site, read in one go: the loader returns it, and so does every
 * editor action, so what an action changed (publish state, blocks, preview) shows at once without
 * waiting for a revalidation. `readAt` orders answers that arrive out of order: the newest read wins.
 */
export async function loadEditorState(deps: DashboardDeps, ctx: OrgContext, siteId: string) {
  const readAt = Date.now();
  const site = await sitesService.getSite(deps, ctx.scope, siteId);
  const [blocks, preview, clicks] = await Promise.all([
    sitesService.listBlocks(ctx.scope, siteId),
    renderDraftPreview(deps, ctx.scope, site),
    blockClicks(deps, ctx.scope, siteId, 30),
  ]);
  return { readAt, site, blocks, preview, clicks: clicks.clicks };
}

export type EditorState = Awaited<ReturnType<typeof loadEditorState>>;
