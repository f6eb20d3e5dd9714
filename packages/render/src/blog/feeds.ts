import type { SiteSnapshot } from '@mewayz/contracts';
import { escapeXml, normalizeOrigin } from '../safe-values.ts';
import { postModifiedAt, postPath, visiblePosts } from './blog-index.ts';
import { renderPostMarkdown } from './post-markdown.ts';

/** Posts a feed carries: the newest, like most readers expect. */
const FEED_POSTS = 20;

function feedPosts(snapshot: SiteSnapshot, now: Date) {
  // A post kept out of search is still the creator's public writing; feeds are for followers, not crawlers.
  return visiblePosts(snapshot, now).slice(0, FEED_POSTS);
}

function blogTitle(snapshot: SiteSnapshot): string {
  return `${snapshot.profile.name} — Blog`;
}

/**
 * `/blog/rss.xml`: RSS 2.0 of the newest visible posts, links absolute on `canonicalOrigin` (the custom
 * domain when the site has one), every text escaped; the body goes as escaped HTML in `description`
 * (rendered by the same safe Markdown renderer as the post page).
 */
export function renderRssFeed(snapshot: SiteSnapshot, canonicalOrigin: string, now: Date): string {
  const origin = normalizeOrigin(canonicalOrigin);
  const posts = feedPosts(snapshot, now);
  const items = posts
    .map((p) => {
      const url = escapeXml(`${origin}${postPath(p)}`);
      const categories = p.tags.map((t) => `<category>${escapeXml(t)}</category>`).join('');
      return (
        `<item><title>${escapeXml(p.title)}</title><link>${url}</link>` +
        `<guid isPermaLink="true">${url}</guid><pubDate>${new Date(p.publishedAt).toUTCString()}</pubDate>` +
        `${categories}<description>${escapeXml(renderPostMarkdown(p.body, origin, true))}</description></item>`
      );
    })
    .join('');
  const built = posts[0]
    ? new Date(posts[0].publishedAt).toUTCString()
    : new Date(snapshot.publishedAt).toUTCString();
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>' +
    `<title>${escapeXml(blogTitle(snapshot))}</title><link>${escapeXml(`${origin}/blog`)}</link>` +
    `<description>${escapeXml(snapshot.profile.bio || `Posts by ${snapshot.profile.name}`)}</description>` +
    `<atom:link href="${escapeXml(`${origin}/blog/rss.xml`)}" rel="self" type="application/rss+xml"/>` +
    `<lastBuildDate>${built}</lastBuildDate>${items}</channel></rss>\n`
  );
}

/** `/blog/atom.xml`: the same posts as Atom 1.0 (`content type="html"`, escaped). */
export function renderAtomFeed(snapshot: SiteSnapshot, canonicalOrigin: string, now: Date): string {
  const origin = normalizeOrigin(canonicalOrigin);
  const posts = feedPosts(snapshot, now);
  const updated = posts.reduce(
    (max, p) => (Date.parse(postModifiedAt(p)) > Date.parse(max) ? postModifiedAt(p) : max),
    posts[0]?.publishedAt ?? snapshot.publishedAt,
  );
  const entries = posts
    .map((p) => {
      const url = escapeXml(`${origin}${postPath(p)}`);
      const categories = p.tags.map((t) => `<category term="${escapeXml(t)}"/>`).join('');
      return (
        `<entry><title type="text">${escapeXml(p.title)}</title><link rel="alternate" type="text/html" href="${url}"/>` +
        `<id>${url}</id><published>${p.publishedAt}</published><updated>${postModifiedAt(p)}</updated>` +
        `${categories}${p.excerpt ? `<summary type="text">${escapeXml(p.excerpt)}</summary>` : ''}` +
        `<content type="html">${escapeXml(renderPostMarkdown(p.body, origin, true))}</content></entry>`
      );
    })
    .join('');
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">' +
    `<title type="text">${escapeXml(blogTitle(snapshot))}</title><id>${escapeXml(`${origin}/blog`)}</id>` +
    `<link rel="alternate" type="text/html" href="${escapeXml(`${origin}/blog`)}"/>` +
    `<link rel="self" type="application/atom+xml" href="${escapeXml(`${origin}/blog/atom.xml`)}"/>` +
    `<updated>${updated}</updated><author><name>${escapeXml(snapshot.profile.name)}</name></author>` +
    `${entries}</feed>\n`
  );
}
