import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { renderSitePage } from '../src/index.ts';
import { block, body, demo, elements, ORIGIN, siteWith, styleText, targetOf, visit } from './fixtures.ts';

describe('profile and document', () => {
  test('renders name as h1, bio and a sized avatar with alt', async () => {
    const { html } = await renderSitePage(demo(), visit());
    expect(html.startsWith('<!doctype html><html lang="en">')).toBe(true);
    expect(html).toContain('<h1>Alice Rivera</h1>');
    expect(html).toContain('<p class="bio">Songs, stories and the occasional synth. New album out now.</p>');
    const [avatar] = elements(html, 'img').filter((i) => i.class === 'av');
    expect(avatar).toMatchObject({
      src: 'https://images.example.com/alice/avatar.jpg',
      width: '104',
      height: '104',
      alt: 'Alice Rivera',
    });
  });

  test('falls back to a monogram when there is no avatar', async () => {
    const site = siteWith([], { profile: { name: 'Émile Zola', bio: null, avatarUrl: null } });
    const { html } = await renderSitePage(site, visit());
    expect(html).toContain('<div class="av mg" aria-hidden="true">É</div>');
    expect(html).not.toContain('class="bio"');
  });

  test('has no <script> and exactly one <style>, in <head>', async () => {
    const { html } = await renderSitePage(demo(), visit({ playEmbedId: 'blk_00000000000000000000000006' }));
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\son[a-z]+=/i);
    expect(html).not.toMatch(/\sstyle=/i);
    expect(html.match(/<style>/g)).toHaveLength(1);
    expect(html.indexOf('<style>')).toBeLessThan(html.indexOf('</head>'));
  });
});

describe('SEO head', () => {
  test('title, description, canonical, Open Graph, Twitter, viewport, colour scheme', async () => {
    const site = demo();
    site.seo.ogImageUrl = 'https://images.example.com/alice/og.jpg';
    const { html } = await renderSitePage(site, visit({ canonicalOrigin: 'https://alice.example.com/' }));
    expect(html).toContain('<title>Alice Rivera — music, merch &amp; tour dates</title>');
    const metas = elements(html, 'meta');
    const meta = (key: string) => metas.find((m) => m.name === key || m.property === key)?.content;
    expect(meta('description')).toBe(site.seo.description);
    expect(meta('og:title')).toBe('Alice Rivera — music, merch &amp; tour dates');
    expect(meta('og:description')).toBe(site.seo.description);
    expect(meta('og:url')).toBe('https://alice.example.com/');
    expect(meta('og:type')).toBe('profile');
    expect(meta('og:image')).toBe('https://images.example.com/alice/og.jpg');
    expect(meta('twitter:card')).toBe('summary_large_image');
    expect(meta('twitter:image')).toBe('https://images.example.com/alice/og.jpg');
    expect(meta('viewport')).toBe('width=device-width,initial-scale=1');
    expect(meta('color-scheme')).toBe('light dark');
    expect(meta('robots')).toBeUndefined();
    const links = elements(html, 'link');
    expect(links.find((l) => l.rel === 'canonical')?.href).toBe('https://alice.example.com/');
  });

  test('title falls back to the profile name; noindex adds robots meta', async () => {
    const site = demo();
    site.seo = { noindex: true };
    const { html } = await renderSitePage(site, visit());
    expect(html).toContain('<title>Alice Rivera</title>');
    expect(html).toContain('<meta name="robots" content="noindex"/>');
    expect(elements(html, 'meta').find((m) => m.property === 'og:image')).toBeUndefined();
    expect(elements(html, 'meta').find((m) => m.name === 'twitter:card')?.content).toBe('summary');
  });

  test('favicon: the creator’s URL when set, else an inline data: SVG', async () => {
    const withIcon = demo();
    withIcon.seo.faviconUrl = 'https://images.example.com/alice/icon.png';
    const a = await renderSitePage(withIcon, visit());
    expect(elements(a.html, 'link').find((l) => l.rel === 'icon')?.href).toBe(
      'https://images.example.com/alice/icon.png',
    );
    const b = await renderSitePage(demo(), visit());
    const icon = elements(b.html, 'link').find((l) => l.rel === 'icon')?.href ?? '';
    expect(icon.startsWith('data:image/svg+xml,')).toBe(true);
    expect(decodeURIComponent(icon.slice('data:image/svg+xml,'.length))).toContain('>A</text>');
  });
});

