import {
  type CreateProductInput,
  createProductInput,
  type ProductKind,
  type UpdateProductInput,
  updateProductInput,
} from '@mewayz/contracts';
import {
  productCategories,
  productCategoryLinks,
  type productImages,
  products,
  productVariants,
} from '@mewayz/db/schema';
import { and, desc, eq, inArray, like, type SQL } from 'drizzle-orm';
import { recordAudit } from '../audit/record.ts';
import type { Actor, CoreDeps } from '../deps.ts';
import { NotFound } from '../errors.ts';
import { assertId, newId } from '../ids.ts';
import type { TenantScope } from '../tenancy/scope.ts';
import { minorUnitExponent } from './money.ts';
import {
  conflictOnDuplicate,
  freeSlug,
  hasStock,
  invalid,
  type Page,
  parseInput,
  productInStock,
  productParts,
  slugify,
  taken,
} from './shared.ts';
import { afterCatalogChange } from './storefront.ts';

export type ProductRow = typeof products.$inferSelect;
type VariantRow = typeof productVariants.$inferSelect;
type ImageRow = typeof productImages.$inferSelect;

export function variantView(row: VariantRow) {
  return {
    id: row.id,
    productId: row.productId,
    name: row.name,
    attributes: row.attributes,
    price: row.price,
    compareAtPrice: row.compareAtPrice,
    sku: row.sku,
    stock: row.stock,
    inStock: hasStock(row.stock),
    position: row.position,
  };
}
export type VariantView = ReturnType<typeof variantView>;

export function imageView(row: ImageRow) {
  return { id: row.id, productId: row.productId, key: row.r2Key, alt: row.alt, position: row.position };
}

