import type { SiteSnapshot } from '@mewayz/contracts';
import { monogramFavicon } from './favicon.ts';
import { socialLinks } from './outbound-links.ts';
import { httpUrlOrNull, imageUrlOrNull } from './safe-values.ts';
import type { ResolvedTheme } from './themes.ts';
import { colorSchemeMeta } from './themes.ts';

/** Props of the site page's `<head>` tags. */
export interface SiteHeadProps {
  snapshot: SiteSnapshot;
  theme: ResolvedTheme;
  /** `scheme://host[:port]` of the canonical host, without a trailing slash. */
  canonicalOrigin: string;
  origin: string;
  /** Force `noindex` (the age gate) regardless of the site's SEO settings. */
  noindex?: boolean;
  /** Leave out description and social previews (the age gate shows none of the site's content). */
  minimal?: boolean;
  /** A page of the site other than its home (the store, a product): its own URL, texts and preview. */
  page?: PageMeta;
}

/** What a page of the site other than the home page says about itself. */
export interface PageMeta {
  /** Same-site path, e.g. `/p/studio-tee`. */
  path: string;
  title: string;
  description: string;
  /** Absolute URL of its preview image. */
  image: string | null;
  type: 'website' | 'product' | 'article';
  /** Open Graph `article:*` facts of a blog post. */
  article?: { publishedTime: string; modifiedTime: string; tags: string[] };
  /** Announce the blog's RSS and Atom feeds (the blog's own pages). */
  feeds?: boolean;
  /** JSON-LD, already escaped for a script element (see store/structured-data.ts). */
  jsonLd?: string;
}

/** The text on one line, at most `max` characters (an ellipsis where it was cut). */
export function clip(text: string, max: number): string {
  const chars = Array.from(text.replace(/\s+/g, ' ').trim());
  return chars.length <= max
    ? chars.join('')
    : `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}

/**
 * The creator's social profiles as `rel=me` links: the visible icons go through the counted redirect,
 * and services such as Mastodon verify that a page links to a profile by these.
 */
function meLinks(snapshot: SiteSnapshot): string[] {
  return snapshot.blocks.flatMap((block) =>
    block.type === 'social' ? socialLinks(block).map((link) => link.href) : [],
  );
}

/** Title, description, canonical URL, Open Graph and Twitter cards, robots, colour scheme and favicon. */
export function SiteHead({
  snapshot,
  theme,
  canonicalOrigin,
  origin,
  noindex,
  minimal,
  page,
}: SiteHeadProps) {
  const { profile, seo } = snapshot;
  const title = clip(page?.title ?? (seo.title || profile.name), 70);
  const description = clip(
    page?.description ?? (seo.description || profile.bio || `${profile.name} on Mewayz`),
    200,
  );
  const url = `${canonicalOrigin}${page?.path ?? '/'}`;
  const image = page ? page.image : httpUrlOrNull(seo.ogImageUrl);
  const favicon =
    imageUrlOrNull(seo.faviconUrl, origin) ??
    monogramFavicon(profile.name, theme.palette.accent, theme.palette.onAccent);
  return (
    <>
      <title>{title}</title>
      {minimal ? null : (
        <>
          <meta name="description" content={description} />
          <link rel="canonical" href={url} />
          <meta property="og:type" content={page?.type ?? 'profile'} />
          <meta property="og:title" content={title} />
          <meta property="og:description" content={description} />
          <meta property="og:url" content={url} />
          {image ? <meta property="og:image" content={image} /> : null}
          {page?.article ? (
            <>
              <meta property="article:published_time" content={page.article.publishedTime} />
              <meta property="article:modified_time" content={page.article.modifiedTime} />
              {page.article.tags.map((tag) => (
                <meta property="article:tag" content={tag} />
              ))}
            </>
          ) : null}
          {page?.feeds ? (
            <>
              <link
                rel="alternate"
                type="application/rss+xml"
                title="RSS"
                href={`${canonicalOrigin}/blog/rss.xml`}
              />
              <link
                rel="alternate"
                type="application/atom+xml"
                title="Atom"
                href={`${canonicalOrigin}/blog/atom.xml`}
              />
            </>
          ) : null}
          <meta name="twitter:card" content={image ? 'summary_large_image' : 'summary'} />
          <meta name="twitter:title" content={title} />
          <meta name="twitter:description" content={description} />
          {image ? <meta name="twitter:image" content={image} /> : null}
          {page ? null : meLinks(snapshot).map((href) => <link rel="me" href={href} />)}
          {page?.jsonLd ? (
            <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: page.jsonLd }} />
          ) : null}
        </>
      )}
      {noindex || seo.noindex ? <meta name="robots" content="noindex" /> : null}
      <meta name="color-scheme" content={colorSchemeMeta(theme)} />
      {theme.darkPalette ? (
        <>
          <meta name="theme-color" media="(prefers-color-scheme: light)" content={theme.palette.bg} />
          <meta name="theme-color" media="(prefers-color-scheme: dark)" content={theme.darkPalette.bg} />
        </>
      ) : (
        <meta name="theme-color" content={theme.palette.bg} />
      )}
      <link rel="icon" href={favicon} />
    </>
  );
}
