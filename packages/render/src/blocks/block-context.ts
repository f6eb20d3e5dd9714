import type { SnapshotBlock } from '@mewayz/contracts';

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
}

/** Props of every block component. */
export interface BlockProps<T extends SnapshotBlock['type']> {
  block: BlockOf<T>;
  ctx: BlockContext;
}
