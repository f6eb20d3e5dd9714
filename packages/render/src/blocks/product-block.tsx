import { blockAnchor } from '../safe-values.ts';
import { ProductCard } from '../store/product-card.tsx';
import type { BlockProps } from './block-context.ts';

/**
 * One product of the shop as a card with its price and a Buy button. Nothing when the product is no
 * longer in the published catalog (deactivated or deleted since the page was published).
 */
export function ProductBlock({ block, ctx }: BlockProps<'product'>) {
  const product = ctx.catalog?.productById.get(block.data.productId);
  if (!product) return null;
  const anchor = blockAnchor(block.id);
  return (
    <section id={anchor} aria-label={product.name}>
      <ProductCard product={product} origin={ctx.origin} idPrefix={anchor} />
    </section>
  );
}
