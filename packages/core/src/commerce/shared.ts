import type { z } from '@hono/zod-openapi';
import { productCategoryLinks, productImages, productVariants } from '@mewayz/db/schema';
import { asc, inArray } from 'drizzle-orm';
import { randomString } from '../crypto/random.ts';
import { isDuplicateKey } from '../data/mysql-errors.ts';
import { Conflict, ValidationFailed, zodDetails } from '../errors.ts';
import type { TenantScope } from '../tenancy/scope.ts';

export interface Page {
  page: number;
  perPage: number;
}

/** Parse a service input with its contract; problems answer 422 with one detail per issue. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, what: string): z.output<S> {
  const r = schema.safeParse(input);
  if (!r.success) throw new ValidationFailed(`The ${what} is not valid.`, zodDetails(r.error.issues));
  return r.data;
}

export function invalid(path: string, message: string, summary = 'The request is not valid.'): never {
  throw new ValidationFailed(summary, [{ path, message }]);
}

export function taken(path: 'slug' | 'sku', what: string): never {
  throw new Conflict(`That ${path === 'sku' ? 'SKU' : 'slug'} is already used by ${what}.`, [
    { path, message: 'already taken', code: `${path}_taken` },
  ]);
}

/** The slug a name gives (`Summer Tee (Blue)!` → `summer-tee-blue`), also shown by the dashboard as it is typed. */
export { catalogSlugFrom as slugify } from '@mewayz/contracts';

/**
 * A free slug: `base`, then `base-2` … `base-5`, then `base-<random>` (`isTaken` sees soft-deleted
 * rows too: their slugs stay reserved by the unique key).
 */
export async function freeSlug(base: string, isTaken: (slug: string) => Promise<boolean>): Promise<string> {
  const candidates = [base, ...[2, 3, 4, 5].map((n) => `${base}-${n}`)];
  for (let i = 0; i < 5; i++) candidates.push(`${base}-${randomString(6, slugAlphabet)}`);
  for (const candidate of candidates) if (!(await isTaken(candidate))) return candidate;
  throw new Conflict('Choose a slug: every one derived from the name is taken.', [
    { path: 'slug', message: 'already taken', code: 'slug_taken' },
  ]);
}
const slugAlphabet = 'abcdefghijkmnpqrstuvwxyz23456789';

/**
 * A unique key raced by a concurrent write (the checks before it passed) still answers 409 naming
 * the field, never a 500.
 */
export async function conflictOnDuplicate<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (!isDuplicateKey(err)) throw err;
    const text = String((err as { cause?: { message?: string } }).cause?.message ?? (err as Error).message);
    taken(/slug_uq/.test(text) ? 'slug' : 'sku', 'another item');
  }
}

/**
 * The variants, images and category links of the products `ids`, each in display order (the
 * products' own views and the storefront's compiled catalog both build from them).
 */
export async function productParts(scope: TenantScope, ids: string[]) {
  const [variants, images, links] = await Promise.all([
    scope.list(productVariants, inArray(productVariants.productId, ids), {
      orderBy: [asc(productVariants.position), asc(productVariants.id)],
    }),
    scope.list(productImages, inArray(productImages.productId, ids), {
      orderBy: [asc(productImages.position), asc(productImages.id)],
    }),
    scope.list(productCategoryLinks, inArray(productCategoryLinks.productId, ids), {
      orderBy: [asc(productCategoryLinks.categoryId)],
    }),
  ]);
  return { variants, images, links };
}

/** Whether tracked stock (null: not tracked, unlimited) lets at least one item be bought. */
export function hasStock(stock: number | null): boolean {
  return stock === null || stock > 0;
}

/**
 * Whether a product can be bought at all: downloads and pay-what-you-want always; a physical product
 * when one of its variants is in stock, or (without variants) its own stock.
 */
export function productInStock(kind: string, stock: number | null, variantsInStock: boolean[]): boolean {
  if (kind !== 'physical') return true;
  return variantsInStock.length > 0 ? variantsInStock.some(Boolean) : hasStock(stock);
}
