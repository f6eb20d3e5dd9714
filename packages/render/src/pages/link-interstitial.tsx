import { navigableOrNull } from '../safe-values.ts';
import { renderStaticPage, type StaticPage } from './static-page.tsx';

/** Options of {@link renderLinkInterstitial}. */
export interface LinkInterstitialOptions {
  /** Title of the link the visitor clicked. */
  title: string;
  /** Where "continue" goes (typically `/go/<id>?confirm=1`): a same-site path or an http(s) URL. */
  continueHref: string;
  /** Where "go back" goes (typically `/`). */
  backHref: string;
}

/** Age confirmation shown before a link the creator marked sensitive; plain links, no JS. */
export function renderLinkInterstitial(opts: LinkInterstitialOptions): StaticPage {
  const next = navigableOrNull(opts.continueHref);
  const back = navigableOrNull(opts.backHref) ?? '/';
  if (!next)
    throw new TypeError('renderLinkInterstitial: continueHref must be a same-site path or http(s) URL');
  return renderStaticPage({
    title: 'Sensitive content',
    noindex: true,
    children: (
      <>
        <h1>Sensitive content ahead</h1>
        <p>“{opts.title}” may contain content intended for adults. Continue only if you are 18 or older.</p>
        <div class="row">
          <a class="b p" href={next} rel="nofollow">
            I am 18 or older — continue
          </a>
          <a class="b" href={back}>
            Go back
          </a>
        </div>
      </>
    ),
  });
}
