import {
  type BlockType,
  blockDataSchemas,
  type CreateBlockInput,
  type CreateSiteInput,
  type ReorderBlocksInput,
  type SiteSnapshot,
  type SnapshotBlock,
  seoSchema,
  siteSettingsSchema,
  themeSchema,
  type UpdateBlockInput,
  type UpdateSiteInput,
} from '@mewayz/contracts';
import { blocks, domains, sites } from '@mewayz/db/schema';
import { and, asc, desc, eq, max } from 'drizzle-orm';
import { recordAudit } from '../audit/record.ts';
import { compileBlog } from '../blog/blog-snapshot.ts';
import { moveSnapshot, takeHostsOffline } from '../cache/go-live.ts';
import { platformShipsTo } from '../commerce/shipping.ts';
import { compileCatalog } from '../commerce/storefront.ts';
import { isDuplicateKey } from '../data/mysql-errors.ts';
import { type Actor, type CoreDeps, publicOrigin } from '../deps.ts';
import { Conflict, NotFound, ValidationFailed, zodDetails } from '../errors.ts';
import { assertId, newId } from '../ids.ts';
import type { TenantScope } from '../tenancy/scope.ts';
import { applyTemplate } from './apply-template.ts';
import { assertBlockReferences, showsFromCatalog } from './block-references.ts';
import { loadSite } from './load-site.ts';
import { compilePages } from './pages.ts';
import { serveCommitted, siteHosts } from './published.ts';
import { starterTemplates } from './starter-templates.ts';
import { commitPublish, publishedSiteView, retryingPublishRaces } from './versions.ts';
import { blockView, siteView } from './views.ts';

export interface Page {
  page: number;
  perPage: number;
}

function siteUrl(deps: CoreDeps, slug: string) {
  return { url: `${publicOrigin(deps.config, `${slug}.${deps.config.rootDomain}`)}/` };
}

/** Sites of the organization, newest first. */
export async function listSites(deps: CoreDeps, scope: TenantScope, page: Page) {
  const [rows, total] = await Promise.all([
    scope.list(sites, undefined, {
      orderBy: [desc(sites.createdAt), desc(sites.id)],
      limit: page.perPage,
      offset: (page.page - 1) * page.perPage,
    }),
    scope.count(sites),
  ]);
  return { items: rows.map((r) => siteView(r, siteUrl(deps, r.slug))), total };
}

export async function getSite(deps: CoreDeps, scope: TenantScope, siteId: string) {
  const row = await loadSite(scope, siteId);
  return siteView(row, siteUrl(deps, row.slug));
}

/** Create a site (a draft until published). The slug is unique platform-wide. */
export async function createSite(deps: CoreDeps, scope: TenantScope, actor: Actor, input: CreateSiteInput) {
  const id = newId('site');
  const now = deps.now();
  try {
    await scope.transaction(async (tx) => {
      await tx.insert(sites, {
        id,
        slug: input.slug,
        name: input.name,
        bio: input.bio ?? (input.template ? starterTemplates[input.template].bio : null),
        avatarUrl: input.avatarUrl ?? null,
        theme: themeSchema.parse(
          input.theme ?? (input.template ? starterTemplates[input.template].theme : {}),
        ),
        seo: seoSchema.parse(input.seo ?? {}),
        settings: siteSettingsSchema.parse(input.settings ?? {}),
        draftUpdatedAt: now,
      });
      if (input.template) await applyTemplate(tx, id, input.template);
      await recordAudit(tx, actor, {
        action: 'site.created',
        targetType: 'site',
        targetId: id,
        metadata: { slug: input.slug, ...(input.template ? { template: input.template } : {}) },
      });
    });
  } catch (err) {
    if (isDuplicateKey(err)) {
      throw new Conflict('That site name is already taken.', [
        { path: 'slug', message: 'This address is taken: try another one', code: 'slug_taken' },
      ]);
    }
    throw err;
  }
  return getSite(deps, scope, id);
}

