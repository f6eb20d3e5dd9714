import { maxLineQuantity } from '@mewayz/contracts';
import { products, productVariants } from '@mewayz/db/schema';
import { and, eq, gte, isNotNull, sql } from 'drizzle-orm';
import type { CoreDeps } from '../deps.ts';
import { Conflict, NotFound } from '../errors.ts';
import { assertId } from '../ids.ts';
import type { TenantScope } from '../tenancy/scope.ts';
import { loadProduct } from './products.ts';
import { invalid } from './shared.ts';

/** Most items of one line a buyer may ask for at once (the buy form's limit too). */
export const maxQuantity = maxLineQuantity;

export interface LineRequest {
  productId: string;
  variantId?: string;
  quantity: number;
}

/** What a line costs, once it is known to be purchasable. */
export interface PurchasableLine {
  productId: string;
  variantId: string | null;
  kind: string;
  currency: string;
  unitPrice: number;
  quantity: number;
}

function outOfStock(what: string): never {
  throw new Conflict(`${what} is out of stock.`, [
    { path: 'quantity', message: 'not enough in stock', code: 'out_of_stock' },
  ]);
}

/**
 * Whether a line can be bought now, for checkout to come: the product exists here and is active (else
 * 404 / 422), a product with variants names one of them, the quantity is a whole number from 1, and
 * tracked stock covers it (else 409 `out_of_stock`).
 */
export async function checkPurchasable(
  _deps: CoreDeps,
  scope: TenantScope,
  line: LineRequest,
): Promise<PurchasableLine> {
  const product = await loadProduct(scope, line.productId);
  if (!Number.isSafeInteger(line.quantity) || line.quantity < 1 || line.quantity > maxQuantity)
    invalid('quantity', `Use a whole number from 1 to ${maxQuantity}`);
  if (!product.active) invalid('productId', 'This product is not on sale', 'The product is inactive.');
  const variants = await scope.list(productVariants, eq(productVariants.productId, product.id));
  let variant = null;
  if (line.variantId !== undefined) {
    assertId('productVariant', line.variantId, 'Variant');
    variant = variants.find((v) => v.id === line.variantId);
    if (!variant) throw new NotFound('Variant');
  } else if (variants.length > 0) invalid('variantId', 'Choose a variant, like a size');
  const stock = variant ? variant.stock : product.kind === 'physical' ? product.stock : null;
  if (stock !== null && stock < line.quantity)
    outOfStock(variant ? `${product.name} (${variant.name})` : product.name);
  return {
    productId: product.id,
    variantId: variant?.id ?? null,
    kind: product.kind,
    currency: product.currency,
    unitPrice: variant?.price ?? product.price,
    quantity: line.quantity,
  };
}

/**
 * Take `quantity` items out of tracked stock atomically (a conditional update, so two buyers of the
 * last item cannot both get it): 409 `out_of_stock` when not enough is left. Untracked stock is
 * unlimited. Run it in the transaction that records the sale.
 */
export async function takeStock(tx: TenantScope, line: PurchasableLine): Promise<void> {
  const changed = line.variantId
    ? await tx.update(
        productVariants,
        { stock: sql`${productVariants.stock} - ${line.quantity}` } as never,
        and(
          eq(productVariants.id, line.variantId),
          isNotNull(productVariants.stock),
          gte(productVariants.stock, line.quantity),
        ),
      )
    : await tx.update(
        products,
        { stock: sql`${products.stock} - ${line.quantity}` } as never,
        and(eq(products.id, line.productId), isNotNull(products.stock), gte(products.stock, line.quantity)),
      );
  if (changed === 1) return;
  // Nothing changed: either stock is not tracked (fine) or there is not enough left.
  const row = line.variantId
    ? await tx.first(productVariants, eq(productVariants.id, line.variantId))
    : await tx.first(products, eq(products.id, line.productId));
  if (row && row.stock !== null) outOfStock('The item');
}

/**
 * Put back what `takeStock` took (a checkout that ended unpaid). Untracked stock stays untracked; a
 * product or variant deleted meanwhile is left as it is (nobody can buy it any more).
 */
export async function returnStock(
  tx: TenantScope,
  line: Pick<PurchasableLine, 'productId' | 'variantId' | 'quantity'>,
): Promise<void> {
  if (line.variantId)
    await tx.update(
      productVariants,
      { stock: sql`${productVariants.stock} + ${line.quantity}` } as never,
      and(eq(productVariants.id, line.variantId), isNotNull(productVariants.stock)),
    );
  else
    await tx.update(
      products,
      { stock: sql`${products.stock} + ${line.quantity}` } as never,
      and(eq(products.id, line.productId), isNotNull(products.stock)),
    );
}
