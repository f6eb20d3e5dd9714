/**
 * Which per-block options mean something for each kind, as the renderer uses them: only link buttons
 * have a featured (highlighted) style; layout blocks (divider, spacer) are not worth scheduling.
 * Every kind can be hidden. `clicks`: the kind can carry outbound links, whose clicks the edge records
 * against the block.
 */
export interface BlockKindOptions {
  featured: boolean;
  schedule: boolean;
  clicks: boolean;
}

const none: BlockKindOptions = { featured: false, schedule: false, clicks: false };
const content: BlockKindOptions = { featured: false, schedule: true, clicks: false };
const withLinks: BlockKindOptions = { featured: false, schedule: true, clicks: true };

export const blockKindOptions: Record<string, BlockKindOptions> = {
  link: { featured: true, schedule: true, clicks: true },
  header: content,
  text: withLinks,
  social: withLinks,
  image: withLinks,
  embed: content,
  email_signup: content,
  contact: withLinks,
  divider: none,
  spacer: none,
  // Links to the site's own store and course pages: the page's view is what counts, not a click.
  product: content,
  collection: content,
  course: content,
};

export function optionsOfKind(type: string): BlockKindOptions {
  return blockKindOptions[type] ?? none;
}
