import type { blocks, sites } from '@mewayz/db/schema';

type SiteRow = typeof sites.$inferSelect;
type BlockRow = typeof blocks.$inferSelect;

/** The public shape of a site (API and dashboard); the published snapshot itself stays internal. */
export function siteView(row: SiteRow, urls: { url: string }) {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    bio: row.bio,
    avatarUrl: row.avatarUrl,
    theme: row.theme,
    seo: row.seo,
    settings: row.settings,
    url: urls.url,
    published: row.publishedVersion > 0,
    publishedVersion: row.publishedVersion,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    hasUnpublishedChanges:
      row.draftUpdatedAt !== null && (row.publishedAt === null || row.draftUpdatedAt > row.publishedAt),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
export type SiteView = ReturnType<typeof siteView>;

export function blockView(row: BlockRow) {
  return {
    id: row.id,
    siteId: row.siteId,
    type: row.type,
    position: row.position,
    data: row.data,
    active: row.active,
    featured: row.featured,
    sensitive: row.sensitive,
    startsAt: row.startsAt?.toISOString() ?? null,
    endsAt: row.endsAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
export type BlockView = ReturnType<typeof blockView>;
