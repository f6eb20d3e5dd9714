import type { Child } from 'hono/jsx';
import { buildCsp } from '../csp.ts';
import { HtmlDocument } from '../document.tsx';
import { renderHtmlDocument } from '../render-html.ts';

/** Stylesheet shared by the platform's own pages (404, landing, link interstitial); light and dark. */
export const staticPageCss =
  ':root{color-scheme:light dark;--bg:#fff;--tx:#111827;--mu:#4b5563;--ac:#4338ca;--oa:#fff;--ln:#e5e7eb}' +
  '@media (prefers-color-scheme:dark){:root{--bg:#0b0f17;--tx:#f3f4f6;--mu:#a1a9b8;--ac:#a5b4fc;--oa:#111827;--ln:#2a3244}}' +
  '*{box-sizing:border-box}body{margin:0;background:var(--bg);color:var(--tx);font:17px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}' +
  'main{max-width:560px;min-height:100vh;margin:0 auto;padding:48px 20px;display:flex;flex-direction:column;justify-content:center;gap:14px}' +
  'h1{font-size:1.7rem;line-height:1.2;margin:0}p{margin:0;color:var(--mu)}a{color:var(--ac)}' +
  ':focus-visible{outline:3px solid var(--ac);outline-offset:3px}' +
  '.row{display:flex;flex-wrap:wrap;gap:10px;margin-top:8px}' +
  '.b{display:inline-flex;align-items:center;justify-content:center;min-height:50px;padding:0 22px;border-radius:12px;border:2px solid var(--ln);color:var(--tx);font-weight:600;text-decoration:none}' +
  '.b.p{background:var(--ac);border-color:var(--ac);color:var(--oa)}';

/**
 * SHA-256 (base64) of {@link staticPageCss}. A constant because these pages render synchronously and
 * WebCrypto is async; test/static-pages.test.ts recomputes it and fails when the two drift apart.
 */
export const staticPageCssHash = 'LU5FiEmGtIKD+id1+XWdQV862KxIVnL59+hTaV91hWE=';

/** A rendered platform page and its `Content-Security-Policy` header value. */
export interface StaticPage {
  html: string;
  csp: string;
}

/** Render one of the platform's own pages with the shared stylesheet. */
export function renderStaticPage(props: { title: string; noindex?: boolean; children: Child }): StaticPage {
  const html = renderHtmlDocument(
    <HtmlDocument
      css={staticPageCss}
      head={
        <>
          <title>{props.title}</title>
          {props.noindex ? <meta name="robots" content="noindex" /> : null}
          <meta name="color-scheme" content="light dark" />
        </>
      }
    >
      <main>{props.children}</main>
    </HtmlDocument>,
  );
  return { html, csp: buildCsp({ styleHash: staticPageCssHash, images: false, forms: false }) };
}