export async function updateSite(
  deps: CoreDeps,
  scope: TenantScope,
  actor: Actor,
  siteId: string,
  patch: UpdateSiteInput,
) {
  await loadSite(scope, siteId);
  await scope.transaction(async (tx) => {
    await tx.update(sites, { ...patch, draftUpdatedAt: deps.now() }, eq(sites.id, siteId));
    await recordAudit(tx, actor, {
      action: 'site.updated',
      targetType: 'site',
      targetId: siteId,
      metadata: { fields: Object.keys(patch) },
    });
  });
  return getSite(deps, scope, siteId);
}

/** Soft-delete a site and take it offline on every host at once. */
export async function deleteSite(deps: CoreDeps, scope: TenantScope, actor: Actor, siteId: string) {
  const site = await loadSite(scope, siteId);
  const { all: hosts } = await siteHosts(deps, scope, site);
  await scope.transaction(async (tx) => {
    await tx.softDelete(sites, eq(sites.id, siteId));
    await tx.hardDelete(domains, eq(domains.siteId, siteId));
    await recordAudit(tx, actor, { action: 'site.deleted', targetType: 'site', targetId: siteId });
  });
  // After the commit: a failure above leaves the site served as it was, never half-deleted.
  await takeHostsOffline(deps, hosts);
}

// ---- blocks ----

export async function listBlocks(scope: TenantScope, siteId: string) {
  await loadSite(scope, siteId);
  const rows = await scope.list(blocks, eq(blocks.siteId, siteId), {
    orderBy: [asc(blocks.position), asc(blocks.id)],
  });
  return rows.map(blockView);
}

async function loadBlock(scope: TenantScope, siteId: string, blockId: string) {
  assertId('site', siteId);
  assertId('block', blockId);
  const row = await scope.first(blocks, and(eq(blocks.siteId, siteId), eq(blocks.id, blockId)));
  if (!row) throw new NotFound('Block');
  return row;
}

const toDate = (v: string | null | undefined) => (v ? new Date(v) : null);

async function touchDraft(deps: CoreDeps, scope: TenantScope, siteId: string) {
  await scope.update(sites, { draftUpdatedAt: deps.now() }, eq(sites.id, siteId));
}

/** Append a block to the end of the site's page. */
export async function createBlock(
  deps: CoreDeps,
  scope: TenantScope,
  actor: Actor,
  siteId: string,
  input: CreateBlockInput,
) {
  await loadSite(scope, siteId);
  await assertBlockReferences(scope, input.type, input.data);
  const [agg] = await scope.aggregate(blocks, { top: max(blocks.position) }, eq(blocks.siteId, siteId));
  const id = newId('block');
  await scope.transaction(async (tx) => {
    await tx.insert(blocks, {
      id,
      siteId,
      type: input.type,
      position: (agg?.top ?? -1) + 1,
      data: input.data as Record<string, unknown>,
      active: input.active,
      featured: input.featured,
      sensitive: input.sensitive,
      startsAt: toDate(input.startsAt),
      endsAt: toDate(input.endsAt),
    });
    await touchDraft(deps, tx, siteId);
    await recordAudit(tx, actor, {
      action: 'block.created',
      targetType: 'block',
      targetId: id,
      metadata: { siteId, type: input.type },
    });
  });
  return blockView(await loadBlock(scope, siteId, id));
}

