// The renderer is written in hono/jsx; typechecking its sources under the dashboard's React JSX settings
// would fail, so the dashboard's tsconfig maps `@mewayz/render` to this declaration of the part it uses.
// (Vite still bundles the real package, compiled with the package's own tsconfig.)
import type { CreateBlockInput, SiteSnapshot, SnapshotPage, SnapshotPost } from '@mewayz/contracts';

export interface SitePageOptions {
  now: Date;
  origin: string;
  canonicalOrigin: string;
  playEmbedId?: string | null;
  subscribedBlockId?: string | null;
  ageConfirmed: boolean;
  exitHref?: string;
}
export interface RenderedSitePage {
  html: string;
  nextChangeAt: Date | null;
  csp: string;
}
/** The short name of each of a block's links, by item index (`/go/<block>/<n>`). */
export function blockLinkLabels(block: SiteSnapshot['blocks'][number]): string[];
export function renderSitePage(snapshot: SiteSnapshot, opts: SitePageOptions): Promise<RenderedSitePage>;
/** A page of the site built from sections (the page editor's preview). */
export function renderContentPage(
  snapshot: SiteSnapshot,
  opts: SitePageOptions,
  page: SnapshotPage,
): Promise<RenderedSitePage>;
/** A blog post as its public page (the post editor's preview). */
export function renderBlogPost(
  snapshot: SiteSnapshot,
  opts: SitePageOptions,
  post: SnapshotPost,
): Promise<RenderedSitePage>;
export const themePresetPalettes: Record<
  string,
  { base: { bg: string; text: string; buttonBg: string; buttonText: string; accent: string } }
>;
/** Used by the test fixtures the e2e tests import. */
export interface DemoSnapshotIds {
  organizationId: string;
  siteId: string;
  blockId?: (n: number) => string;
  mediaOrigin?: string;
}
export function demoSnapshot(ids: DemoSnapshotIds): SiteSnapshot;
export function blockInputsOf(snapshot: SiteSnapshot): CreateBlockInput[];
