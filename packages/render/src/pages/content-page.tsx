import type { SiteSnapshot, SnapshotBlock, SnapshotPage } from '@mewayz/contracts';
import type { BlockContext } from '../blocks/block-context.ts';
import { blockKindsCss } from '../blocks/blocks-css.ts';
import { embedTarget } from '../embeds.ts';
import { httpUrlOrNull } from '../safe-values.ts';
import { nextScheduleChange } from '../schedule.ts';
import { navCss, sectionsCss } from '../sections/section-css.ts';
import { SectionView } from '../sections/section-view.tsx';
import { FooterNav, HeaderNav } from '../site-nav.tsx';
import { type RenderedSitePage, renderSiteDocument, type SitePageOptions } from '../site-page.tsx';
import { catalogIndex } from '../store/catalog-index.ts';

/** What a visitor asked of a page: a player to load (`?play=`) or a form just sent (`?sent=`). */
export interface ContentPageState {
  playId?: string | null;
  sentId?: string | null;
}

/** The ids a page's `?play=` may name: its embed sections and, through a bio section, the embed blocks. */
export function playableIdsOf(snapshot: SiteSnapshot, page: SnapshotPage): string[] {
  return page.sections.flatMap((s) => {
    if (s.kind === 'embed') return [s.id];
    if (s.kind === 'bio') return snapshot.blocks.filter((b) => b.type === 'embed').map((b) => b.id);
    return [];
  });
}

function frameOriginsOf(snapshot: SiteSnapshot, page: SnapshotPage, playId: string | null): string[] {
  if (!playId) return [];
  const section = page.sections.find((s) => s.id === playId && s.kind === 'embed');
  const data =
    section?.kind === 'embed'
      ? section.data
      : page.sections.some((s) => s.kind === 'bio')
        ? snapshot.blocks.find((b) => b.id === playId && b.type === 'embed')?.data
        : undefined;
  const target = data && 'provider' in data ? embedTarget(data.provider, data.url) : null;
  return target ? [target.frameHost] : [];
}

/**
 * A page of a site built from sections, framed by the site's menus and theme, with no scripts. Pure:
 * the same inputs give the same page; it varies with `state`, so cache keys must too. The site's
 * "not found" page renders the same way (the edge answers it with status 404).
 *
 * @throws TypeError when `origin` or `canonicalOrigin` is not an http(s) URL.
 */
export function renderContentPage(
  snapshot: SiteSnapshot,
  opts: SitePageOptions,
  page: SnapshotPage,
  state: ContentPageState = {},
): Promise<RenderedSitePage> {
  const playId = state.playId ?? null;
  const hasBio = page.sections.some((s) => s.kind === 'bio');
  // The shop's styles and index only for pages that show something of it (bio blocks, catalog sections).
  const catalogBlocks = page.sections.flatMap((s): Pick<SnapshotBlock, 'type'>[] =>
    s.kind === 'products' ? [{ type: 'collection' }] : s.kind === 'courses' ? [{ type: 'course' }] : [],
  );
  const showsCatalog = hasBio || catalogBlocks.length > 0;
  const path = page.role === 'page' ? `/${page.slug}` : '/';
  const siteDescription =
    snapshot.seo.description || snapshot.profile.bio || `${snapshot.profile.name} on Mewayz`;
  return renderSiteDocument(snapshot, opts, {
    extraCss:
      navCss +
      sectionsCss(page.sections.map((s) => s.kind)) +
      blockKindsCss(hasBio ? [...snapshot.blocks, ...catalogBlocks] : catalogBlocks),
    mainClass: 'sx',
    noindex: page.seo.noindex || page.role === 'not_found',
    page: {
      path,
      title: page.seo.title || `${page.title} · ${snapshot.profile.name}`,
      description: page.seo.description || siteDescription,
      image: httpUrlOrNull(page.seo.ogImageUrl) ?? httpUrlOrNull(snapshot.seo.ogImageUrl),
      type: 'website',
    },
    nextChangeAt: hasBio ? nextScheduleChange(snapshot.blocks, opts.now) : null,
    frameOrigins: frameOriginsOf(snapshot, page, playId),
    main: ({ origin }) => {
      const blocks: BlockContext = {
        origin,
        playEmbedId: playId,
        subscribedBlockId: null,
        subscribeToConfirm: false,
        catalog: showsCatalog ? catalogIndex(snapshot) : null,
      };
      const ctx = { origin, playId, sentId: state.sentId ?? null, blocks };
      return (
        <>
          <HeaderNav snapshot={snapshot} current={path} />
          {page.sections.map((section, i) => (
            <SectionView
              section={section}
              ctx={i < 2 ? { ...ctx, firstScreen: true } : ctx}
              snapshot={snapshot}
              now={opts.now}
            />
          ))}
          <FooterNav snapshot={snapshot} />
        </>
      );
    },
  });
}
