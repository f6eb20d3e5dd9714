import type { SnapshotBlock } from '@mewayz/contracts';
import type { CatalogIndex } from '../store/catalog-index.ts';

/** A snapshot block narrowed to one kind. */
export type BlockOf<T extends SnapshotBlock['type']> = Extract<SnapshotBlock, { type: T }>;

/** Request-dependent facts a block needs to render. */
export interface BlockContext {
  /** Origin the page is served from (images on it may be plain http in local development). */
  origin: string;
  /** Id of the embed block whose player the visitor asked for (`?play=<id>`). */
  playEmbedId: string | null;
  /** Id of the signup block the visitor just subscribed through. */
  subscribedBlockId: string | null;
  /** Whether that signup must still be confirmed from the visitor's inbox (double opt-in). */
  subscribeToConfirm: boolean;
  /** The site's shop, for product and collection blocks (null: the snapshot carries none). */
  catalog: CatalogIndex | null;
}

/** Props of every block component. */
export interface BlockProps<T extends SnapshotBlock['type']> {
  block: BlockOf<T>;
  ctx: BlockContext;
}
