import type { SnapshotSection } from '@mewayz/contracts';
import type { BlockContext } from '../blocks/block-context.ts';

/** A snapshot section narrowed to one kind. */
export type SectionOf<K extends SnapshotSection['kind']> = Extract<SnapshotSection, { kind: K }>;

/** Request-dependent facts a section needs; the bio section hands `blocks` to its blocks. */
export interface SectionContext {
  origin: string;
  /** Section (or bio block) whose player the visitor asked for with `?play=<id>`. */
  playId: string | null;
  /** Contact form section the visitor just sent a message through (`?sent=<id>`). */
  sentId: string | null;
  blocks: BlockContext;
  /** The section is among a page's first ones, likely on the first screen: its images load at once. */
  firstScreen?: boolean;
}

export interface SectionProps<K extends SnapshotSection['kind']> {
  section: SectionOf<K>;
  ctx: SectionContext;
}

/** The HTML id of a section, a fragment to come back to it (ids are `sec_…`, but never trust the snapshot). */
export function sectionAnchor(id: string): string {
  return `s-${id.replace(/[^A-Za-z0-9_-]/g, '')}`;
}

/** The class list of a section: its kind and its layout variant (enum values, but filtered all the same). */
export function sectionClass(kind: string, variant: string): string {
  const safe = (v: string) => v.replace(/[^a-z_]/g, '');
  return `s s-${safe(kind)} v-${safe(variant)}`;
}
