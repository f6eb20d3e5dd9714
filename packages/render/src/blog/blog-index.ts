import {
  POSTS_PER_INDEX_PAGE,
  postSlugPattern,
  postTagPattern,
  type SiteSnapshot,
  type SnapshotPost,
} from '@mewayz/contracts';

/**
 * The posts a visitor may see at `now`, newest first: the snapshot also carries scheduled posts, which
 * appear once their date has passed (pages that list posts expire then: `nextPostAt`).
 */
export function visiblePosts(snapshot: SiteSnapshot, now: Date): SnapshotPost[] {
  const at = now.getTime();
  return (snapshot.blog?.posts ?? []).filter((p) => Date.parse(p.publishedAt) <= at);
}

/** When the next scheduled post appears: a page listing posts must be rendered again then. */
export function nextPostAt(snapshot: SiteSnapshot, now: Date): Date | null {
  const at = now.getTime();
  let next = Number.POSITIVE_INFINITY;
  for (const p of snapshot.blog?.posts ?? []) {
    const t = Date.parse(p.publishedAt);
    if (t > at && t < next) next = t;
  }
  return Number.isFinite(next) ? new Date(next) : null;
}

/** Whether the site has a blog to show: `/blog` answers 404 until a post is visible. */
export function hasBlog(snapshot: SiteSnapshot, now: Date): boolean {
  return visiblePosts(snapshot, now).length > 0;
}

/** The visible post at `/blog/<slug>`; the pattern check first keeps junk out of every lookup. */
export function blogPostOf(snapshot: SiteSnapshot, slug: string, now: Date): SnapshotPost | null {
  if (!postSlugPattern.test(slug)) return null;
  return visiblePosts(snapshot, now).find((p) => p.slug === slug) ?? null;
}

/** Whether `/blog/tag/<tag>` lists anything (so only real tags become cache keys). */
export function isBlogTag(snapshot: SiteSnapshot, tag: string, now: Date): boolean {
  return postTagPattern.test(tag) && visiblePosts(snapshot, now).some((p) => p.tags.includes(tag));
}

/** Pages of `count` posts on the index (at least one page). */
export function indexPageCount(count: number): number {
  return Math.max(1, Math.ceil(count / POSTS_PER_INDEX_PAGE));
}

export const postPath = (post: Pick<SnapshotPost, 'slug'>) => `/blog/${post.slug}`;
export const tagPath = (tag: string) => `/blog/tag/${tag}`;

/** When a post last changed as readers see it: its update, or its publish date when that is later. */
export function postModifiedAt(post: Pick<SnapshotPost, 'publishedAt' | 'updatedAt'>): string {
  return Date.parse(post.updatedAt) > Date.parse(post.publishedAt) ? post.updatedAt : post.publishedAt;
}
