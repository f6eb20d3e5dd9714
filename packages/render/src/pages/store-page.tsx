import type { CatalogCategory, SiteSnapshot } from '@mewayz/contracts';
import { clip } from '../head.tsx';
import { type RenderedSitePage, renderSiteDocument, type SitePageOptions } from '../site-page.tsx';
import { catalogIndex, productsIn } from '../store/catalog-index.ts';
import { ProductTile, storePath } from '../store/product-card.tsx';
import { storeCss } from '../store/store-css.ts';
import { StoreNav } from '../store/store-nav.tsx';

/**
 * The store (`/store`) or one category of it (`/store/<slug>`, its subcategories included): a grid of
 * products linking to their pages, and links to the categories that have something to show. Null when
 * the site has no store (no products) or no such category — the edge answers 404.
 */
export async function renderStorePage(
  snapshot: SiteSnapshot,
  opts: SitePageOptions,
  categorySlug: string | null = null,
): Promise<RenderedSitePage | null> {
  const index = catalogIndex(snapshot);
  if (!index || index.products.length === 0) return null;
  const category: CatalogCategory | null = categorySlug
    ? (index.categoryBySlug.get(categorySlug) ?? null)
    : null;
  if (categorySlug && !category) return null;
  const products = productsIn(index, category);
  const shown = index.categories.filter((c) => c === category || productsIn(index, c).length > 0);
  const { profile } = snapshot;
  const heading = category ? category.name : 'Store';
  return renderSiteDocument(snapshot, opts, {
    extraCss: storeCss,
    mainClass: 'wide',
    page: {
      path: storePath(category?.slug),
      title: `${heading} — ${profile.name}`,
      description: clip(
        category
          ? `${category.name} from ${profile.name}: ${products.map((p) => p.name).join(', ')}`
          : `Shop ${profile.name}: ${products.map((p) => p.name).join(', ')}`,
        200,
      ),
      image: null,
      type: 'website',
    },
    main: ({ origin }) => (
      <>
        <StoreNav snapshot={snapshot} origin={origin} atStore={!category} />
        <h1>{heading}</h1>
        {shown.length > 0 ? (
          <nav aria-label="Categories">
            <ul class="cats">
              <li>
                <a href="/store" aria-current={category ? undefined : 'page'}>
                  All
                </a>
              </li>
              {shown.map((c) => (
                <li>
                  <a href={storePath(c.slug)} aria-current={c === category ? 'page' : undefined}>
                    {c.name}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
        {products.length > 0 ? (
          <ul class="pg">
            {products.map((product) => (
              <ProductTile product={product} origin={origin} />
            ))}
          </ul>
        ) : (
          <p>Nothing in this category yet.</p>
        )}
      </>
    ),
  });
}