export function productView(
  row: ProductRow,
  variants: VariantRow[],
  images: ImageRow[],
  categoryIds: string[],
) {
  const kind = row.kind as ProductKind;
  const variantViews = variants.map(variantView);
  const inStock = productInStock(
    kind,
    row.stock,
    variantViews.map((v) => v.inStock),
  );
  return {
    id: row.id,
    kind,
    name: row.name,
    slug: row.slug,
    description: row.description,
    currency: row.currency,
    price: row.price,
    compareAtPrice: row.compareAtPrice,
    sku: row.sku,
    active: row.active,
    seo: row.seo,
    stock: kind === 'physical' && variants.length === 0 ? row.stock : null,
    inStock,
    shippingRates: kind === 'physical' ? (row.shippingRates ?? []) : [],
    download:
      kind === 'digital'
        ? {
            fileKey: row.fileKey,
            downloadLimit: row.downloadLimit ?? 5,
            linkExpiryHours: row.linkExpiryHours ?? 72,
          }
        : null,
    payWhatYouWant:
      kind === 'pay_what_you_want' ? { minPrice: row.price, suggestedPrice: row.suggestedPrice } : null,
    categoryIds,
    variants: variantViews,
    images: images.map(imageView),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
export type ProductView = ReturnType<typeof productView>;

/** A product of this organization (not deleted), or 404 — malformed ids included. */
export async function loadProduct(scope: TenantScope, productId: string): Promise<ProductRow> {
  assertId('product', productId);
  const row = await scope.first(products, eq(products.id, productId));
  if (!row) throw new NotFound('Product');
  return row;
}

async function viewsOf(scope: TenantScope, rows: ProductRow[]): Promise<ProductView[]> {
  if (rows.length === 0) return [];
  const { variants, images, links } = await productParts(
    scope,
    rows.map((r) => r.id),
  );
  return rows.map((r) =>
    productView(
      r,
      variants.filter((v) => v.productId === r.id),
      images.filter((i) => i.productId === r.id),
      links.filter((l) => l.productId === r.id).map((l) => l.categoryId),
    ),
  );
}

export async function productViewOf(scope: TenantScope, row: ProductRow): Promise<ProductView> {
  return (await viewsOf(scope, [row]))[0]!;
}

export interface ProductFilter {
  /** Words of the name (case-insensitive, anywhere in it). */
  search?: string;
  active?: boolean;
  kind?: ProductKind;
  categoryId?: string;
}

/** A page of products, newest first, filtered by name, active flag, kind and category. */
export async function listProducts(_deps: CoreDeps, scope: TenantScope, filter: ProductFilter, page: Page) {
  const conds: (SQL | undefined)[] = [];
  const search = filter.search?.trim().slice(0, 200);
  if (search) conds.push(like(products.name, `%${search.replace(/[%_\\]/g, '\\$&')}%`));
  if (filter.active !== undefined) conds.push(eq(products.active, filter.active));
  if (filter.kind) conds.push(eq(products.kind, filter.kind));
  if (filter.categoryId) {
    assertId('productCategory', filter.categoryId, 'Category');
    const links = await scope.list(
      productCategoryLinks,
      eq(productCategoryLinks.categoryId, filter.categoryId),
    );
    if (links.length === 0) return { items: [], total: 0 };
    conds.push(
      inArray(
        products.id,
        links.map((l) => l.productId),
      ),
    );
  }
  const where = conds.length ? and(...conds) : undefined;
  const [rows, total] = await Promise.all([
    scope.list(products, where, {
      orderBy: [desc(products.createdAt), desc(products.id)],
      limit: page.perPage,
      offset: (page.page - 1) * page.perPage,
    }),
    scope.count(products, where),
  ]);
  return { items: await viewsOf(scope, rows), total };
}

export async function getProduct(_deps: CoreDeps, scope: TenantScope, productId: string) {
  return productViewOf(scope, await loadProduct(scope, productId));
}

/**
 * Whether `sku` is used by a product or a variant of the organization (deleted ones too: their SKUs
 * stay reserved, orders point at them), other than the row being changed.
 */
export async function assertSkuFree(scope: TenantScope, sku: string | null | undefined, except?: string) {
  if (!sku) return;
  const [p, v] = await Promise.all([
    scope.first(products, eq(products.sku, sku), { withDeleted: true }),
    scope.first(productVariants, eq(productVariants.sku, sku), { withDeleted: true }),
  ]);
  if (p && p.id !== except) taken('sku', 'another product');
  if (v && v.id !== except) taken('sku', 'a variant');
}

async function assertCategoriesExist(scope: TenantScope, ids: readonly string[]) {
  if (ids.length === 0) return;
  const found = await scope.list(productCategories, inArray(productCategories.id, [...ids]));
  if (found.length !== new Set(ids).size) throw new NotFound('Category');
}

async function slugTaken(scope: TenantScope, slug: string, except?: string) {
  const row = await scope.first(products, eq(products.slug, slug), { withDeleted: true });
  return row !== null && row.id !== except;
}

/** A compare-at price (the "was" price) must be above the price. */
export function checkPrices(price: number, compareAtPrice: number | null | undefined) {
  if (compareAtPrice !== null && compareAtPrice !== undefined && compareAtPrice <= price)
    invalid('compareAtPrice', 'Make the compare-at price higher than the price', 'The price is not valid.');
}

function checkSuggested(minPrice: number, suggested: number | null | undefined) {
  if (suggested !== null && suggested !== undefined && suggested < minPrice)
    invalid('suggestedPrice', 'Suggest at least the minimum price', 'The price is not valid.');
}

/** Create a product of one kind; slug from the name when not given (`-2`, `-3` … when taken). */
export async function createProduct(
  deps: CoreDeps,
  scope: TenantScope,
  actor: Actor,
  input: CreateProductInput,
) {
  const data = parseInput(createProductInput, input, 'product');
  const price = data.kind === 'pay_what_you_want' ? data.minPrice : data.price;
  checkPrices(price, data.compareAtPrice);
  if (data.kind === 'pay_what_you_want') checkSuggested(data.minPrice, data.suggestedPrice);
  await assertCategoriesExist(scope, data.categoryIds);
  await assertSkuFree(scope, data.sku);
  let slug = data.slug;
  if (slug) {
    if (await slugTaken(scope, slug)) taken('slug', 'another product');
  } else {
    slug = await freeSlug(slugify(data.name, 'product'), (s) => slugTaken(scope, s));
  }
  const id = newId('product');
  await conflictOnDuplicate(() =>
    scope.transaction(async (tx) => {
      await tx.insert(products, {
        id,
        kind: data.kind,
        name: data.name,
        slug,
        description: data.description ?? '',
        currency: data.currency,
        price,
        compareAtPrice: data.compareAtPrice ?? null,
        sku: data.sku ?? null,
        active: data.active,
        seo: data.seo,
        stock: data.kind === 'physical' ? data.stock : null,
        shippingRates: data.kind === 'physical' ? data.shippingRates : null,
        fileKey: data.kind === 'digital' ? data.download.fileKey : null,
        downloadLimit: data.kind === 'digital' ? data.download.downloadLimit : null,
        linkExpiryHours: data.kind === 'digital' ? data.download.linkExpiryHours : null,
        suggestedPrice: data.kind === 'pay_what_you_want' ? data.suggestedPrice : null,
      });
      await tx.insert(
        productCategoryLinks,
        data.categoryIds.map((categoryId) => ({ productId: id, categoryId })),
      );
      await recordAudit(tx, actor, {
        action: 'product.created',
        targetType: 'product',
        targetId: id,
        metadata: { kind: data.kind, slug },
      });
    }),
  );
  await afterCatalogChange(deps, scope);
  return getProduct(deps, scope, id);
}

const kindFields: Record<ProductKind, readonly (keyof UpdateProductInput)[]> = {
  physical: ['price', 'stock', 'shippingRates'],
  digital: ['price', 'download'],
  pay_what_you_want: ['minPrice', 'suggestedPrice'],
};
const kindOnly: (keyof UpdateProductInput)[] = [
  'price',
  'stock',
  'shippingRates',
  'download',
  'minPrice',
  'suggestedPrice',
];
const kindNames: Record<ProductKind, string> = {
  physical: 'a physical product',
  digital: 'a digital download',
  pay_what_you_want: 'a pay-what-you-want product',
};

/** Change the fields sent; the kind is fixed, and fields of another kind answer 422. */
export async function updateProduct(
  deps: CoreDeps,
  scope: TenantScope,
  actor: Actor,
  productId: string,
  patch: UpdateProductInput,
) {
  const data = parseInput(updateProductInput, patch, 'product');
  const current = await loadProduct(scope, productId);
  const kind = current.kind as ProductKind;
  for (const field of kindOnly) {
    if (data[field] !== undefined && !kindFields[kind].includes(field))
      invalid(field, `Not used by ${kindNames[kind]}`);
  }
  const changes: Partial<ProductRow> = {};
  if (data.name !== undefined) changes.name = data.name;
  if (data.description !== undefined) changes.description = data.description;
  if (data.currency !== undefined && data.currency !== current.currency) {
    // Amounts are minor units: 2500 means $25.00 but ¥2500. A change to a currency with another
    // exponent must restate the price, and cannot silently re-mean the variants' prices.
    if (minorUnitExponent(data.currency) !== minorUnitExponent(current.currency)) {
      if (data.price === undefined && data.minPrice === undefined)
        invalid('currency', 'Send the price in the new currency too: its smallest unit differs');
      if (await scope.count(productVariants, eq(productVariants.productId, current.id)))
        invalid('currency', 'This product has variants priced in the current currency');
    }
    changes.currency = data.currency;
  }
  if (data.active !== undefined) changes.active = data.active;
  if (data.seo !== undefined) changes.seo = data.seo;
  if (data.compareAtPrice !== undefined) changes.compareAtPrice = data.compareAtPrice;
  if (data.price !== undefined) changes.price = data.price;
  if (data.minPrice !== undefined) changes.price = data.minPrice;
  if (data.suggestedPrice !== undefined) changes.suggestedPrice = data.suggestedPrice;
  if (data.slug !== undefined && data.slug !== current.slug) {
    if (await slugTaken(scope, data.slug, current.id)) taken('slug', 'another product');
    changes.slug = data.slug;
  }
  if (data.sku !== undefined) {
    await assertSkuFree(scope, data.sku, current.id);
    changes.sku = data.sku;
  }
  if (data.stock !== undefined) {
    if (await scope.count(productVariants, eq(productVariants.productId, current.id)))
      invalid('stock', 'This product has variants: set the stock of each variant');
    changes.stock = data.stock;
  }
  if (data.shippingRates !== undefined) changes.shippingRates = data.shippingRates;
  if (data.download) {
    if (data.download.fileKey !== undefined) changes.fileKey = data.download.fileKey;
    if (data.download.downloadLimit !== undefined) changes.downloadLimit = data.download.downloadLimit;
    if (data.download.linkExpiryHours !== undefined) changes.linkExpiryHours = data.download.linkExpiryHours;
  }
  const price = changes.price ?? current.price;
  checkPrices(price, changes.compareAtPrice !== undefined ? changes.compareAtPrice : current.compareAtPrice);
  if (kind === 'pay_what_you_want')
    checkSuggested(
      price,
      changes.suggestedPrice !== undefined ? changes.suggestedPrice : current.suggestedPrice,
    );
  if (data.categoryIds) await assertCategoriesExist(scope, data.categoryIds);
  await conflictOnDuplicate(() =>
    scope.transaction(async (tx) => {
      if (Object.keys(changes).length) await tx.update(products, changes, eq(products.id, current.id));
      if (data.categoryIds) {
        await tx.hardDelete(productCategoryLinks, eq(productCategoryLinks.productId, current.id));
        await tx.insert(
          productCategoryLinks,
          data.categoryIds.map((categoryId) => ({ productId: current.id, categoryId })),
        );
      }
      await recordAudit(tx, actor, {
        action: 'product.updated',
        targetType: 'product',
        targetId: current.id,
        metadata: { fields: Object.keys(data).filter((k) => data[k as keyof typeof data] !== undefined) },
      });
    }),
  );
  await afterCatalogChange(deps, scope);
  return getProduct(deps, scope, current.id);
}

/**
 * Soft-delete a product and its variants: they leave the catalog, but their rows (and SKUs, slugs)
 * stay for the orders that point at them.
 */
export async function deleteProduct(deps: CoreDeps, scope: TenantScope, actor: Actor, productId: string) {
  const row = await loadProduct(scope, productId);
  await scope.transaction(async (tx) => {
    await tx.softDelete(productVariants, eq(productVariants.productId, row.id));
    await tx.softDelete(products, eq(products.id, row.id));
    await recordAudit(tx, actor, {
      action: 'product.deleted',
      targetType: 'product',
      targetId: row.id,
      metadata: { slug: row.slug },
    });
  });
  await afterCatalogChange(deps, scope);
}