export async function updateBlock(
  deps: CoreDeps,
  scope: TenantScope,
  actor: Actor,
  siteId: string,
  blockId: string,
  patch: UpdateBlockInput,
) {
  const current = await loadBlock(scope, siteId, blockId);
  const changes: Record<string, unknown> = {};
  if (patch.data !== undefined) {
    const schema = blockDataSchemas[current.type as BlockType];
    const parsed = schema.safeParse(patch.data);
    if (!parsed.success) {
      throw new ValidationFailed(
        'The block data is not valid.',
        zodDetails(parsed.error.issues).map((d) => ({ ...d, path: `data.${d.path}` })),
      );
    }
    await assertBlockReferences(scope, current.type, parsed.data);
    changes.data = parsed.data;
  }
  for (const k of ['active', 'featured', 'sensitive'] as const)
    if (patch[k] !== undefined) changes[k] = patch[k];
  if (patch.startsAt !== undefined) changes.startsAt = toDate(patch.startsAt);
  if (patch.endsAt !== undefined) changes.endsAt = toDate(patch.endsAt);
  const starts = (changes.startsAt ?? current.startsAt) as Date | null;
  const ends = (changes.endsAt ?? current.endsAt) as Date | null;
  if (starts && ends && starts >= ends) {
    throw new ValidationFailed('The schedule window is empty.', [
      { path: 'endsAt', message: 'Choose an end after the start' },
    ]);
  }
  await scope.transaction(async (tx) => {
    // An update with nothing to set is a valid no-op (a PATCH of `{}`): only the draft time moves.
    if (Object.keys(changes).length > 0) {
      await tx.update(blocks, changes, and(eq(blocks.siteId, siteId), eq(blocks.id, blockId)));
    }
    await touchDraft(deps, tx, siteId);
    await recordAudit(tx, actor, {
      action: 'block.updated',
      targetType: 'block',
      targetId: blockId,
      metadata: { siteId, fields: Object.keys(changes) },
    });
  });
  return blockView(await loadBlock(scope, siteId, blockId));
}

export async function deleteBlock(
  deps: CoreDeps,
  scope: TenantScope,
  actor: Actor,
  siteId: string,
  blockId: string,
) {
  await loadBlock(scope, siteId, blockId);
  await scope.transaction(async (tx) => {
    await tx.softDelete(blocks, and(eq(blocks.siteId, siteId), eq(blocks.id, blockId)));
    await touchDraft(deps, tx, siteId);
    await recordAudit(tx, actor, {
      action: 'block.deleted',
      targetType: 'block',
      targetId: blockId,
      metadata: { siteId },
    });
  });
}

/** Put the site's blocks in the given order; the list must name every block of the site exactly once. */
export async function reorderBlocks(
  deps: CoreDeps,
  scope: TenantScope,
  actor: Actor,
  siteId: string,
  input: ReorderBlocksInput,
) {
  const current = await listBlocks(scope, siteId);
  const ids = new Set(current.map((b) => b.id));
  const given = new Set(input.blockIds);
  if (
    given.size !== input.blockIds.length ||
    given.size !== ids.size ||
    [...given].some((id) => !ids.has(id))
  ) {
    throw new ValidationFailed('The order must list every block of the site exactly once.', [
      { path: 'blockIds', message: 'must be a permutation of the site’s block ids' },
    ]);
  }
  await scope.transaction(async (tx) => {
    for (const [position, id] of input.blockIds.entries()) {
      await tx.update(blocks, { position }, and(eq(blocks.siteId, siteId), eq(blocks.id, id)));
    }
    await touchDraft(deps, tx, siteId);
    await recordAudit(tx, actor, { action: 'blocks.reordered', targetType: 'site', targetId: siteId });
  });
  return listBlocks(scope, siteId);
}

// ---- publishing ----

/**
 * Compile the draft (site row + active blocks + verified domains) and the organization's catalog
 * into the document the edge serves.
 */
