import type { SiteSnapshot, SnapshotPage } from '@mewayz/contracts';

/** The published page served at `/<slug>` (never the 404 page, which has no address of its own). */
export function sitePageOf(snapshot: SiteSnapshot, slug: string): SnapshotPage | null {
  return snapshot.pages?.find((p) => p.role === 'page' && p.slug === slug) ?? null;
}

/** The site's own "not found" page, when it has one published. */
export function notFoundPageOf(snapshot: SiteSnapshot): SnapshotPage | null {
  return snapshot.pages?.find((p) => p.role === 'not_found') ?? null;
}

/** The pages of one menu, in menu order. */
export function menuOf(snapshot: SiteSnapshot, menu: 'header' | 'footer'): SnapshotPage[] {
  return (snapshot.pages ?? []).filter((p) => p.role === 'page' && (p.nav === menu || p.nav === 'both'));
}

/** Whether the site's settings put the blog (`/blog`) in this menu; only once it has posts. */
export function blogInMenu(snapshot: SiteSnapshot, menu: 'header' | 'footer'): boolean {
  const nav = snapshot.settings?.blogNav;
  return Boolean(snapshot.blog?.posts.length) && (nav === menu || nav === 'both');
}

export function hasMenus(snapshot: SiteSnapshot): boolean {
  return (
    (snapshot.pages ?? []).some((p) => p.role === 'page' && p.nav !== 'none') ||
    blogInMenu(snapshot, 'header') ||
    blogInMenu(snapshot, 'footer')
  );
}

/** The header menu: the site's name (home) and its pages; `current` is the path being shown. */
export function HeaderNav({ snapshot, current }: { snapshot: SiteSnapshot; current: string }) {
  const pages = menuOf(snapshot, 'header');
  const blog = blogInMenu(snapshot, 'header');
  return (
    <nav class="nv" aria-label="Site">
      <a href="/" aria-current={current === '/' ? 'page' : undefined}>
        {snapshot.profile.name}
      </a>
      {pages.length || blog ? (
        <ul>
          {pages.map((p) => (
            <li>
              <a href={`/${p.slug}`} aria-current={current === `/${p.slug}` ? 'page' : undefined}>
                {p.title}
              </a>
            </li>
          ))}
          {blog ? (
            <li>
              <a href="/blog" aria-current={current === '/blog' ? 'page' : undefined}>
                Blog
              </a>
            </li>
          ) : null}
        </ul>
      ) : null}
    </nav>
  );
}

export function FooterNav({ snapshot }: { snapshot: SiteSnapshot }) {
  const pages = menuOf(snapshot, 'footer');
  const blog = blogInMenu(snapshot, 'footer');
  if (!pages.length && !blog) return null;
  return (
    <nav class="fn" aria-label="More">
      <ul>
        {pages.map((p) => (
          <li>
            <a href={`/${p.slug}`}>{p.title}</a>
          </li>
        ))}
        {blog ? (
          <li>
            <a href="/blog">Blog</a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
