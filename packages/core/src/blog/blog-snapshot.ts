import { MAX_POSTS_IN_SNAPSHOT, type SiteSnapshot, type SnapshotBlog } from '@mewayz/contracts';
import { blogPosts, sites } from '@mewayz/db/schema';
import { and, desc, eq, isNotNull } from 'drizzle-orm';
import type { CoreDeps } from '../deps.ts';
import { loadSite } from '../sites/load-site.ts';
import { serveCommitted, siteHosts } from '../sites/published.ts';
import { PublishRaceLost } from '../sites/versions.ts';
import type { TenantScope } from '../tenancy/scope.ts';

/**
 * The site's blog as the edge serves it: published posts newest first, scheduled ones included (the
 * renderer shows a post from its `publishedAt` on, so one publish covers the moment it goes live).
 * Undefined when the site has none, so a site without a blog keeps the snapshot it had.
 */
export async function compileBlog(scope: TenantScope, siteId: string): Promise<SnapshotBlog | undefined> {
  const rows = await scope.list(
    blogPosts,
    and(eq(blogPosts.siteId, siteId), eq(blogPosts.status, 'published'), isNotNull(blogPosts.publishedAt)),
    { orderBy: [desc(blogPosts.publishedAt), desc(blogPosts.id)], limit: MAX_POSTS_IN_SNAPSHOT + 1 },
  );
  if (rows.length === 0) return undefined;
  return {
    truncated: rows.length > MAX_POSTS_IN_SNAPSHOT,
    posts: rows.slice(0, MAX_POSTS_IN_SNAPSHOT).map((r) => ({
      id: r.id,
      slug: r.slug,
      title: r.title,
      excerpt: r.excerpt,
      body: r.body,
      coverKey: r.coverKey,
      coverAlt: r.coverAlt,
      tags: r.tags,
      publishedAt: (r.publishedAt as Date).toISOString(),
      updatedAt: r.updatedAt.toISOString(),
      readingMinutes: r.readingMinutes,
      seo: r.seo,
    })),
  };
}

const maxRefreshRounds = 5;

/**
 * What a post change that touches the live blog calls once it has committed: the *published* snapshot
 * with the blog compiled again becomes version + 1 (the site's draft stays unpublished), behind the
 * same version guard as a publish and served through go-live, so the next request shows it. A site
 * never published has nothing to refresh: its first publish compiles the blog.
 */
export async function refreshPublishedBlog(
  deps: CoreDeps,
  scope: TenantScope,
  siteId: string,
): Promise<void> {
  for (let round = 0; round < maxRefreshRounds; round++) {
    const site = await loadSite(scope, siteId);
    const current = site.publishedSnapshot;
    if (!current || site.publishedVersion === 0) return;
    // Compiled after the version was read: a writer that wins the guard has seen every committed post.
    const blog = await compileBlog(scope, siteId);
    if (JSON.stringify(current.blog ?? null) === JSON.stringify(blog ?? null)) return;
    const version = site.publishedVersion + 1;
    const { blog: _old, ...rest } = current;
    const snapshot: SiteSnapshot = { ...rest, version, ...(blog ? { blog } : {}) };
    const updated = await scope.update(
      sites,
      { publishedSnapshot: snapshot, publishedVersion: version },
      and(eq(sites.id, siteId), eq(sites.publishedVersion, site.publishedVersion)),
    );
    if (updated === 0) continue;
    const hosts = await siteHosts(deps, scope, site);
    await serveCommitted(deps, scope, siteId, hosts.all, snapshot);
    return;
  }
  throw new PublishRaceLost();
}