describe('CSP', () => {
  test('the style hash matches the exact text of the <style> element', async () => {
    const { html, csp } = await renderSitePage(demo(), visit());
    const hash = createHash('sha256').update(styleText(html), 'utf8').digest('base64');
    expect(csp).toContain(`style-src 'sha256-${hash}'`);
    expect(csp).toMatch(/^default-src 'none'; /);
    expect(csp).toContain("img-src 'self' https: data:");
    expect(csp).toContain("form-action 'self'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('frame-src');
  });

  test('frame-src names only the provider of the iframe actually rendered', async () => {
    const site = siteWith([
      block('embed', { provider: 'youtube', url: 'https://youtu.be/Xy7kQ2mN4pA' }, { id: 'blk_yt' }),
      block(
        'embed',
        { provider: 'spotify', url: 'https://open.spotify.com/track/4uLU6hMCjMI75M1A2tKUQC' },
        { id: 'blk_sp' },
      ),
    ]);
    const { csp, html } = await renderSitePage(site, visit({ playEmbedId: 'blk_sp' }));
    expect(csp).toContain('frame-src https://open.spotify.com;');
    expect(csp).not.toContain('youtube');
    expect(elements(html, 'iframe')).toHaveLength(1);
  });

  test('different themes give different hashes (the hash follows the CSS)', async () => {
    const a = await renderSitePage(demo(), visit());
    const site = demo();
    site.theme = { ...site.theme, preset: 'forest' };
    const b = await renderSitePage(site, visit());
    expect(a.csp).not.toBe(b.csp);
  });
});

describe('budget and third parties', () => {
  test('the demo page is at most 14 KB gzip-compressed', async () => {
    const site = demo();
    expect(site.blocks.length).toBeGreaterThanOrEqual(12);
    const { html } = await renderSitePage(site, visit());
    const gz = gzipSync(Buffer.from(html, 'utf8')).length;
    expect(gz).toBeLessThanOrEqual(14 * 1024);
  });

  test('loads no resource from another origin; foreign URLs appear only as link targets', async () => {
    const site = demo();
    const { html } = await renderSitePage(site, visit());
    const imageHost = 'https://images.example.com/';
    for (const img of elements(html, 'img')) expect(img.src?.startsWith(imageHost)).toBe(true);
    for (const link of elements(html, 'link')) {
      const href = link.href ?? '';
      // The canonical URL and the creator's rel=me profiles name pages; nothing is loaded from them.
      if (link.rel === 'canonical' || link.rel === 'me') continue;
      expect(href.startsWith('data:') || href.startsWith(ORIGIN) || href.startsWith('/')).toBe(true);
    }
    expect(elements(html, 'iframe')).toHaveLength(0);
    expect(html).not.toMatch(/youtube-nocookie|ytimg|player\.vimeo|w\.soundcloud/);
    // The only absolute URLs in the body are the creator's images: no link leaves the page directly.
    const absolute = [...body(html).matchAll(/(?:href|src)="(https?:[^"]+)"/g)].map((m) => m[1]!);
    expect(absolute.length).toBeGreaterThan(0);
    for (const url of absolute) expect(url.startsWith(imageHost) || url.startsWith(ORIGIN), url).toBe(true);
  });

  test('every link that leaves the page is counted: /go/<block>[/<n>] to a target the creator added', async () => {
    const site = demo();
    const { html } = await renderSitePage(site, visit());
    const hrefs = elements(body(html), 'a').map((a) => a.href ?? '');
    const outbound = hrefs.filter((h) => !h.startsWith('?play=') && !h.startsWith('#'));
    // The demo has link, social, contact, text and image links: more than a dozen ways out.
    expect(outbound.length).toBeGreaterThan(12);
    for (const href of outbound) {
      expect(href).toMatch(/^\/go\/[A-Za-z0-9_%-]+(\/\d+)?$/);
      expect(targetOf(site, href), href).toMatch(/^(https:|mailto:|tel:)/);
    }
    expect(new Set(outbound).size).toBe(outbound.length);
    expect(new Set(outbound.map((h) => h.split('/')[2])).size).toBeGreaterThanOrEqual(5);
  });
});
