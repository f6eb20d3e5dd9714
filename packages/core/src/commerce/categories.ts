import {
  type CreateCategoryInput,
  createCategoryInput,
  type UpdateCategoryInput,
  updateCategoryInput,
} from '@mewayz/contracts';
import { productCategories, productCategoryLinks } from '@mewayz/db/schema';
import { asc, eq, isNull } from 'drizzle-orm';
import { recordAudit } from '../audit/record.ts';
import type { Actor, CoreDeps } from '../deps.ts';
import { NotFound } from '../errors.ts';
import { assertId, newId } from '../ids.ts';
import type { TenantScope } from '../tenancy/scope.ts';
import { conflictOnDuplicate, freeSlug, invalid, type Page, parseInput, slugify, taken } from './shared.ts';
import { afterCatalogChange } from './storefront.ts';

type CategoryRow = typeof productCategories.$inferSelect;

/** Deepest a category tree may grow (the top level is depth 1). */
export const maxCategoryDepth = 8;

export function categoryView(row: CategoryRow) {
  return {
    id: row.id,
    name: row.name,
    slug: row.slug,
    parentId: row.parentId,
    position: row.position,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
export type CategoryView = ReturnType<typeof categoryView>;

async function loadCategory(scope: TenantScope, categoryId: string): Promise<CategoryRow> {
  assertId('productCategory', categoryId, 'Category');
  const row = await scope.first(productCategories, eq(productCategories.id, categoryId));
  if (!row) throw new NotFound('Category');
  return row;
}

/** The categories from `categoryId` up to the top (itself first). */
async function ancestry(scope: TenantScope, categoryId: string): Promise<string[]> {
  const path: string[] = [];
  let id: string | null = categoryId;
  while (id && path.length <= maxCategoryDepth + 1) {
    path.push(id);
    const row: CategoryRow | null = await scope.first(productCategories, eq(productCategories.id, id));
    id = row?.parentId ?? null;
  }
  return path;
}

/** How many levels lie below `categoryId` (0 for a leaf). */
async function heightBelow(scope: TenantScope, categoryId: string, depth = 0): Promise<number> {
  if (depth > maxCategoryDepth) return depth;
  const children = await scope.list(productCategories, eq(productCategories.parentId, categoryId));
  let h = 0;
  for (const c of children) h = Math.max(h, 1 + (await heightBelow(scope, c.id, depth + 1)));
  return h;
}

async function slugTaken(scope: TenantScope, slug: string, except?: string) {
  const row = await scope.first(productCategories, eq(productCategories.slug, slug), { withDeleted: true });
  return row !== null && row.id !== except;
}

const siblingsWhere = (parentId: string | null) =>
  parentId ? eq(productCategories.parentId, parentId) : isNull(productCategories.parentId);

/** All categories as a flat list in tree order material: by parent, then position (clients nest by `parentId`). */
export async function listCategories(_deps: CoreDeps, scope: TenantScope, page: Page) {
  const [rows, total] = await Promise.all([
    scope.list(productCategories, undefined, {
      orderBy: [asc(productCategories.parentId), asc(productCategories.position), asc(productCategories.id)],
      limit: page.perPage,
      offset: (page.page - 1) * page.perPage,
    }),
    scope.count(productCategories),
  ]);
  return { items: rows.map(categoryView), total };
}

export async function createCategory(
  deps: CoreDeps,
  scope: TenantScope,
  actor: Actor,
  input: CreateCategoryInput,
) {
  const data = parseInput(createCategoryInput, input, 'category');
  if (data.parentId) {
    await loadCategory(scope, data.parentId);
    if ((await ancestry(scope, data.parentId)).length >= maxCategoryDepth)
      invalid('parentId', `Categories nest at most ${maxCategoryDepth} levels deep`);
  }
  let slug = data.slug;
  if (slug) {
    if (await slugTaken(scope, slug)) taken('slug', 'another category');
  } else {
    slug = await freeSlug(slugify(data.name, 'category'), (s) => slugTaken(scope, s));
  }
  const position = data.position ?? (await scope.count(productCategories, siblingsWhere(data.parentId)));
  const id = newId('productCategory');
  await conflictOnDuplicate(() =>
    scope.transaction(async (tx) => {
      await tx.insert(productCategories, { id, parentId: data.parentId, name: data.name, slug, position });
      await recordAudit(tx, actor, {
        action: 'category.created',
        targetType: 'product_category',
        targetId: id,
        metadata: { slug, parentId: data.parentId },
      });
    }),
  );
  await afterCatalogChange(deps, scope);
  return categoryView(await loadCategory(scope, id));
}

/** Rename or move a category; moving it under itself or one of its descendants answers 422. */
export async function updateCategory(
  deps: CoreDeps,
  scope: TenantScope,
  actor: Actor,
  categoryId: string,
  patch: UpdateCategoryInput,
) {
  const data = parseInput(updateCategoryInput, patch, 'category');
  const current = await loadCategory(scope, categoryId);
  const changes: Partial<CategoryRow> = {};
  if (data.name !== undefined) changes.name = data.name;
  if (data.position !== undefined) changes.position = data.position;
  if (data.slug !== undefined && data.slug !== current.slug) {
    if (await slugTaken(scope, data.slug, current.id)) taken('slug', 'another category');
    changes.slug = data.slug;
  }
  if (data.parentId !== undefined && data.parentId !== current.parentId) {
    if (data.parentId) {
      await loadCategory(scope, data.parentId);
      const above = await ancestry(scope, data.parentId);
      if (above.includes(current.id))
        invalid(
          'parentId',
          'A category cannot move under itself or one of its subcategories',
          'That move would make a cycle.',
        );
      if (above.length + 1 + (await heightBelow(scope, current.id)) > maxCategoryDepth)
        invalid('parentId', `Categories nest at most ${maxCategoryDepth} levels deep`);
    }
    changes.parentId = data.parentId;
    if (data.position === undefined)
      changes.position = await scope.count(productCategories, siblingsWhere(data.parentId));
  }
  await conflictOnDuplicate(() =>
    scope.transaction(async (tx) => {
      if (Object.keys(changes).length)
        await tx.update(productCategories, changes, eq(productCategories.id, current.id));
      await recordAudit(tx, actor, {
        action: 'category.updated',
        targetType: 'product_category',
        targetId: current.id,
        metadata: { fields: Object.keys(changes) },
      });
    }),
  );
  await afterCatalogChange(deps, scope);
  return categoryView(await loadCategory(scope, current.id));
}

/**
 * Delete a category: its subcategories move up to its parent, and its products simply leave it
 * (they are not deleted).
 */
export async function deleteCategory(deps: CoreDeps, scope: TenantScope, actor: Actor, categoryId: string) {
  const current = await loadCategory(scope, categoryId);
  await scope.transaction(async (tx) => {
    await tx.update(
      productCategories,
      { parentId: current.parentId },
      eq(productCategories.parentId, current.id),
    );
    await tx.hardDelete(productCategoryLinks, eq(productCategoryLinks.categoryId, current.id));
    await tx.softDelete(productCategories, eq(productCategories.id, current.id));
    await recordAudit(tx, actor, {
      action: 'category.deleted',
      targetType: 'product_category',
      targetId: current.id,
      metadata: { slug: current.slug },
    });
  });
  await afterCatalogChange(deps, scope);
}
