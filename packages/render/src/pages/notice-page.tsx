import { navigableOrNull } from '../safe-values.ts';
import { renderStaticPage, type StaticPage } from './static-page.tsx';

export interface NoticeLink {
  href: string;
  label: string;
  primary?: boolean;
}

/** Options of {@link renderNoticePage}. */
export interface NoticeOptions {
  title: string;
  /** One or more short paragraphs. */
  message?: string | string[];
  links?: NoticeLink[];
}

/**
 * A short page of the site host that says what happened and where to go next: a refused form, the
 * end of a checkout, a download that no longer works. Plain links, no JS, never indexed.
 */
export function renderNoticePage(opts: NoticeOptions): StaticPage {
  const paragraphs =
    opts.message === undefined ? [] : Array.isArray(opts.message) ? opts.message : [opts.message];
  const links = (opts.links ?? [{ href: '/', label: 'Back to the site', primary: true }]).flatMap((l) => {
    const href = navigableOrNull(l.href);
    return href ? [{ ...l, href }] : [];
  });
  return renderStaticPage({
    title: opts.title,
    noindex: true,
    children: (
      <>
        <h1>{opts.title}</h1>
        {paragraphs.map((p) => (
          <p>{p}</p>
        ))}
        {links.length ? (
          <div class="row">
            {links.map((l) => (
              <a class={l.primary ? 'b p' : 'b'} href={l.href}>
                {l.label}
              </a>
            ))}
          </div>
        ) : null}
      </>
    ),
  });
}
