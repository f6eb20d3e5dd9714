import type { SiteSnapshot } from '@mewayz/contracts';
import { blockClicks, sitesService } from '@mewayz/core';
import { blockLinkLabels } from '@mewayz/render';
import type { DashboardDeps } from '../env.server.ts';
import { renderDraftPreview } from '../preview.server.ts';
import type { OrgContext } from '../tenant.server.ts';

/** Clicks of the last 30 days per block, and per item index of blocks with several links. */
export interface EditorClicks {
  byBlock: Record<string, number>;
  byItem: Record<string, Record<string, number>>;
}

type Blocks = Awaited<ReturnType<typeof sitesService.listBlocks>>;

/**
 * What the editor's first screen needs: the site and its blocks. `readAt` orders answers that arrive
 * out of order: the newest read wins.
 */
async function loadEditorBase(deps: DashboardDeps, ctx: OrgContext, siteId: string) {
  const readAt = Date.now();
  const site = await sitesService.getSite(deps, ctx.scope, siteId);
  return { readAt, site };
}

/** The clicks figures of the editor's block list: per block, and per item where a block has several links. */
async function loadEditorClicks(deps: DashboardDeps, ctx: OrgContext, siteId: string): Promise<EditorClicks> {
  const { clicks, items } = await blockClicks(deps, ctx.scope, siteId, 30);
  return { byBlock: clicks, byItem: items };
}

/**
 * The names of the links of each block that has several (social icons, contact links, links in a
 * text), by item index: the rows list them at once and the clicks per item fill in.
 */
function linkItemsOf(blocks: Blocks): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const b of blocks) {
    const labels = blockLinkLabels(b as unknown as SiteSnapshot['blocks'][number]);
    if (labels.length > 1) out[b.id] = labels;
  }
  return out;
}

/**
 * Everything the editor shows about a site, read in one go: every editor action answers with it, so
 * what an action changed (publish state, blocks, preview) shows at once without waiting for a
 * revalidation.
 */
export async function loadEditorState(deps: DashboardDeps, ctx: OrgContext, siteId: string) {
  const { readAt, site } = await loadEditorBase(deps, ctx, siteId);
  const blocks = sitesService.listBlocks(ctx.scope, siteId);
  const [list, preview, clicks] = await Promise.all([
    blocks,
    renderDraftPreview(deps, ctx.scope, site),
    loadEditorClicks(deps, ctx, siteId),
  ]);
  return { readAt, site, blocks: list, linkItems: linkItemsOf(list), preview, clicks };
}

export type EditorState = Awaited<ReturnType<typeof loadEditorState>>;

/**
 * The editor page's first answer: the site and its blocks at once; the preview (a full render of the
 * draft) and the clicks figures as promises the page streams in after its first paint.
 */
export async function loadEditorPage(deps: DashboardDeps, ctx: OrgContext, siteId: string) {
  const { readAt, site } = await loadEditorBase(deps, ctx, siteId);
  const blocks = sitesService.listBlocks(ctx.scope, siteId);
  const preview = renderDraftPreview(deps, ctx.scope, site);
  const clicks = loadEditorClicks(deps, ctx, siteId);
  // A rejection is read by the page's <Await>; keep it from counting as unhandled meanwhile.
  preview.catch(() => {});
  clicks.catch(() => {});
  const list = await blocks;
  return { state: { readAt, site, blocks: list, linkItems: linkItemsOf(list) }, preview, clicks };
}

/** The state the editor starts from: the first screen's part, with the streamed parts still to come. */
export type EditorBaseState = Omit<EditorState, 'preview' | 'clicks'> &
  Partial<Pick<EditorState, 'preview' | 'clicks'>>;
