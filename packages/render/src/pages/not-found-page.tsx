import { renderStaticPage, type StaticPage } from './static-page.tsx';

/** A small 404 page. It never echoes the requested host or path (nothing attacker-controlled is shown). */
export function renderNotFoundPage(): StaticPage {
  return renderStaticPage({
    title: 'Page not found',
    noindex: true,
    children: (
      <>
        <h1>Page not found</h1>
        <p>
          There is nothing here. The link may be mistyped, or the page may have moved or been unpublished.
        </p>
      </>
    ),
  });
}
