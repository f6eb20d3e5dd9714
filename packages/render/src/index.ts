export type { BlockContext } from './blocks/block-context.ts';
export {
  blogPostOf,
  hasBlog,
  indexPageCount,
  isBlogTag,
  nextPostAt,
  visiblePosts,
} from './blog/blog-index.ts';
export { renderBlogIndex, renderBlogPost } from './blog/blog-pages.tsx';
export { renderAtomFeed, renderRssFeed } from './blog/feeds.ts';
export { postPlainText, renderPostMarkdown } from './blog/post-markdown.ts';
export { type CertificateView, renderCertificatePage } from './courses/certificate-page.tsx';
export {
  coursePriceLabel,
  renderCoursePreviewPage,
  renderCourseSalesPage,
  snapshotCourse,
} from './courses/course-sales-page.tsx';
export {
  type LearnCourse,
  type LearnLesson,
  type LearnLessonPage,
  renderLearnConfirm,
  renderLearnCourse,
  renderLearnHome,
  renderLearnLesson,
  renderLearnLocked,
  renderLearnSignIn,
} from './courses/learn-pages.tsx';
export { renderRobotsTxt, renderSitemapXml } from './crawler-files.ts';
export { buildCsp, type CspInput, sha256Base64 } from './csp.ts';
export { type DemoDownload, demoDownloads } from './demo-downloads.ts';
export { demoMedia } from './demo-media.ts';
export { type DemoPage, demoPages, demoSnapshotPages, withDemoPages } from './demo-pages.ts';
export { blockInputsOf, type DemoSnapshotIds, demoSnapshot } from './demo-snapshot.ts';
export { type EmbedProvider, type EmbedTarget, embedProviderNames, embedTarget } from './embeds.ts';
export { markdownPlainText, renderMarkdown } from './markdown.ts';
export { demoMediaOf, isServedMediaKey, mediaKeyPattern } from './media-keys.ts';
export { blockLinkLabels, blockLinkTargets, goHref } from './outbound-links.ts';
export {
  type BookingDay,
  type BookingPageOptions,
  type BookingServiceInfo,
  type ManageBookingOptions,
  renderBookingPage,
  renderManageBookingPage,
} from './pages/booking-page.tsx';
export {
  type ContentPageState,
  playableIdsOf,
  renderContentPage,
} from './pages/content-page.tsx';
export { type LandingPageOptions, renderLandingPage } from './pages/landing-page.tsx';
export { type LinkInterstitialOptions, renderLinkInterstitial } from './pages/link-interstitial.tsx';
export { renderNotFoundPage } from './pages/not-found-page.tsx';
export { type NoticeLink, type NoticeOptions, renderNoticePage } from './pages/notice-page.tsx';
export { renderProductPage } from './pages/product-page.tsx';
export type { StaticPage } from './pages/static-page.tsx';
export { renderStorePage } from './pages/store-page.tsx';
export { fixedSrcset, fluidSrcset, resizedMediaUrl, resizeOptionsPattern } from './responsive-image.ts';
export { isVisibleAt, nextScheduleChange } from './schedule.ts';
export { hasMenus, menuOf, notFoundPageOf, sitePageOf } from './site-nav.tsx';
export { type RenderedSitePage, renderSitePage, type SitePageOptions } from './site-page.tsx';
export {
  type CatalogIndex,
  catalogIndex,
  hasStore,
  storeCategory,
  storeProduct,
} from './store/catalog-index.ts';
export { jsonForScript } from './store/structured-data.ts';
export { contrastRatio, type Palette, resolveTheme, themePresetPalettes } from './themes.ts';