export async function compileSnapshot(deps: CoreDeps, scope: TenantScope, siteId: string, version: number) {
  const site = await loadSite(scope, siteId);
  const rows = await scope.list(blocks, and(eq(blocks.siteId, siteId), eq(blocks.active, true)), {
    orderBy: [asc(blocks.position), asc(blocks.id)],
  });
  const hosts = await siteHosts(deps, scope, site);
  const catalog = await compileCatalog(scope, deps.now(), platformShipsTo(deps));
  const shown = showsFromCatalog(catalog);
  const snapshotBlocks: SnapshotBlock[] = [];
  for (const b of rows) {
    const schema = blockDataSchemas[b.type as BlockType];
    // A block whose stored data no longer passes its schema is left out rather than served.
    const parsed = schema?.safeParse(b.data);
    if (!parsed?.success) continue;
    if (!shown(b.type, parsed.data as Record<string, unknown>)) continue;
    snapshotBlocks.push({
      id: b.id,
      type: b.type,
      data: parsed.data,
      featured: b.featured,
      sensitive: b.sensitive,
      startsAt: b.startsAt?.toISOString() ?? null,
      endsAt: b.endsAt?.toISOString() ?? null,
    } as SnapshotBlock);
  }
  const snapshot: SiteSnapshot = {
    format: 1,
    siteId: site.id,
    organizationId: site.organizationId,
    slug: site.slug,
    version,
    publishedAt: deps.now().toISOString(),
    profile: { name: site.name, bio: site.bio, avatarUrl: site.avatarUrl },
    theme: themeSchema.parse(site.theme),
    seo: seoSchema.parse(site.seo),
    settings: siteSettingsSchema.parse(site.settings),
    blocks: snapshotBlocks,
    customDomains: hosts.custom,
    catalog,
    pages: await compilePages(scope, siteId),
  };
  const blog = await compileBlog(scope, siteId);
  if (blog) snapshot.blog = blog;
  return { snapshot, site, hosts: hosts.all };
}

/**
 * Publish the draft: a new snapshot version in MySQL, then in Redis for every host of the site, then
 * a purge of cached pages — so the very next request anywhere renders the new version.
 */
export async function publishSite(deps: CoreDeps, scope: TenantScope, actor: Actor, siteId: string) {
  return retryingPublishRaces(async () => {
    const site = await loadSite(scope, siteId);
    const { snapshot, hosts } = await compileSnapshot(deps, scope, siteId, site.publishedVersion + 1);
    await commitPublish(deps, scope, actor, site.publishedVersion, snapshot, hosts, null);
    await serveCommitted(deps, scope, siteId, hosts, snapshot);
    return publishedSiteView(deps, scope, siteId, hosts);
  });
}

/**
 * After a custom domain is verified or removed: serve the *published* version (not the draft) on the
 * new set of hosts, and stop serving it on `removedHosts`.
 */
export async function syncPublishedHosts(
  deps: CoreDeps,
  scope: TenantScope,
  siteId: string,
  removedHosts: string[] = [],
  /** Tests only: runs between reading the published snapshot and writing it back (a race's window). */
  afterRead?: () => Promise<void>,
) {
  // Guarded by the published version: a publish or a catalog refresh that commits in between wins, and
  // this is redone on top of it rather than writing back the older snapshot it read.
  for (let attempt = 0; attempt < 5; attempt++) {
    const site = await loadSite(scope, siteId);
    const published = site.publishedSnapshot;
    await afterRead?.();
    if (!published) {
      await moveSnapshot(deps, [], removedHosts, null);
      return;
    }
    const hosts = await siteHosts(deps, scope, site);
    const snapshot: SiteSnapshot = { ...published, customDomains: hosts.custom };
    // Nothing to write when the domains are the ones it has (an update changing nothing matches 0 rows).
    if (JSON.stringify(published.customDomains ?? []) === JSON.stringify(hosts.custom)) {
      await moveSnapshot(deps, hosts.all, removedHosts, snapshot);
      return;
    }
    const updated = await scope.update(
      sites,
      { publishedSnapshot: snapshot },
      and(eq(sites.id, siteId), eq(sites.publishedVersion, site.publishedVersion)),
    );
    if (updated > 0) {
      await moveSnapshot(deps, hosts.all, removedHosts, snapshot);
      return;
    }
  }
  deps.log.warn('custom-domain sync kept losing to concurrent publishes', { site: siteId });
}

export {
  type ContactLimits,
  defaultContactLimits,
  notifyOwners as notifyContactMessage,
  submitContactMessage,
} from './contact-form.ts';
export {
  compileDraftPage,
  createPage,
  createSection,
  deletePage,
  deleteSection,
  duplicatePage,
  duplicateSection,
  getPage,
  listPages,
  listSections,
  reorderSections,
  updatePage,
  updateSection,
} from './pages.ts';
export { publishPage } from './publish-page.ts';
export { starterTemplates } from './starter-templates.ts';
export { listVersions, rollbackSite } from './versions.ts';
