import type { SiteSnapshot } from '@mewayz/contracts';
import type { Child } from 'hono/jsx';
import type { BlockContext } from './blocks/block-context.ts';
import { BlockView } from './blocks/block-view.tsx';
import { blockKindsCss } from './blocks/blocks-css.ts';
import { buildCsp, styleHashOf } from './csp.ts';
import { HtmlDocument } from './document.tsx';
import { embedTarget } from './embeds.ts';
import { type PageMeta, SiteHead } from './head.tsx';
import { ProfileHeader } from './profile-header.tsx';
import { renderHtmlDocument } from './render-html.ts';
import { navigableOrNull, normalizeOrigin } from './safe-values.ts';
import { isVisibleAt, nextScheduleChange } from './schedule.ts';
import { navCss } from './sections/section-css.ts';
import { siteCss } from './site-css.ts';
import { FooterNav, HeaderNav, hasMenus } from './site-nav.tsx';
import { catalogIndex } from './store/catalog-index.ts';
import { resolveTheme, themeCss } from './themes.ts';

/** Request-time inputs of {@link renderSitePage}. */
export interface SitePageOptions {
  /** The request time: decides which scheduled blocks are shown. */
  now: Date;
  /** Origin the page is served from, e.g. `http://alice.mewayz.localhost:8787`. */
  origin: string;
  /** Origin search engines should index (the first custom domain, else the subdomain). */
  canonicalOrigin: string;
  /** Embed block whose player the visitor asked for with `?play=<id>`; all others stay cards. */
  playEmbedId?: string | null;
  /** Signup block the visitor just subscribed through: it shows its success message. */
  subscribedBlockId?: string | null;
  /** With double opt-in: the signup still waits for the emailed confirmation, so the block says so. */
  subscribeToConfirm?: boolean;
  /** Whether the visitor has confirmed being 18+ (only matters when the site is marked sensitive). */
  ageConfirmed: boolean;
  /** Where the age gate's "leave" link goes (a same-site path or an http(s) URL); default `about:blank`. */
  exitHref?: string;
  /**
   * The payment provider's checkout origin (`https://checkout.stripe.com`): buy forms post to the site,
   * which redirects there, and a form's redirects must be allowed by `form-action` too.
   */
  checkoutOrigin?: string | null;
}

/** A rendered page and the headers that must accompany it. */
export interface RenderedSitePage {
  html: string;
  /** Earliest future schedule boundary of any block: cache the page no longer than this. */
  nextChangeAt: Date | null;
  /** The value for the `Content-Security-Policy` response header. */
  csp: string;
}

/** The parts of one page of a site that {@link renderSiteDocument} frames. */
export interface SiteDocumentParts {
  /** Styles beyond the theme and the site's own (the store's). */
  extraCss?: string;
  /** The page's own URL, texts and preview; absent for the home page. */
  page?: PageMeta;
  /** Keep this page out of search results whatever the site's setting. */
  noindex?: boolean;
  /** The page's content, given the normalised origins. */
  main: (origins: { origin: string; canonicalOrigin: string }) => Child;
  /** `wide` for the store's pages. */
  mainClass?: string;
  nextChangeAt?: Date | null;
  frameOrigins?: readonly string[];
  /** The page plays a video of its own origin. */
  media?: boolean;
}

/**
 * Any page of a site, in its theme and with its head, behind the age gate when the site is marked
 * sensitive and the visitor has not confirmed (every page of such a site is gated alike).
 *
 * @throws TypeError when `origin` or `canonicalOrigin` is not an http(s) URL.
 */
export async function renderSiteDocument(
  snapshot: SiteSnapshot,
  opts: SitePageOptions,
  parts: SiteDocumentParts,
): Promise<RenderedSitePage> {
  const theme = resolveTheme(snapshot.theme);
  const css = themeCss(theme) + siteCss + (parts.extraCss ?? '');
  const styleHash = await styleHashOf(css);
  const canonicalOrigin = normalizeOrigin(opts.canonicalOrigin);
  const origin = normalizeOrigin(opts.origin);
  const site = { snapshot, theme, canonicalOrigin, origin };

  if (snapshot.settings?.sensitive && !opts.ageConfirmed) {
    const exit = navigableOrNull(opts.exitHref) ?? 'about:blank';
    const html = renderHtmlDocument(
      <HtmlDocument css={css} head={<SiteHead {...site} noindex minimal />}>
        <main class="gate">
          <h1>{snapshot.profile.name}</h1>
          <p>This page may contain content intended for adults. Please confirm your age to continue.</p>
          <form method="post" action="/age-confirm">
            <button type="submit">I am 18 or older — continue</button>
          </form>
          <a class="btn" href={exit}>
            <span>No, take me back</span>
          </a>
        </main>
      </HtmlDocument>,
    );
    return { html, nextChangeAt: null, csp: buildCsp({ styleHash }) };
  }

  const html = renderHtmlDocument(
    <HtmlDocument css={css} head={<SiteHead {...site} noindex={parts.noindex} page={parts.page} />}>
      <main class={parts.mainClass}>
        {parts.main({ origin, canonicalOrigin })}
        <footer>Made with Mewayz</footer>
      </main>
    </HtmlDocument>,
  );
  return {
    html,
    nextChangeAt: parts.nextChangeAt ?? null,
    csp: buildCsp({
      styleHash,
      frameOrigins: parts.frameOrigins,
      media: parts.media,
      formOrigins:
        opts.checkoutOrigin && (snapshot.catalog?.products.length || snapshot.catalog?.courses?.length)
          ? [opts.checkoutOrigin]
          : [],
    }),
  };
}

/**
 * Render a published site to a complete HTML document with no scripts and no third-party requests
 * (an embed's iframe appears only when the visitor asked for it). Pure: the same inputs give the same page.
 * The page varies with `ageConfirmed`, `playEmbedId`, `subscribedBlockId` and `subscribeToConfirm`, so
 * cache keys must too.
 *
 * @throws TypeError when `origin` or `canonicalOrigin` is not an http(s) URL.
 */
export async function renderSitePage(
  snapshot: SiteSnapshot,
  opts: SitePageOptions,
): Promise<RenderedSitePage> {
  const visible = snapshot.blocks.filter((block) => isVisibleAt(block, opts.now));
  const playEmbedId = opts.playEmbedId ?? null;
  // Only a site with pages in its menus gets them, so a bio-only site's page is unchanged.
  const menus = hasMenus(snapshot);
  const frameOrigins = visible.flatMap((block) => {
    if (block.type !== 'embed' || block.id !== playEmbedId) return [];
    const target = embedTarget(block.data.provider, block.data.url);
    return target ? [target.frameHost] : [];
  });
  return renderSiteDocument(snapshot, opts, {
    extraCss: blockKindsCss(visible) + (menus ? navCss : ''),
    nextChangeAt: nextScheduleChange(snapshot.blocks, opts.now),
    frameOrigins,
    main: ({ origin }) => {
      const ctx: BlockContext = {
        origin,
        playEmbedId,
        subscribedBlockId: opts.subscribedBlockId ?? null,
        subscribeToConfirm: opts.subscribeToConfirm ?? false,
        catalog: catalogIndex(snapshot),
      };
      return (
        <>
          {menus ? <HeaderNav snapshot={snapshot} current="/" /> : null}
          <ProfileHeader profile={snapshot.profile} origin={origin} />
          <div class="bs">
            {visible.map((block) => (
              <BlockView block={block} ctx={ctx} />
            ))}
          </div>
          {menus ? <FooterNav snapshot={snapshot} /> : null}
        </>
      );
    },
  });
}
