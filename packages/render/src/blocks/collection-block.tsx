import { productsIn } from '../store/catalog-index.ts';
import { ProductTile, storePath } from '../store/product-card.tsx';
import type { BlockProps } from './block-context.ts';

/**
 * The newest products of the shop (or of one category and its subcategories) as a grid or a list of
 * links to their pages, and a link to the store. Nothing when there is nothing to show.
 */
export function CollectionBlock({
  block,
  ctx,
  eagerTiles = 0,
}: BlockProps<'collection'> & {
  /** How many first tiles load their picture at once. */ eagerTiles?: number;
}) {
  const index = ctx.catalog;
  if (!index) return null;
  const { categoryId, layout, limit } = block.data;
  const category = categoryId ? index.categoryById.get(categoryId) : null;
  if (category === undefined) return null;
  const count = Number.isInteger(limit) ? Math.min(Math.max(limit, 1), 12) : 6;
  const products = productsIn(index, category).slice(0, count);
  if (products.length === 0) return null;
  return (
    <section class="cl" aria-label={category ? category.name : 'Shop'}>
      <ul class={layout === 'list' ? 'pl' : 'pg'}>
        {products.map((product, i) => (
          <ProductTile product={product} origin={ctx.origin} eager={i < eagerTiles} />
        ))}
      </ul>
      <p class="more">
        <a href={storePath(category?.slug)}>{category ? `All of ${category.name}` : 'Visit the store'}</a>
      </p>
    </section>
  );
}
