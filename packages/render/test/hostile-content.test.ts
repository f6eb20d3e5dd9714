import { describe, expect, test } from 'vitest';
import { blockLinkTargets, renderSitePage } from '../src/index.ts';
import { assertInert, block, body, elements, siteWith, styleText, targetOf, visit } from './fixtures.ts';

const xss = '<script>alert(1)</script>"><img src=x onerror=alert(2)>\'';

describe('user text is escaped in every context', () => {
  test('profile, SEO, block texts and attributes', async () => {
    const site = siteWith(
      [
        block('header', { text: xss }),
        block('link', { title: xss, url: 'https://a.example.com' }, { id: 'blk_1' }),
        block('image', { url: 'https://images.example.com/a.jpg', alt: xss, width: 1, height: 1 }),
        block(
          'embed',
          { provider: 'youtube', url: 'https://youtu.be/Xy7kQ2mN4pA', title: xss },
          { id: 'blk_e' },
        ),
        block('email_signup', { title: xss, buttonLabel: xss, successMessage: xss }, { id: 'blk_s' }),
      ],
      {
        profile: { name: xss, bio: xss, avatarUrl: 'https://images.example.com/a.jpg' },
        seo: { title: xss, description: xss, noindex: false },
      },
    );
    const { html } = await renderSitePage(site, visit());
    assertInert(html);
    expect(html).toContain(
      '&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(2)&gt;&#39;',
    );
    expect(elements(html, 'img').find((i) => i.class === 'av')?.alt).toBe(
      '&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(2)&gt;&#39;',
    );
    // The favicon monogram of a name starting with "<" is a placeholder, not markup.
    const icon = elements(html, 'link').find((l) => l.rel === 'icon')?.href ?? '';
    expect(decodeURIComponent(icon)).toContain('>?</text>');
    const played = await renderSitePage(site, visit({ playEmbedId: 'blk_e', subscribedBlockId: 'blk_s' }));
    assertInert(played.html);
  });

  test('markdown: raw HTML, images, headings and script links stay inert', async () => {
    const markdown = [
      '# Big heading',
      '<script>alert(1)</script> <img src=x onerror=alert(2)>',
      '![pic](https://images.example.com/x.png)',
      '[click](javascript:alert(3)) [data](data:text/html;base64,PHNjcmlwdD4=) [vb](vbscript:msgbox)',
      '<javascript:alert(4)> [spaced]( javascript:alert(5)) [enc](jav&#x09;ascript:alert(6))',
    ].join('\n\n');
    const { html } = await renderSitePage(siteWith([block('text', { markdown })]), visit());
    assertInert(html);
    const text = /<div class="tx">([\s\S]*?)<\/div>/.exec(html)?.[1] ?? '';
    expect(text).not.toMatch(/<h[1-6]>Big/);
    expect(text).toContain('# Big heading');
    expect(text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(elements(text, 'img')).toHaveLength(0);
    const site = siteWith([block('text', { markdown })]);
    for (const a of elements(text, 'a')) expect(targetOf(site, a.href)).toMatch(/^(https?:|mailto:|tel:)/);
  });
});

describe('unsafe URLs that slipped past validation are dropped at render time', () => {
  const bad = [
    'javascript:alert(1)',
    ' javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'data:text/html,<script>x</script>',
    'vbscript:x',
    'not a url',
    '//evil.example.com',
  ];

  test.each(bad)('link %j is skipped', async (url) => {
    const html = body(
      (await renderSitePage(siteWith([block('link', { title: 'Evil', url })]), visit())).html,
    );
    expect(html).not.toContain('Evil');
    assertInert(html);
  });

  test.each(bad)('image / social / embed with %j are skipped', async (url) => {
    const site = siteWith([
      block('image', { url, alt: 'i', width: 1, height: 1 }),
      block('image', {
        url: 'https://images.example.com/ok.jpg',
        alt: 'linked',
        width: 1,
        height: 1,
        href: url,
      }),
      block('social', {
        links: [
          { network: 'github', url },
          { network: 'x', url: 'https://x.example.com/a' },
        ],
      }),
      block('embed', { provider: 'vimeo', url }),
      block('link', { title: 'T', url: 'https://ok.example.com', thumbnailUrl: url }),
    ]);
    const { html } = await renderSitePage(site, visit({ playEmbedId: 'blk_embed' }));
    assertInert(html);
    expect(body(html)).not.toContain('alt="linked"');
    const icons = elements(body(html), 'a').filter((a) => a['aria-label']);
    expect(icons).toEqual([{ href: '/go/blk_social/0', 'aria-label': 'X (Twitter)' }]);
    expect(targetOf(site, icons[0]?.href)).toBe('https://x.example.com/a');
    // No link of the page leads to the bad URL, through the redirect or not.
    for (const b of site.blocks) expect(blockLinkTargets(b)).not.toContain(url);
    expect(body(html)).not.toContain('class="card"');
    expect(elements(body(html), 'img').filter((i) => i.class !== 'av')).toEqual([]);
  });

  test('hostile avatar, og:image and favicon URLs are not used', async () => {
    const site = siteWith([], {
      profile: { name: 'N', bio: null, avatarUrl: 'javascript:alert(1)' },
      seo: { ogImageUrl: 'javascript:alert(2)', faviconUrl: 'data:text/html,x', noindex: false },
    });
    const { html } = await renderSitePage(site, visit());
    assertInert(html);
    expect(html).toContain('class="av mg"');
    expect(elements(html, 'meta').find((m) => m.property === 'og:image')).toBeUndefined();
  });

  test('contact values that are not an address or number are dropped', async () => {
    const site = siteWith([
      block('contact', { email: 'a@b.co"><script>', phone: 'javascript:1', whatsapp: '12<script>' }),
      block('contact', { email: 'ok@example.com' }, { id: 'blk_2' }),
    ]);
    const html = body((await renderSitePage(site, visit())).html);
    assertInert(html);
    expect(elements(html, 'a').map((a) => targetOf(site, a.href))).toEqual(['mailto:ok@example.com']);
    expect(blockLinkTargets(site.blocks[0]!)).toEqual([]);
  });
});

describe('theme values are validated again before reaching CSS', () => {
  test('hostile colours, preset, font and shape fall back to safe values', async () => {
    const site = siteWith([], {
      theme: {
        preset: '__proto__' as never,
        colors: { background: 'red;}</style><script>alert(1)</script>', text: '#12345g', accent: '#AbCdEf' },
        buttonShape: 'blob' as never,
        font: 'url(https://evil.example.com/x.woff)' as never,
        colorScheme: 'auto',
      },
    });
    const { html } = await renderSitePage(site, visit());
    const css = styleText(html);
    assertInert(html);
    expect(css).not.toContain('evil');
    expect(css).not.toContain('red;');
    expect(css).toContain('--ac:#abcdef');
    expect(css).toContain('--bg:#ffffff'); // minimal preset's background kept
    expect(css).toContain('--r:14px');
    expect(css).toContain('--f:system-ui');
  });
});

test('unicode and very long strings survive intact and escaped', async () => {
  const name = 'Zoë 🎸 Ωmega — 東京 ‮evil';
  const long = 'x'.repeat(20_000);
  const site = siteWith(
    [block('header', { text: long }), block('text', { markdown: `${'y'.repeat(4000)} <b>` })],
    {
      profile: { name, bio: `${long}<`, avatarUrl: null },
      seo: { noindex: false },
    },
  );
  const { html } = await renderSitePage(site, visit());
  expect(html).toContain(`<h1>${name}</h1>`);
  expect(html).toContain(`<h2>${long}</h2>`);
  expect(html).toContain(`${long}&lt;</p>`);
  expect(html).toContain('y'.repeat(4000));
  // Title and description are clipped to their SEO lengths on whole characters.
  const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '';
  expect(Array.from(title).length).toBeLessThanOrEqual(70);
  const description = elements(html, 'meta').find((m) => m.name === 'description')?.content ?? '';
  expect(Array.from(description).length).toBeLessThanOrEqual(200);
  expect(description.endsWith('…')).toBe(true);
});
