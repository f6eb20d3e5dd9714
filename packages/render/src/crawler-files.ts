import type { SiteSnapshot } from '@mewayz/contracts';
import { escapeXml, normalizeOrigin } from './safe-values.ts';

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

/** `sitemap.xml` for a site: its one page with the publication time (no URLs when hidden from search). */
export function renderSitemapXml(
  snapshot: SiteSnapshot,
  canonicalOrigin: string,
  lastModified: Date,
): string {
  const head =
    '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">';
  if (hiddenFromSearch(snapshot)) return `${head}</urlset>\n`;
  const loc = escapeXml(`${normalizeOrigin(canonicalOrigin)}/`);
  const lastmod = Number.isNaN(lastModified.getTime())
    ? ''
    : `<lastmod>${lastModified.toISOString()}</lastmod>`;
  return `${head}<url><loc>${loc}</loc>${lastmod}</url></urlset>\n`;
}
