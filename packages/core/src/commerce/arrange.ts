import {
  type ReorderInput,
  reorderInput,
  type UpdateProductImageInput,
  updateProductImageInput,
} from '@mewayz/contracts';
import { productCategories, productImages, productVariants } from '@mewayz/db/schema';
import { and, eq, isNull } from 'drizzle-orm';
import { type AuditEntry, recordAudit } from '../audit/record.ts';
import type { Actor, CoreDeps } from '../deps.ts';
import { NotFound } from '../errors.ts';
import { assertId } from '../ids.ts';
import type { TenantScope } from '../tenancy/scope.ts';
import { imageView, loadProduct } from './products.ts';
import { invalid, parseInput } from './shared.ts';

/**
 * How a creator arranges the catalog: image alt texts and the order of a product's images and
 * variants and of sibling categories. An order is the whole list, each id once, and is written in
 * one transaction (positions 0…n-1), so a half-applied move never shows two items in one place.
 */

type Positioned = { id: string; position: number };

/** The rows in the order `ids` names them; the list must name each row once, and nothing else. */
function inOrder<T extends Positioned>(rows: T[], ids: string[], what: string): T[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const ordered = ids.map((id) => byId.get(id));
  if (new Set(ids).size !== ids.length || ids.length !== rows.length || ordered.some((r) => !r))
    invalid('ids', `List each ${what} once`, `The new order is not valid.`);
  return ordered as T[];
}

/** The rows whose position changes, with their new position. */
const moves = <T extends Positioned>(ordered: T[]) =>
  ordered.flatMap((r, position) => (r.position === position ? [] : [{ id: r.id, position }]));

/** Change an image's alt text. */
export async function updateProductImage(
  _deps: CoreDeps,
  scope: TenantScope,
  actor: Actor,
  productId: string,
  imageId: string,
  patch: UpdateProductImageInput,
) {
  const data = parseInput(updateProductImageInput, patch, 'image');
  const product = await loadProduct(scope, productId);
  assertId('productImage', imageId, 'Image');
  const where = and(eq(productImages.id, imageId), eq(productImages.productId, product.id));
  if (!(await scope.first(productImages, where))) throw new NotFound('Image');
  await scope.transaction(async (tx) => {
    await tx.update(productImages, { alt: data.alt || null }, where);
    await recordAudit(tx, actor, {
      action: 'product.image_updated',
      targetType: 'product_image',
      targetId: imageId,
      metadata: { productId: product.id },
    });
  });
  return imageView((await scope.first(productImages, where))!);
}

type Ordered = typeof productImages | typeof productVariants | typeof productCategories;

/**
 * Give `rows` of `table` the order `ids` names (each row once), writing only the positions that
 * change, with the audit row, in one transaction.
 */
async function applyOrder(
  scope: TenantScope,
  actor: Actor,
  table: Ordered,
  rows: Positioned[],
  ids: string[],
  what: string,
  audit: AuditEntry,
) {
  const changed = moves(inOrder(rows, ids, what));
  await scope.transaction(async (tx) => {
    for (const m of changed) await tx.update(table, { position: m.position }, eq(table.id, m.id));
    await recordAudit(tx, actor, { ...audit, metadata: { ids } });
  });
}

/** A reorder of one product's images or variants: the list must name each of them once. */
function reorderOfProduct(
  table: typeof productImages | typeof productVariants,
  what: string,
  action: string,
) {
  return async (
    _deps: CoreDeps,
    scope: TenantScope,
    actor: Actor,
    productId: string,
    input: ReorderInput,
  ) => {
    const { ids } = parseInput(reorderInput, input, 'order');
    const product = await loadProduct(scope, productId);
    const rows = await scope.list(table, eq(table.productId, product.id));
    await applyOrder(scope, actor, table, rows, ids, what, {
      action,
      targetType: 'product',
      targetId: product.id,
    });
  };
}

/** Put a product's images in the order of `ids` (the first is the main image). */
export const reorderProductImages = reorderOfProduct(
  productImages,
  'image of the product',
  'product.images_reordered',
);

/** Put a product's variants in the order of `ids` (the order buyers see them in). */
export const reorderVariants = reorderOfProduct(
  productVariants,
  'variant of the product',
  'product.variants_reordered',
);

/** Put the subcategories of `parentId` (null: the top level) in the order of `ids`. */
export async function reorderCategories(
  _deps: CoreDeps,
  scope: TenantScope,
  actor: Actor,
  parentId: string | null,
  input: ReorderInput,
) {
  const { ids } = parseInput(reorderInput, input, 'order');
  if (parentId) {
    assertId('productCategory', parentId, 'Category');
    if (!(await scope.first(productCategories, eq(productCategories.id, parentId))))
      throw new NotFound('Category');
  }
  const rows = await scope.list(
    productCategories,
    parentId ? eq(productCategories.parentId, parentId) : isNull(productCategories.parentId),
  );
  await applyOrder(scope, actor, productCategories, rows, ids, 'category at this level', {
    action: 'category.reordered',
    targetType: 'product_category',
    targetId: parentId ?? undefined,
  });
}
