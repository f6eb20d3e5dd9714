import type { SiteSnapshot, SnapshotPost } from '@mewayz/contracts';
import { POSTS_PER_INDEX_PAGE } from '@mewayz/contracts';
import { clip } from '../head.tsx';
import { isServedMediaKey } from '../media-keys.ts';
import { navCss } from '../sections/section-css.ts';
import { FooterNav, HeaderNav } from '../site-nav.tsx';
import { type RenderedSitePage, renderSiteDocument, type SitePageOptions } from '../site-page.tsx';
import { blogCss } from './blog-css.ts';
import { indexPageCount, nextPostAt, postModifiedAt, postPath, tagPath, visiblePosts } from './blog-index.ts';
import { postBodyCss, postPlainText, renderPostMarkdown } from './post-markdown.ts';

const dateFormat = new Intl.DateTimeFormat('en', {
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  timeZone: 'UTC',
});

function coverUrl(origin: string, post: SnapshotPost): string | null {
  return post.coverKey && isServedMediaKey(post.coverKey) ? `${origin}/media/${post.coverKey}` : null;
}

function PostMeta({ post }: { post: SnapshotPost }) {
  return (
    <p class="pm">
      <time datetime={post.publishedAt}>{dateFormat.format(new Date(post.publishedAt))}</time> ·{' '}
      {post.readingMinutes} min read
    </p>
  );
}

function Tags({ tags }: { tags: string[] }) {
  if (!tags.length) return null;
  return (
    <ul class="tg" aria-label="Tags">
      {tags.map((t) => (
        <li>
          <a href={tagPath(t)} rel="tag">
            #{t}
          </a>
        </li>
      ))}
    </ul>
  );
}

function PostCard({ post, origin }: { post: SnapshotPost; origin: string }) {
  const cover = coverUrl(origin, post);
  const summary = post.excerpt || clip(postPlainText(post.body), 200);
  return (
    <li class={cover ? 'pc' : 'pc nc'}>
      <div>
        <h2>
          <a href={postPath(post)}>{post.title}</a>
        </h2>
        <PostMeta post={post} />
        {summary ? <p>{summary}</p> : null}
        <Tags tags={post.tags} />
      </div>
      {cover ? (
        <img src={cover} width={112} height={84} alt={post.coverAlt} loading="lazy" decoding="async" />
      ) : null}
    </li>
  );
}

function FeedLinks() {
  return (
    <p class="fd">
      Follow: <a href="/blog/rss.xml">RSS</a> · <a href="/blog/atom.xml">Atom</a>
    </p>
  );
}

/**
 * `/blog` (and `/blog/tag/<tag>`): the visible posts newest first, `POSTS_PER_INDEX_PAGE` a page
 * (`page` counts from 1 and must exist: the edge checks it before it becomes a cache key). Expires
 * when the next scheduled post appears.
 */
export function renderBlogIndex(
  snapshot: SiteSnapshot,
  opts: SitePageOptions,
  { tag = null, page = 1 }: { tag?: string | null; page?: number },
): Promise<RenderedSitePage> {
  const all = visiblePosts(snapshot, opts.now).filter((p) => !tag || p.tags.includes(tag));
  const pages = indexPageCount(all.length);
  const shown = all.slice((page - 1) * POSTS_PER_INDEX_PAGE, page * POSTS_PER_INDEX_PAGE);
  const base = tag ? tagPath(tag) : '/blog';
  const pageHref = (n: number) => (n === 1 ? base : `${base}?page=${n}`);
  const heading = tag ? `Posts tagged #${tag}` : 'Blog';
  return renderSiteDocument(snapshot, opts, {
    extraCss: navCss + blogCss,
    mainClass: 'bl',
    page: {
      path: page === 1 ? base : pageHref(page),
      title: `${heading} · ${snapshot.profile.name}`,
      description: tag
        ? `Posts by ${snapshot.profile.name} tagged ${tag}.`
        : snapshot.profile.bio || `Posts by ${snapshot.profile.name}.`,
      image: null,
      type: 'website',
      feeds: true,
    },
    nextChangeAt: nextPostAt(snapshot, opts.now),
    main: ({ origin }) => (
      <>
        <HeaderNav snapshot={snapshot} current="/blog" />
        <h1>{heading}</h1>
        <p class="sub">
          {all.length} {all.length === 1 ? 'post' : 'posts'}
          {tag ? (
            <>
              {' '}
              · <a href="/blog">All posts</a>
            </>
          ) : null}
        </p>
        <ul class="pl">
          {shown.map((p) => (
            <PostCard post={p} origin={origin} />
          ))}
        </ul>
        {pages > 1 ? (
          <nav class="pg2" aria-label="Pages">
            {page > 1 ? <a href={pageHref(page - 1)}>← Newer posts</a> : <span />}
            {page < pages ? <a href={pageHref(page + 1)}>Older posts →</a> : <span />}
          </nav>
        ) : null}
        <FeedLinks />
        <FooterNav snapshot={snapshot} />
      </>
    ),
  });
}

/** `/blog/<slug>`: one post as an article, with Open Graph article tags and its canonical URL. */
export function renderBlogPost(
  snapshot: SiteSnapshot,
  opts: SitePageOptions,
  post: SnapshotPost,
): Promise<RenderedSitePage> {
  const canonicalCover = coverUrl(new URL(opts.canonicalOrigin).origin, post);
  const description =
    post.seo.description || post.excerpt || clip(postPlainText(post.body), 200) || post.title;
  return renderSiteDocument(snapshot, opts, {
    extraCss: navCss + blogCss + postBodyCss,
    mainClass: 'ar',
    noindex: post.seo.noindex,
    page: {
      path: postPath(post),
      title: post.seo.title || `${post.title} · ${snapshot.profile.name}`,
      description,
      image: canonicalCover,
      type: 'article',
      article: { publishedTime: post.publishedAt, modifiedTime: postModifiedAt(post), tags: post.tags },
      feeds: true,
    },
    main: ({ origin }) => {
      const cover = coverUrl(origin, post);
      return (
        <>
          <HeaderNav snapshot={snapshot} current="/blog" />
          <article>
            <header>
              <h1>{post.title}</h1>
              <PostMeta post={post} />
              <Tags tags={post.tags} />
            </header>
            {cover ? (
              <img class="cv" src={cover} width={1200} height={630} alt={post.coverAlt} decoding="async" />
            ) : null}
            <div class="bd" dangerouslySetInnerHTML={{ __html: renderPostMarkdown(post.body, origin) }} />
          </article>
          <p class="fd">
            <a href="/blog">← All posts</a>
          </p>
          <FooterNav snapshot={snapshot} />
        </>
      );
    },
  });
}
