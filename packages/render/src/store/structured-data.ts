import { type CatalogProduct, toDecimalString } from '@mewayz/contracts';
import { imageUrl, shownImages } from './product-card.tsx';

const availability = (inStock: boolean) =>
  inStock ? 'https://schema.org/InStock' : 'https://schema.org/OutOfStock';

/**
 * JSON for a `<script type="application/ld+json">` element: `<`, `>` and `&` (and the JS line
 * separators) as \u escapes, so no text of the creator's — `</script>` in a product name — can end
 * the element or open a comment, while the JSON means exactly the same.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/**
 * schema.org `Product` with its `Offer`s (one per variant when it has variants) for search engines:
 * prices as decimal strings with the currency's own number of decimals, availability, absolute image
 * URLs on the canonical host and the canonical page URL.
 */
export function productJsonLd(
  product: CatalogProduct,
  opts: { url: string; canonicalOrigin: string; description: string },
): string {
  const price = (amount: number) => toDecimalString(amount, product.currency);
  const offer = (amount: number, inStock: boolean, name?: string) => ({
    '@type': 'Offer',
    ...(name ? { name } : {}),
    price: price(amount),
    priceCurrency: product.currency,
    availability: availability(inStock),
    url: opts.url,
  });
  const images = shownImages(product).map((i) => imageUrl(opts.canonicalOrigin, i));
  return jsonForScript({
    '@context': 'https://schema.org',
    '@type': 'Product',
    name: product.name,
    ...(opts.description ? { description: opts.description } : {}),
    ...(images.length ? { image: images } : {}),
    url: opts.url,
    offers:
      product.variants.length > 0
        ? product.variants.map((v) => offer(v.price, v.inStock, v.name))
        : offer(product.price, product.inStock),
  });
}
