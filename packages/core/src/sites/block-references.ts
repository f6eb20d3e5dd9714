import type { SnapshotCatalog } from '@mewayz/contracts';
import { courses, productCategories, products } from '@mewayz/db/schema';
import { eq } from 'drizzle-orm';
import { NotFound } from '../errors.ts';
import type { TenantScope } from '../tenancy/scope.ts';

/**
 * Blocks that show something of the organization's catalog name it by id. What a block names is
 * checked when it is written (so an integrator learns at once, with a code) and again at publish,
 * where what left the catalog since is dropped.
 */

/**
 * A product, collection or course block must name the organization's own product, category or course
 * (an inactive product or a draft course too: it shows once it is live). A deleted one, a missing one
 * and another organization's answer alike: 404, as a malformed id in the body does and as a category a
 * product names does.
 */
export async function assertBlockReferences(scope: TenantScope, type: string, data: unknown): Promise<void> {
  const named = data as { productId?: string; categoryId?: string; courseId?: string };
  if (type === 'product' && named.productId) {
    if (!(await scope.first(products, eq(products.id, named.productId)))) throw new NotFound('Product');
  } else if (type === 'collection' && named.categoryId) {
    if (!(await scope.first(productCategories, eq(productCategories.id, named.categoryId))))
      throw new NotFound('Category');
  } else if (type === 'course' && named.courseId) {
    if (!(await scope.first(courses, eq(courses.id, named.courseId)))) throw new NotFound('Course');
  }
}

/**
 * Whether a block still has something to show from the compiled catalog: a product that is inactive
 * or deleted, or a course unpublished or deleted, has no card, and its block is left out of the snapshot.
 */
export function showsFromCatalog(catalog: SnapshotCatalog) {
  const products = new Set(catalog.products.map((p) => p.id));
  const published = new Set((catalog.courses ?? []).map((c) => c.id));
  return (type: string, data: Record<string, unknown>): boolean => {
    if (type === 'product') return products.has(data.productId as string);
    if (type === 'course') return !data.courseId || published.has(data.courseId as string);
    return true;
  };
}
