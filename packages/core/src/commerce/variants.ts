import {
  type CreateProductImageInput,
  type CreateVariantInput,
  createProductImageInput,
  createVariantInput,
  type UpdateVariantInput,
  updateVariantInput,
} from '@mewayz/contracts';
import { productImages, products, productVariants } from '@mewayz/db/schema';
import { and, eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record.ts';
import type { Actor, CoreDeps } from '../deps.ts';
import { Conflict, NotFound } from '../errors.ts';
import { assertId, newId } from '../ids.ts';
import type { TenantScope } from '../tenancy/scope.ts';
import {
  assertSkuFree,
  checkPrices,
  imageView,
  loadProduct,
  type ProductRow,
  variantView,
} from './products.ts';
import { conflictOnDuplicate, invalid, parseInput } from './shared.ts';
import { afterCatalogChange } from './storefront.ts';

/** At most this many variants per product and images per product. */
export const maxVariantsPerProduct = 100;
export const maxImagesPerProduct = 20;

type VariantRow = typeof productVariants.$inferSelect;

async function loadVariant(scope: TenantScope, product: ProductRow, variantId: string): Promise<VariantRow> {
  assertId('productVariant', variantId);
  const row = await scope.first(
    productVariants,
    and(eq(productVariants.id, variantId), eq(productVariants.productId, product.id)),
  );
  if (!row) throw new NotFound('Variant');
  return row;
}

const sameAttributes = (a: Record<string, string>, b: Record<string, string>) => {
  const norm = (x: Record<string, string>) =>
    JSON.stringify(
      Object.entries(x)
        .map(([k, v]) => [k.toLowerCase(), v.toLowerCase()])
        .sort(),
    );
  return norm(a) === norm(b);
};

async function assertAttributesFree(
  scope: TenantScope,
  productId: string,
  attributes: Record<string, string>,
  except?: string,
) {
  const siblings = await scope.list(productVariants, eq(productVariants.productId, productId));
  if (siblings.some((v) => v.id !== except && sameAttributes(v.attributes, attributes)))
    throw new Conflict('The product already has a variant with these attributes.', [
      { path: 'attributes', message: 'already used by another variant', code: 'variant_exists' },
    ]);
  return siblings;
}

/**
 * Add a variant (size, colour …) to a physical product, with its own price (default: the product's),
 * stock and SKU. The product's own stock stops counting once it has variants (it is cleared).
 */
export async function createVariant(
  deps: CoreDeps,
  scope: TenantScope,
  actor: Actor,
  productId: string,
  input: CreateVariantInput,
) {
  const data = parseInput(createVariantInput, input, 'variant');
  const product = await loadProduct(scope, productId);
  if (product.kind !== 'physical') invalid('attributes', 'Only physical products have variants');
  const siblings = await assertAttributesFree(scope, product.id, data.attributes);
  if (siblings.length >= maxVariantsPerProduct)
    invalid('attributes', `A product has at most ${maxVariantsPerProduct} variants`);
  const price = data.price ?? product.price;
  checkPrices(price, data.compareAtPrice);
  await assertSkuFree(scope, data.sku);
  const id = newId('productVariant');
  await conflictOnDuplicate(() =>
    scope.transaction(async (tx) => {
      await tx.insert(productVariants, {
        id,
        productId: product.id,
        name: data.name ?? Object.values(data.attributes).join(' / '),
        attributes: data.attributes,
        price,
        compareAtPrice: data.compareAtPrice ?? null,
        sku: data.sku ?? null,
        stock: data.stock,
        position: siblings.length,
      });
      if (siblings.length === 0 && product.stock !== null)
        await tx.update(products, { stock: null }, eq(products.id, product.id));
      await recordAudit(tx, actor, {
        action: 'product.variant_created',
        targetType: 'product_variant',
        targetId: id,
        metadata: { productId: product.id },
      });
    }),
  );
  await afterCatalogChange(deps, scope);
  return variantView((await scope.first(productVariants, eq(productVariants.id, id)))!);
}

export async function updateVariant(
  deps: CoreDeps,
  scope: TenantScope,
  actor: Actor,
  productId: string,
  variantId: string,
  patch: UpdateVariantInput,
) {
  const data = parseInput(updateVariantInput, patch, 'variant');
  const product = await loadProduct(scope, productId);
  const current = await loadVariant(scope, product, variantId);
  if (data.attributes) await assertAttributesFree(scope, product.id, data.attributes, current.id);
  if (data.sku !== undefined) await assertSkuFree(scope, data.sku, current.id);
  const changes: Partial<VariantRow> = {};
  for (const key of ['name', 'attributes', 'price', 'compareAtPrice', 'sku', 'stock', 'position'] as const) {
    if (data[key] !== undefined) (changes as Record<string, unknown>)[key] = data[key];
  }
  checkPrices(
    changes.price ?? current.price,
    changes.compareAtPrice !== undefined ? changes.compareAtPrice : current.compareAtPrice,
  );
  await conflictOnDuplicate(() =>
    scope.transaction(async (tx) => {
      await tx.update(productVariants, changes, eq(productVariants.id, current.id));
      await recordAudit(tx, actor, {
        action: 'product.variant_updated',
        targetType: 'product_variant',
        targetId: current.id,
        metadata: { productId: product.id, fields: Object.keys(changes) },
      });
    }),
  );
  await afterCatalogChange(deps, scope);
  return variantView((await scope.first(productVariants, eq(productVariants.id, current.id)))!);
}

/** Soft-delete a variant (orders keep pointing at it; its SKU stays reserved). */
export async function deleteVariant(
  deps: CoreDeps,
  scope: TenantScope,
  actor: Actor,
  productId: string,
  variantId: string,
) {
  const product = await loadProduct(scope, productId);
  const current = await loadVariant(scope, product, variantId);
  await scope.transaction(async (tx) => {
    await tx.softDelete(productVariants, eq(productVariants.id, current.id));
    await recordAudit(tx, actor, {
      action: 'product.variant_deleted',
      targetType: 'product_variant',
      targetId: current.id,
      metadata: { productId: product.id },
    });
  });
  await afterCatalogChange(deps, scope);
}

/** Record an image of a product by its R2 key (the upload itself comes with the dashboard). */
export async function addProductImage(
  deps: CoreDeps,
  scope: TenantScope,
  actor: Actor,
  productId: string,
  input: CreateProductImageInput,
) {
  const data = parseInput(createProductImageInput, input, 'image');
  const product = await loadProduct(scope, productId);
  const count = await scope.count(productImages, eq(productImages.productId, product.id));
  if (count >= maxImagesPerProduct) invalid('key', `A product has at most ${maxImagesPerProduct} images`);
  const id = newId('productImage');
  await scope.transaction(async (tx) => {
    await tx.insert(productImages, {
      id,
      productId: product.id,
      r2Key: data.key,
      alt: data.alt ?? null,
      position: count,
    });
    await recordAudit(tx, actor, {
      action: 'product.image_added',
      targetType: 'product_image',
      targetId: id,
      metadata: { productId: product.id, key: data.key },
    });
  });
  await afterCatalogChange(deps, scope);
  return imageView((await scope.first(productImages, eq(productImages.id, id)))!);
}

export async function deleteProductImage(
  deps: CoreDeps,
  scope: TenantScope,
  actor: Actor,
  productId: string,
  imageId: string,
) {
  const product = await loadProduct(scope, productId);
  assertId('productImage', imageId, 'Image');
  const row = await scope.first(
    productImages,
    and(eq(productImages.id, imageId), eq(productImages.productId, product.id)),
  );
  if (!row) throw new NotFound('Image');
  await scope.transaction(async (tx) => {
    await tx.hardDelete(productImages, eq(productImages.id, row.id));
    await recordAudit(tx, actor, {
      action: 'product.image_removed',
      targetType: 'product_image',
      targetId: row.id,
      metadata: { productId: product.id, key: row.r2Key },
    });
  });
  await afterCatalogChange(deps, scope);
}
