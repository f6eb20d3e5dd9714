import {
  type CreatePageInput,
  type CreateSectionInput,
  MAX_PAGES_PER_SITE,
  MAX_SECTIONS_PER_PAGE,
  type ReorderSectionsInput,
  type SectionKind,
  type SnapshotPage,
  type SnapshotSection,
  sectionKinds,
  type UpdatePageInput,
  type UpdateSectionInput,
} from '@mewayz/contracts';
import { pageSections, sitePages, sites } from '@mewayz/db/schema';
import { and, asc, eq, max, ne } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit } from '../audit/record.ts';
import { isDuplicateKey } from '../data/mysql-errors.ts';
import type { Actor, CoreDeps } from '../deps.ts';
import { Conflict, NotFound, ValidationFailed, zodDetails } from '../errors.ts';
import { assertId, newId } from '../ids.ts';
import type { TenantScope } from '../tenancy/scope.ts';
import { assertBlockReferences } from './block-references.ts';
import { loadSite } from './load-site.ts';

type PageRow = typeof sitePages.$inferSelect;
type SectionRow = typeof pageSections.$inferSelect;

/** The public shape of a page (API and dashboard). */
export function pageView(row: PageRow) {
  return {
    id: row.id,
    siteId: row.siteId,
    slug: row.slug,
    title: row.title,
    nav: row.nav,
    position: row.position,
    seo: row.seo,
    published: row.status === 'published',
    role: row.role,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
export type PageView = ReturnType<typeof pageView>;

export function sectionView(row: SectionRow) {
  return {
    id: row.id,
    pageId: row.pageId,
    kind: row.kind as SectionKind,
    variant: row.variant,
    position: row.position,
    data: row.data,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
export type SectionView = ReturnType<typeof sectionView>;

const pageOrder = [asc(sitePages.position), asc(sitePages.createdAt), asc(sitePages.id)];
const sectionOrder = [asc(pageSections.position), asc(pageSections.id)];

async function touchDraft(deps: CoreDeps, scope: TenantScope, siteId: string) {
  await scope.update(sites, { draftUpdatedAt: deps.now() }, eq(sites.id, siteId));
}

/** A page by its id alone (the `/pages/{id}` routes), scoped to the organization. */
export async function loadPageById(scope: TenantScope, pageId: string) {
  assertId('page', pageId);
  const row = await scope.first(sitePages, eq(sitePages.id, pageId));
  if (!row) throw new NotFound('Page');
  return row;
}

const slugTaken = () =>
  new Conflict('That page address is taken on this site.', [
    { path: 'slug', message: 'Another page of this site has this address', code: 'slug_taken' },
  ]);

const notFoundTaken = () =>
  new Conflict('This site already has a “not found” page.', [
    { path: 'role', message: 'A site has one “not found” page', code: 'not_found_page_exists' },
  ]);

async function assertOneNotFoundPage(scope: TenantScope, siteId: string, exceptId?: string) {
  const others = await scope.count(
    sitePages,
    and(
      eq(sitePages.siteId, siteId),
      eq(sitePages.role, 'not_found'),
      exceptId ? ne(sitePages.id, exceptId) : undefined,
    ),
  );
  if (others > 0) throw notFoundTaken();
}

async function assertRoomForPage(scope: TenantScope, siteId: string) {
  if ((await scope.count(sitePages, eq(sitePages.siteId, siteId))) >= MAX_PAGES_PER_SITE) {
    throw new ValidationFailed(`A site holds at most ${MAX_PAGES_PER_SITE} pages.`, [
      { path: 'slug', message: 'Remove a page first', code: 'too_many_pages' },
    ]);
  }
}

function assertRoomForSection(sectionsOnPage: number) {
  if (sectionsOnPage >= MAX_SECTIONS_PER_PAGE) {
    throw new ValidationFailed(`A page holds at most ${MAX_SECTIONS_PER_PAGE} sections.`, [
      { path: 'kind', message: 'Remove a section first', code: 'too_many_sections' },
    ]);
  }
}

/** The site's pages in menu order, drafts included. */
export async function listPages(scope: TenantScope, siteId: string) {
  await loadSite(scope, siteId);
  const rows = await scope.list(sitePages, eq(sitePages.siteId, siteId), { orderBy: pageOrder });
  return rows.map(pageView);
}

export async function getPage(scope: TenantScope, pageId: string) {
  return pageView(await loadPageById(scope, pageId));
}

/** Add a page to the site's draft (last in the menus unless a position is given). */
export async function createPage(
  deps: CoreDeps,
  scope: TenantScope,
  actor: Actor,
  siteId: string,
  input: CreatePageInput,
) {
  await loadSite(scope, siteId);
  await assertRoomForPage(scope, siteId);
  if (input.role === 'not_found') await assertOneNotFoundPage(scope, siteId);
  const [agg] = await scope.aggregate(
    sitePages,
    { top: max(sitePages.position) },
    eq(sitePages.siteId, siteId),
  );
  const id = newId('page');
  try {
    await scope.transaction(async (tx) => {
      await tx.insert(sitePages, {
        id,
        siteId,
        slug: input.slug,
        title: input.title,
        nav: input.role === 'not_found' ? 'none' : input.nav,
        position: input.position ?? Math.min((agg?.top ?? -1) + 1, 999),
        seo: input.seo,
        status: input.published ? 'published' : 'draft',
        role: input.role,
      });
      await touchDraft(deps, tx, siteId);
      await recordAudit(tx, actor, {
        action: 'page.created',
        targetType: 'page',
        targetId: id,
        metadata: { siteId, slug: input.slug },
      });
    });
  } catch (err) {
    if (isDuplicateKey(err)) throw slugTaken();
    throw err;
  }
  return getPage(scope, id);
}

export async function updatePage(
  deps: CoreDeps,
  scope: TenantScope,
  actor: Actor,
  pageId: string,
  patch: UpdatePageInput,
) {
  const page = await loadPageById(scope, pageId);
  if (patch.role === 'not_found' && page.role !== 'not_found')
    await assertOneNotFoundPage(scope, page.siteId, page.id);
  const { published, ...rest } = patch;
  const changes: Partial<typeof sitePages.$inferInsert> = { ...rest };
  if (published !== undefined) changes.status = published ? 'published' : 'draft';
  if ((patch.role ?? page.role) === 'not_found') changes.nav = 'none';
  try {
    await scope.transaction(async (tx) => {
      await tx.update(sitePages, changes, eq(sitePages.id, pageId));
      await touchDraft(deps, tx, page.siteId);
      await recordAudit(tx, actor, {
        action: 'page.updated',
        targetType: 'page',
        targetId: pageId,
        metadata: { siteId: page.siteId, fields: Object.keys(patch) },
      });
    });
  } catch (err) {
    if (isDuplicateKey(err)) throw slugTaken();
    throw err;
  }
  return pageView(await loadPageById(scope, pageId));
}

/** Remove a page and its sections from the draft; the live site keeps it until the next publish. */
export async function deletePage(deps: CoreDeps, scope: TenantScope, actor: Actor, pageId: string) {
  const page = await loadPageById(scope, pageId);
  await scope.transaction(async (tx) => {
    await tx.hardDelete(pageSections, eq(pageSections.pageId, pageId));
    await tx.hardDelete(sitePages, eq(sitePages.id, pageId));
    await touchDraft(deps, tx, page.siteId);
    await recordAudit(tx, actor, {
      action: 'page.deleted',
      targetType: 'page',
      targetId: pageId,
      metadata: { siteId: page.siteId, slug: page.slug },
    });
  });
}

/** A free slug for a copy of `slug` on the site: `about-copy`, then `about-copy-2`, … */
async function copySlug(scope: TenantScope, siteId: string, slug: string): Promise<string> {
  const taken = new Set((await scope.list(sitePages, eq(sitePages.siteId, siteId))).map((p) => p.slug));
  const base = `${slug.slice(0, 63 - '-copy-99'.length)}-copy`;
  for (let n = 1; n < 100; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
  throw slugTaken();
}

/**
 * Copy a page and its sections into a new draft page (not in any menu, not published), so a creator
 * can rework a page without touching the live one. A copy of the "not found" page is a plain page.
 */
export async function duplicatePage(deps: CoreDeps, scope: TenantScope, actor: Actor, pageId: string) {
  const page = await loadPageById(scope, pageId);
  await assertRoomForPage(scope, page.siteId);
  const sections = await scope.list(pageSections, eq(pageSections.pageId, pageId), { orderBy: sectionOrder });
  const [agg] = await scope.aggregate(
    sitePages,
    { top: max(sitePages.position) },
    eq(sitePages.siteId, page.siteId),
  );
  const id = newId('page');
  const slug = await copySlug(scope, page.siteId, page.slug);
  try {
    await scope.transaction(async (tx) => {
      await tx.insert(sitePages, {
        id,
        siteId: page.siteId,
        slug,
        title: `${page.title.slice(0, 113)} (copy)`,
        nav: 'none',
        position: Math.min((agg?.top ?? -1) + 1, 999),
        seo: page.seo,
        status: 'draft',
        role: 'page',
      });
      for (const s of sections) {
        await tx.insert(pageSections, {
          id: newId('section'),
          siteId: page.siteId,
          pageId: id,
          kind: s.kind,
          variant: s.variant,
          position: s.position,
          data: s.data,
        });
      }
      await touchDraft(deps, tx, page.siteId);
      await recordAudit(tx, actor, {
        action: 'page.duplicated',
        targetType: 'page',
        targetId: id,
        metadata: { siteId: page.siteId, from: pageId, slug },
      });
    });
  } catch (err) {
    if (isDuplicateKey(err)) throw slugTaken();
    throw err;
  }
  return getPage(scope, id);
}

// ---- sections ----

/** The page's sections in order. */
export async function listSections(scope: TenantScope, pageId: string) {
  await loadPageById(scope, pageId);
  const rows = await scope.list(pageSections, eq(pageSections.pageId, pageId), { orderBy: sectionOrder });
  return rows.map(sectionView);
}

async function loadSection(scope: TenantScope, pageId: string, sectionId: string) {
  assertId('page', pageId);
  assertId('section', sectionId);
  const row = await scope.first(
    pageSections,
    and(eq(pageSections.pageId, pageId), eq(pageSections.id, sectionId)),
  );
  if (!row) throw new NotFound('Section');
  return row;
}

/** Append a section to the end of the page. */
export async function createSection(
  deps: CoreDeps,
  scope: TenantScope,
  actor: Actor,
  pageId: string,
  input: CreateSectionInput,
) {
  const page = await loadPageById(scope, pageId);
  assertRoomForSection(await scope.count(pageSections, eq(pageSections.pageId, pageId)));
  await assertSectionReferences(scope, input.kind, input.data);
  const [agg] = await scope.aggregate(
    pageSections,
    { top: max(pageSections.position) },
    eq(pageSections.pageId, pageId),
  );
  const id = newId('section');
  await scope.transaction(async (tx) => {
    await tx.insert(pageSections, {
      id,
      siteId: page.siteId,
      pageId,
      kind: input.kind,
      variant: input.variant,
      position: (agg?.top ?? -1) + 1,
      data: input.data as Record<string, unknown>,
    });
    await touchDraft(deps, tx, page.siteId);
    await recordAudit(tx, actor, {
      action: 'section.created',
      targetType: 'section',
      targetId: id,
      metadata: { siteId: page.siteId, pageId, kind: input.kind },
    });
  });
  return sectionView(await loadSection(scope, pageId, id));
}

/**
 * Product and course sections name the organization's own category or course, checked as the
 * collection and course blocks' are (404 for another organization's, a deleted or a missing one).
 */
function assertSectionReferences(scope: TenantScope, kind: SectionKind, data: unknown) {
  const asBlock = kind === 'products' ? 'collection' : kind === 'courses' ? 'course' : null;
  return asBlock ? assertBlockReferences(scope, asBlock, data) : Promise.resolve();
}

/** Check a section's variant and data against its kind's schema (the stored kind never changes). */
function checkSection(kind: SectionKind, variant: unknown, data: unknown) {
  const spec = sectionKinds[kind];
  const parsed = z
    .object({ variant: z.enum(spec.variants as unknown as [string, ...string[]]), data: spec.data })
    .safeParse({ variant, data });
  if (!parsed.success) {
    throw new ValidationFailed('The section is not valid.', zodDetails(parsed.error.issues));
  }
  return parsed.data as { variant: string; data: Record<string, unknown> };
}

export async function updateSection(
  deps: CoreDeps,
  scope: TenantScope,
  actor: Actor,
  pageId: string,
  sectionId: string,
  patch: UpdateSectionInput,
) {
  const current = await loadSection(scope, pageId, sectionId);
  const kind = current.kind as SectionKind;
  if (!sectionKinds[kind]) throw new NotFound('Section');
  const checked = checkSection(kind, patch.variant ?? current.variant, patch.data ?? current.data);
  await assertSectionReferences(scope, kind, checked.data);
  await scope.transaction(async (tx) => {
    await tx.update(
      pageSections,
      { variant: checked.variant, data: checked.data },
      and(eq(pageSections.pageId, pageId), eq(pageSections.id, sectionId)),
    );
    await touchDraft(deps, tx, current.siteId);
    await recordAudit(tx, actor, {
      action: 'section.updated',
      targetType: 'section',
      targetId: sectionId,
      metadata: { siteId: current.siteId, pageId, fields: Object.keys(patch) },
    });
  });
  return sectionView(await loadSection(scope, pageId, sectionId));
}

export async function deleteSection(
  deps: CoreDeps,
  scope: TenantScope,
  actor: Actor,
  pageId: string,
  sectionId: string,
) {
  const current = await loadSection(scope, pageId, sectionId);
  await scope.transaction(async (tx) => {
    await tx.hardDelete(pageSections, and(eq(pageSections.pageId, pageId), eq(pageSections.id, sectionId)));
    await touchDraft(deps, tx, current.siteId);
    await recordAudit(tx, actor, {
      action: 'section.deleted',
      targetType: 'section',
      targetId: sectionId,
      metadata: { siteId: current.siteId, pageId },
    });
  });
}

/** Give each of `ids` its place on the page. */
async function writeSectionOrder(
  tx: TenantScope,
  pageId: string,
  ids: readonly string[],
  positionOf: (id: string) => number,
) {
  for (const id of ids) {
    await tx.update(
      pageSections,
      { position: positionOf(id) },
      and(eq(pageSections.pageId, pageId), eq(pageSections.id, id)),
    );
  }
}

/** Copy a section right below itself (the sections after it move down one place). */
export async function duplicateSection(
  deps: CoreDeps,
  scope: TenantScope,
  actor: Actor,
  pageId: string,
  sectionId: string,
) {
  const current = await loadSection(scope, pageId, sectionId);
  const siblings = await scope.list(pageSections, eq(pageSections.pageId, pageId), { orderBy: sectionOrder });
  assertRoomForSection(siblings.length);
  const id = newId('section');
  const at = siblings.findIndex((s) => s.id === sectionId);
  await scope.transaction(async (tx) => {
    // Positions are rewritten densely: the copy takes the place after the original.
    const order = [
      ...siblings.slice(0, at + 1).map((s) => s.id),
      id,
      ...siblings.slice(at + 1).map((s) => s.id),
    ];
    await tx.insert(pageSections, {
      id,
      siteId: current.siteId,
      pageId,
      kind: current.kind,
      variant: current.variant,
      position: at + 1,
      data: current.data,
    });
    await writeSectionOrder(
      tx,
      pageId,
      order.filter((sid) => sid !== id),
      (sid) => order.indexOf(sid),
    );
    await touchDraft(deps, tx, current.siteId);
    await recordAudit(tx, actor, {
      action: 'section.duplicated',
      targetType: 'section',
      targetId: id,
      metadata: { siteId: current.siteId, pageId, from: sectionId },
    });
  });
  return sectionView(await loadSection(scope, pageId, id));
}

/** Put the page's sections in the given order; the list must name every section exactly once. */
export async function reorderSections(
  deps: CoreDeps,
  scope: TenantScope,
  actor: Actor,
  pageId: string,
  input: ReorderSectionsInput,
) {
  const page = await loadPageById(scope, pageId);
  const current = await listSections(scope, pageId);
  const ids = new Set(current.map((s) => s.id));
  const given = new Set(input.sectionIds);
  if (
    given.size !== input.sectionIds.length ||
    given.size !== ids.size ||
    [...given].some((id) => !ids.has(id))
  ) {
    throw new ValidationFailed('The order must list every section of the page exactly once.', [
      { path: 'sectionIds', message: 'must be a permutation of the page’s section ids' },
    ]);
  }
  await scope.transaction(async (tx) => {
    await writeSectionOrder(tx, pageId, input.sectionIds, (id) => input.sectionIds.indexOf(id));
    await touchDraft(deps, tx, page.siteId);
    await recordAudit(tx, actor, {
      action: 'sections.reordered',
      targetType: 'page',
      targetId: pageId,
      metadata: { siteId: page.siteId },
    });
  });
  return listSections(scope, pageId);
}

// ---- publishing ----

/** A page as the snapshot carries it; a section whose data no longer passes its kind's schema is left out. */
function compilePage(p: PageRow, sections: SectionRow[]): SnapshotPage {
  return {
    id: p.id,
    slug: p.slug,
    title: p.title,
    nav: p.nav,
    role: p.role,
    seo: p.seo,
    sections: sections.flatMap((s): SnapshotSection[] => {
      if (s.pageId !== p.id) return [];
      const spec = sectionKinds[s.kind as SectionKind];
      if (!spec) return [];
      const variant = z.enum(spec.variants as unknown as [string, ...string[]]).safeParse(s.variant);
      const data = spec.data.safeParse(s.data);
      if (!variant.success || !data.success) return [];
      return [{ id: s.id, kind: s.kind, variant: variant.data, data: data.data } as SnapshotSection];
    }),
  };
}

/** The site's published pages as the snapshot carries them, in menu order. */
export async function compilePages(scope: TenantScope, siteId: string): Promise<SnapshotPage[]> {
  const pages = await scope.list(
    sitePages,
    and(eq(sitePages.siteId, siteId), eq(sitePages.status, 'published')),
    { orderBy: pageOrder },
  );
  if (pages.length === 0) return [];
  const sections = await scope.list(pageSections, eq(pageSections.siteId, siteId), { orderBy: sectionOrder });
  return pages.map((p) => compilePage(p, sections));
}

/** One page's draft as it would be published, drafts included (the dashboard's preview). */
export async function compileDraftPage(scope: TenantScope, pageId: string): Promise<SnapshotPage> {
  const page = await loadPageById(scope, pageId);
  const sections = await scope.list(pageSections, eq(pageSections.pageId, pageId), { orderBy: sectionOrder });
  return compilePage(page, sections);
}
