import type { SiteSnapshot } from '@mewayz/contracts';
import { clip } from '../head.tsx';
import { markdownPlainText, renderMarkdown } from '../markdown.ts';
import { fluidSrcset } from '../responsive-image.ts';
import { type RenderedSitePage, renderSiteDocument, type SitePageOptions } from '../site-page.tsx';
import { BuyForm } from '../store/buy-form.tsx';
import { catalogIndex } from '../store/catalog-index.ts';
import { Price } from '../store/price.tsx';
import { imageUrl, productPath, shownImages } from '../store/product-card.tsx';
import { storeCss } from '../store/store-css.ts';
import { StoreNav } from '../store/store-nav.tsx';
import { productJsonLd } from '../store/structured-data.ts';

/**
 * A product's page (`/p/<slug>`): its pictures, name, price, description (the safe Markdown of text
 * blocks) and the Buy form, with schema.org Product data and its own title, description and preview
 * for search engines and link previews. Null when the store has no such product — the edge answers 404.
 */
export async function renderProductPage(
  snapshot: SiteSnapshot,
  opts: SitePageOptions,
  slug: string,
): Promise<RenderedSitePage | null> {
  const product = catalogIndex(snapshot)?.productBySlug.get(slug);
  if (!product) return null;
  const path = productPath(product);
  const canonicalOrigin = new URL(opts.canonicalOrigin).origin;
  const images = shownImages(product);
  const plain = markdownPlainText(product.description);
  const description = clip(
    product.seo?.description || plain || `${product.name} from ${snapshot.profile.name}`,
    200,
  );
  return renderSiteDocument(snapshot, opts, {
    extraCss: storeCss,
    mainClass: 'wide',
    noindex: Boolean(product.seo?.noindex),
    page: {
      path,
      title: product.seo?.title || `${product.name} — ${snapshot.profile.name}`,
      description,
      image: images[0] ? imageUrl(canonicalOrigin, images[0]) : null,
      type: 'product',
      jsonLd: productJsonLd(product, {
        url: `${canonicalOrigin}${path}`,
        canonicalOrigin,
        description: clip(plain, 5000),
      }),
    },
    main: ({ origin }) => (
      <>
        <StoreNav snapshot={snapshot} origin={origin} />
        <article class="pp">
          {images.length > 0 ? (
            <div
              class="gal"
              {...(images.length > 1 ? { tabindex: 0, role: 'region', 'aria-label': 'Pictures' } : {})}
            >
              {images.map((image, i) => (
                <img
                  src={imageUrl(origin, image)}
                  {...fluidSrcset(
                    imageUrl(origin, image),
                    764,
                    '(min-width: 800px) 502px, calc(100vw - 36px)',
                  )}
                  width={800}
                  height={800}
                  alt={image.alt || (i === 0 ? product.name : '')}
                  loading={i === 0 ? undefined : 'lazy'}
                  fetchpriority={i === 0 ? 'high' : undefined}
                  decoding="async"
                />
              ))}
            </div>
          ) : null}
          <div class="pi">
            <h1>{product.name}</h1>
            <Price product={product} />
            <BuyForm product={product} idPrefix="buy" />
            {product.description ? (
              <div class="ds" dangerouslySetInnerHTML={{ __html: renderMarkdown(product.description) }} />
            ) : null}
          </div>
        </article>
      </>
    ),
  });
}
