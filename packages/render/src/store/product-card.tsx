import type { CatalogImage, CatalogProduct } from '@mewayz/contracts';
import { isServedMediaKey } from '../media-keys.ts';
import { fixedSrcset } from '../responsive-image.ts';
import { BuyForm } from './buy-form.tsx';
import { Price } from './price.tsx';

/** Same-site path of a product's page. */
export const productPath = (product: CatalogProduct) => `/p/${product.slug}`;

/** Same-site path of the store, or of one category of it. */
export const storePath = (categorySlug?: string | null) =>
  categorySlug ? `/store/${categorySlug}` : '/store';

/** The product's images the site can serve (a key outside the served media would be a broken image). */
export function shownImages(product: CatalogProduct): CatalogImage[] {
  return product.images.filter((i) => typeof i?.key === 'string' && isServedMediaKey(i.key));
}

/** URL of a product image on `origin` (the page's own for `<img>`, the canonical one for metadata). */
export function imageUrl(origin: string, image: CatalogImage): string {
  return `${origin}/media/${image.key}`;
}

/** A square product picture, or a plain tile with the name's first letter when it has none. */
export function ProductPicture({
  product,
  origin,
  size,
  eager = false,
}: {
  product: CatalogProduct;
  origin: string;
  size: number;
  eager?: boolean;
}) {
  const image = shownImages(product)[0];
  if (!image) {
    return (
      <span class="ph" aria-hidden="true">
        {Array.from(product.name.trim())[0] ?? ''}
      </span>
    );
  }
  return (
    <img
      src={imageUrl(origin, image)}
      {...fixedSrcset(imageUrl(origin, image), size)}
      width={size}
      height={size}
      alt={image.alt ?? ''}
      loading={eager ? undefined : 'lazy'}
      decoding="async"
    />
  );
}

/** A product in a grid or list: picture, name and price, all one link to its page. */
export function ProductTile({
  product,
  origin,
  eager = false,
}: {
  product: CatalogProduct;
  origin: string;
  /** Load the picture at once: the tile is in the first screen (a lazy LCP image waits for layout). */
  eager?: boolean;
}) {
  return (
    <li>
      <a class="pc" href={productPath(product)}>
        <ProductPicture product={product} origin={origin} size={320} eager={eager} />
        <span class="pb">
          <span class="pn">{product.name}</span>
          <Price product={product} />
        </span>
      </a>
    </li>
  );
}

/**
 * One product as a card on a bio page: its picture, its name linking to its page, the price and a Buy
 * button (and a choice of variant or amount where the product needs one).
 */
export function ProductCard({
  product,
  origin,
  idPrefix,
}: {
  product: CatalogProduct;
  origin: string;
  idPrefix: string;
}) {
  return (
    <div class="pk">
      <ProductPicture product={product} origin={origin} size={120} />
      <div class="pb">
        <a class="pn" href={productPath(product)}>
          {product.name}
        </a>
        <Price product={product} />
        <BuyForm product={product} idPrefix={idPrefix} compact />
      </div>
    </div>
  );
}
