import type { SiteSnapshot } from '@mewayz/contracts';
import { postModifiedAt, postPath, visiblePosts } from './blog/blog-index.ts';
import { escapeXml, normalizeOrigin } from './safe-values.ts';
import { catalogIndex } from './store/catalog-index.ts';
import { productPath } from './store/product-card.tsx';

function hiddenFromSearch(snapshot: SiteSnapshot): boolean {
  // An age-gated site shows crawlers only the gate (itself noindex), so there is nothing to index.
  return Boolean(snapshot.seo?.noindex || snapshot.settings?.sensitive);
}

/**
 * `robots.txt` for a site: everything disallowed when the site opts out of search (or is age-gated);
 * otherwise the page is allowed, the counted redirects (`/go/`) are not, and the sitemap is announced.
 */
export function renderRobotsTxt(snapshot: SiteSnapshot, canonicalOrigin: string): string {
  if (hiddenFromSearch(snapshot)) return 'User-agent: *\nDisallow: /\n';
  const origin = normalizeOrigin(canonicalOrigin);
  return `User-agent: *\nAllow: /\nDisallow: /go/\n\nSitemap: ${origin}/sitemap.xml\n`;
}

/**
 * `sitemap.xml` for a site: its home and its published pages (not those kept out of search) with the
 * publication time, its blog and visible posts (not those kept out of search), and when it has a store, the store
 * and every product page that is not kept out of search (as of the catalog's compilation). No URLs
 * when the site is hidden from search.
 */
export function renderSitemapXml(
  snapshot: SiteSnapshot,
  canonicalOrigin: string,
  lastModified: Date,
  /** Posts scheduled after this are left out (the edge expires the sitemap when the next appears). */
  now: Date = lastModified,
): string {
  const head =
    '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">';
  if (hiddenFromSearch(snapshot)) return `${head}</urlset>\n`;
  const origin = normalizeOrigin(canonicalOrigin);
  const entry = (path: string, modified: Date) => {
    const lastmod = Number.isNaN(modified.getTime()) ? '' : `<lastmod>${modified.toISOString()}</lastmod>`;
    return `<url><loc>${escapeXml(`${origin}${path}`)}</loc>${lastmod}</url>`;
  };
  let urls = entry('/', lastModified);
  for (const page of snapshot.pages ?? [])
    if (page.role === 'page' && !page.seo.noindex) urls += entry(`/${page.slug}`, lastModified);
  const posts = visiblePosts(snapshot, now);
  if (posts.length > 0) {
    urls += entry('/blog', new Date(posts[0]!.publishedAt));
    for (const post of posts)
      if (!post.seo.noindex) urls += entry(postPath(post), new Date(postModifiedAt(post)));
  }
  const store = catalogIndex(snapshot);
  if (store && store.products.length > 0) {
    const compiled = new Date(store.catalog.compiledAt);
    urls += entry('/store', compiled);
    for (const product of store.products)
      if (!product.seo?.noindex) urls += entry(productPath(product), compiled);
  }
  return `${head}${urls}</urlset>\n`;
}
