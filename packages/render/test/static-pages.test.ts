import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { renderLandingPage, renderLinkInterstitial, renderNotFoundPage } from '../src/index.ts';
import { staticPageCss, staticPageCssHash } from '../src/pages/static-page.tsx';
import { body, elements, styleText } from './fixtures.ts';

const sha = (text: string) => createHash('sha256').update(text, 'utf8').digest('base64');

test('the static stylesheet hash constant is up to date', () => {
  // If this fails after editing staticPageCss, paste the received value into staticPageCssHash.
  expect(staticPageCssHash).toBe(sha(staticPageCss));
});

describe.each([
  ['404', () => renderNotFoundPage()],
  [
    'landing',
    () =>
      renderLandingPage({
        apiOrigin: 'http://mewayz.localhost:8787',
        dashboardUrl: 'http://app.mewayz.localhost:5173/',
      }),
  ],
  [
    'link interstitial',
    () => renderLinkInterstitial({ title: 'After dark', continueHref: '/go/blk_1?confirm=1', backHref: '/' }),
  ],
])('%s page', (_name, render) => {
  test('is a complete document with a CSP whose hash matches its style and no script', () => {
    const { html, csp } = render();
    expect(html.startsWith('<!doctype html><html lang="en">')).toBe(true);
    expect(html).not.toMatch(/<script/i);
    expect(csp).toContain(`style-src 'sha256-${sha(styleText(html))}'`);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(elements(html, 'meta').find((m) => m.name === 'viewport')).toBeDefined();
  });
});

test('404 does not echo anything from the request and is noindex', () => {
  const { html } = renderNotFoundPage();
  expect(html).toContain('<h1>Page not found</h1>');
  expect(html).toContain('<meta name="robots" content="noindex"/>');
  expect(html).not.toMatch(/localhost|mewayz\./i);
  expect(html.length).toBeLessThan(3000);
});

test('landing page links to the dashboard and the API docs', () => {
  const { html } = renderLandingPage({
    apiOrigin: 'http://mewayz.localhost:8787/',
    dashboardUrl: 'http://app.mewayz.localhost:5173/',
  });
  const hrefs = elements(body(html), 'a').map((a) => a.href);
  expect(hrefs).toEqual(['http://app.mewayz.localhost:5173/', 'http://mewayz.localhost:8787/api/v1/docs']);
  expect(html).toContain('Mewayz');
  expect(() =>
    renderLandingPage({ apiOrigin: 'http://x.localhost', dashboardUrl: 'javascript:alert(1)' }),
  ).toThrow();
});

describe('link interstitial', () => {
  test('continue and back are plain links; the title is escaped', () => {
    const { html } = renderLinkInterstitial({
      title: '<script>alert(1)</script>',
      continueHref: '/go/blk_1?confirm=1',
      backHref: '/',
    });
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toMatch(/<script/i);
    expect(elements(body(html), 'a')).toEqual([
      { class: 'b p', href: '/go/blk_1?confirm=1', rel: 'nofollow' },
      { class: 'b', href: '/' },
    ]);
    expect(html).toContain('I am 18 or older — continue');
    expect(html).toContain('<meta name="robots" content="noindex"/>');
  });

  test('refuses unsafe continue targets and neutralises unsafe back targets', () => {
    for (const continueHref of ['javascript:alert(1)', '//evil.example.com/x', '/\\evil.example.com']) {
      expect(() => renderLinkInterstitial({ title: 't', continueHref, backHref: '/' })).toThrow();
    }
    const { html } = renderLinkInterstitial({
      title: 't',
      continueHref: '/go/x',
      backHref: 'javascript:alert(1)',
    });
    expect(elements(body(html), 'a')[1]?.href).toBe('/');
  });
});
