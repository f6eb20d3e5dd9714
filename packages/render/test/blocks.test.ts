import { socialNetworks } from '@mewayz/contracts';
import { describe, expect, test } from 'vitest';
import { renderSitePage } from '../src/index.ts';
import { block, body, elements, siteWith, targetOf, visit } from './fixtures.ts';

async function renderBlocks(blocks: Parameters<typeof siteWith>[0], opts = {}) {
  const { html } = await renderSitePage(siteWith(blocks), visit(opts));
  return /<div class="bs">([\s\S]*)<\/div><footer>/.exec(body(html))?.[1] ?? '';
}

describe('link button', () => {
  test('points at /go/<id>, never at the destination', async () => {
    const html = await renderBlocks([
      block('link', { title: 'My shop', url: 'https://shop.example.com/secret-path' }, { id: 'blk_abc' }),
    ]);
    expect(html).toBe('<a class="btn" href="/go/blk_abc"><span>My shop</span></a>');
    expect(html).not.toContain('shop.example.com');
  });

  test('featured style, sized thumbnail, 18+ tag for sensitive links (still via /go/)', async () => {
    const html = await renderBlocks([
      block(
        'link',
        { title: 'Feat', url: 'https://a.example.com', thumbnailUrl: 'https://images.example.com/t.jpg' },
        { id: 'blk_f', featured: true, sensitive: true },
      ),
    ]);
    const [a] = elements(html, 'a');
    expect(a).toMatchObject({ class: 'btn ft', href: '/go/blk_f' });
    expect(elements(html, 'img')[0]).toMatchObject({
      src: 'https://images.example.com/t.jpg',
      width: '44',
      height: '44',
      alt: '',
      loading: 'lazy',
    });
    expect(html).toContain('<span class="tag">18+</span>');
  });

  test('a thumbnail that is not https (and not same-origin) is dropped, the link kept', async () => {
    const html = await renderBlocks([
      block('link', {
        title: 'T',
        url: 'https://a.example.com',
        thumbnailUrl: 'http://images.example.com/t.jpg',
      }),
    ]);
    expect(html).not.toContain('<img');
    expect(html).toContain('href="/go/blk_link"');
  });

  test('the block id is encoded in the /go/ path', async () => {
    const html = await renderBlocks([
      block('link', { title: 'T', url: 'https://a.example.com' }, { id: 'a/../b?c' }),
    ]);
    expect(html).toContain('href="/go/a%2F..%2Fb%3Fc"');
  });
});

test('header renders as h2', async () => {
  expect(await renderBlocks([block('header', { text: 'Latest' })])).toBe('<h2>Latest</h2>');
});

test('text renders the safe markdown subset', async () => {
  const html = await renderBlocks([
    block('text', {
      markdown: 'Hello **bold** and *em*\nnext line\n\n- one\n- [two](https://two.example.com)',
    }),
  ]);
  expect(html).toContain('<div class="tx"><p>Hello <strong>bold</strong> and <em>em</em><br>');
  expect(html).toContain('<ul>\n<li>one</li>');
  expect(html).toContain('<a href="/go/blk_text/0" rel="nofollow ugc noopener">two</a>');
});

test('every link in text goes through the counted redirect, numbered in order, to its own target', async () => {
  const text = block(
    'text',
    { markdown: '[a](https://a.example.com/x?y=1) <https://b.example.com> [mail](mailto:me@example.com)' },
    { id: 'blk_t' },
  );
  const site = siteWith([text]);
  const html = body((await renderSitePage(site, visit())).html);
  const hrefs = elements(html, 'a').map((a) => a.href);
  expect(hrefs).toEqual(['/go/blk_t/0', '/go/blk_t/1', '/go/blk_t/2']);
  expect(hrefs.map((h) => targetOf(site, h))).toEqual([
    'https://a.example.com/x?y=1',
    'https://b.example.com',
    'mailto:me@example.com',
  ]);
});

describe('social icons', () => {
  test('every network gets an SVG glyph and an accessible name', async () => {
    const links = socialNetworks.map((network) => ({ network, url: `https://example.com/${network}` }));
    const site = siteWith([block('social', { links })]);
    const html = await renderBlocks(site.blocks);
    const anchors = elements(html, 'a');
    expect(anchors).toHaveLength(socialNetworks.length);
    const byTarget = (url: string) => anchors.find((a) => targetOf(site, a.href) === url);
    expect(byTarget('https://example.com/instagram')?.['aria-label']).toBe('Instagram');
    expect(byTarget('https://example.com/x')?.['aria-label']).toBe('X (Twitter)');
    // Counted: each icon is /go/<block>/<n>, never the profile URL itself.
    expect(anchors.map((a) => a.href)).toEqual(socialNetworks.map((_, i) => `/go/blk_social/${i}`));
    expect(html).not.toContain('https://example.com/');
    for (const a of anchors) expect(a['aria-label']?.length).toBeGreaterThan(1);
    const svgs = [...html.matchAll(/<svg[\s\S]*?<\/svg>/g)].map((m) => m[0]);
    expect(svgs).toHaveLength(socialNetworks.length);
    expect(new Set(svgs).size).toBe(socialNetworks.length); // a distinct glyph per network
    for (const svg of svgs) {
      expect(svg).toContain('aria-hidden="true"');
      expect(svg.length).toBeLessThan(700);
    }
    expect(html).toContain('<nav class="soc" aria-label="Social links">');
  });

  test('the profiles stay rel=me links in the head, so services can still verify the page', async () => {
    const { html } = await renderSitePage(
      siteWith([block('social', { links: [{ network: 'mastodon', url: 'https://m.example/@me' }] })]),
      visit(),
    );
    expect(elements(html, 'link').filter((l) => l.rel === 'me')).toEqual([
      { rel: 'me', href: 'https://m.example/@me' },
    ]);
  });
});

describe('image', () => {
  test('explicit width/height and alt, optional link', async () => {
    const html = await renderBlocks([
      block('image', {
        url: 'https://images.example.com/p.jpg',
        alt: 'A photo',
        width: 800,
        height: 600,
        href: 'https://blog.example.com/p',
      }),
    ]);
    expect(html).toBe(
      '<div class="im"><a href="/go/blk_image"><img src="https://images.example.com/p.jpg" width="800" height="600" alt="A photo" loading="lazy" decoding="async"/></a></div>',
    );
  });

  test('without link; decorative images keep an empty alt', async () => {
    const html = await renderBlocks([
      block('image', { url: 'https://images.example.com/p.jpg', alt: '', width: 10, height: 20 }),
    ]);
    expect(html).toContain(
      '<div class="im"><img src="https://images.example.com/p.jpg" width="10" height="20" alt=""',
    );
    expect(html).not.toContain('<a ');
  });
});

describe('responsive images', () => {
  const own = (name: string) => `https://alice.mewayz.app/media/images/org_1/sit_1/${name}`;
  const resized = (name: string, w: number) =>
    `https://alice.mewayz.app/cdn-cgi/image/width=${w},fit=scale-down,format=auto/media/images/org_1/sit_1/${name}`;

  test('our uploaded images get resized copies for the column; phones pick by width', async () => {
    const html = await renderBlocks([
      block('image', { url: own('p.jpg'), alt: 'A', width: 1600, height: 900 }),
    ]);
    const [img] = elements(html, 'img');
    expect(img!.src).toBe(own('p.jpg'));
    expect(img!.srcset).toBe(
      [320, 480, 640, 960, 1280].map((w) => `${resized('p.jpg', w)} ${w}w`).join(', '),
    );
    expect(img!.sizes).toBe('(max-width: 680px) calc(100vw - 36px), 644px');
    expect([img!.width, img!.height, img!.loading]).toEqual(['1600', '900', 'lazy']);
  });

  test('a small upload is not offered wider than twice its shown width', async () => {
    const html = await renderBlocks([
      block('image', { url: own('s.png'), alt: 'S', width: 200, height: 200 }),
    ]);
    expect(elements(html, 'img')[0]!.srcset).toBe(`${resized('s.png', 320)} 320w`);
  });

  test('fixed-size thumbnails get 1x and 2x copies', async () => {
    const html = await renderBlocks([
      block('link', { title: 'T', url: 'https://a.example.com', thumbnailUrl: own('t.webp') }),
    ]);
    expect(elements(html, 'img')[0]!.srcset).toBe(`${resized('t.webp', 44)} 1x, ${resized('t.webp', 88)} 2x`);
  });

  test('external images, GIFs and look-alike paths keep a plain src', async () => {
    for (const url of [
      'https://images.example.com/p.jpg',
      own('anim.gif'),
      'https://alice.mewayz.app/media/images/../../etc/p.jpg',
      `${own('p.jpg')}?v=2`,
    ]) {
      const html = await renderBlocks([block('image', { url, alt: 'A', width: 800, height: 600 })]);
      expect(html).not.toContain('srcset');
    }
  });
});

describe('embed', () => {
  const yt = block(
    'embed',
    { provider: 'youtube', url: 'https://www.youtube.com/watch?v=Xy7kQ2mN4pA', title: 'My video' },
    { id: 'blk_v' },
  );

  test('is a click-to-load card with no third-party request', async () => {
    const html = await renderBlocks([yt]);
    expect(elements(html, 'a')[0]).toMatchObject({
      class: 'card',
      id: 'b-blk_v',
      href: '?play=blk_v#b-blk_v',
    });
    expect(html).toContain('<b>My video</b>');
    expect(html).not.toMatch(/<iframe|<img|youtube/);
  });

  test('renders the provider iframe when asked to play this block', async () => {
    const html = await renderBlocks([yt], { playEmbedId: 'blk_v' });
    const [frame] = elements(html, 'iframe');
    expect(frame).toMatchObject({
      src: 'https://www.youtube-nocookie.com/embed/Xy7kQ2mN4pA?autoplay=1',
      title: 'My video',
      loading: 'lazy',
      referrerpolicy: 'strict-origin-when-cross-origin',
    });
    expect(frame?.sandbox).toContain('allow-scripts');
    expect(frame?.sandbox).not.toContain('allow-top-navigation');
    expect(frame?.allow).toContain('fullscreen');
    expect(html).toContain('id="b-blk_v"');
  });

  test('playing another block leaves this one a card', async () => {
    const html = await renderBlocks([yt], { playEmbedId: 'blk_other' });
    expect(html).not.toContain('<iframe');
  });

  test('an unrecognised URL shape becomes a plain card to the URL', async () => {
    const embedBlock = block('embed', { provider: 'vimeo', url: 'https://vimeo.com/about' }, { id: 'blk_u' });
    const html = await renderBlocks([embedBlock], { playEmbedId: 'blk_u' });
    expect(elements(html, 'a')[0]).toMatchObject({ class: 'card', href: '/go/blk_u' });
    expect(targetOf(siteWith([embedBlock]), '/go/blk_u')).toBe('https://vimeo.com/about');
    expect(html).not.toContain('<iframe');
    expect(html).toContain('Open on Vimeo');
  });
});

describe('email signup', () => {
  const signup = block(
    'email_signup',
    { title: 'Newsletter', buttonLabel: 'Sign me up', successMessage: 'You are in!' },
    { id: 'blk_s' },
  );

  test('is a plain POST form with hidden block id, labelled email input, honeypot and button label', async () => {
    const html = await renderBlocks([signup]);
    expect(elements(html, 'form')[0]).toEqual({ method: 'post', action: '/subscribe' });
    const inputs = elements(html, 'input');
    expect(inputs.find((i) => i.name === 'block')).toEqual({ type: 'hidden', name: 'block', value: 'blk_s' });
    const email = inputs.find((i) => i.name === 'email');
    expect(email).toMatchObject({ type: 'email', required: '', autocomplete: 'email' });
    expect(elements(html, 'label').some((l) => l.for === email?.id)).toBe(true);
    const honeypot = inputs.find((i) => i.name === 'website');
    expect(honeypot).toMatchObject({ tabindex: '-1', autocomplete: 'off' });
    expect(html).toMatch(/<div class="hp" aria-hidden="true"><label>[^<]*<input type="text" name="website"/);
    expect(html).toContain('<button type="submit">Sign me up</button>');
  });

  test('shows the success message instead of the form after subscribing', async () => {
    const html = await renderBlocks([signup], { subscribedBlockId: 'blk_s' });
    expect(html).toContain('<p role="status">You are in!</p>');
    expect(html).not.toContain('<form');
  });
});

describe('contact buttons', () => {
  test('mailto:, tel: and wa.me links, each through the counted redirect', async () => {
    const site = siteWith([
      block('contact', { email: 'me@example.com', phone: '+44 (20) 7946-0958', whatsapp: '+1 555 010 0199' }),
    ]);
    const html = await renderBlocks(site.blocks);
    const hrefs = elements(html, 'a').map((a) => a.href);
    expect(hrefs).toEqual(['/go/blk_contact/0', '/go/blk_contact/1', '/go/blk_contact/2']);
    expect(hrefs.map((h) => targetOf(site, h))).toEqual([
      'mailto:me@example.com',
      'tel:+442079460958',
      'https://wa.me/15550100199',
    ]);
    expect(html).toContain('Email</a>');
    expect(html).toContain('Call</a>');
    expect(html).toContain('WhatsApp</a>');
  });

  test('only the ways given', async () => {
    const site = siteWith([block('contact', { phone: '555 0100' })]);
    const hrefs = elements(await renderBlocks(site.blocks), 'a').map((a) => a.href);
    expect(hrefs.map((h) => targetOf(site, h))).toEqual(['tel:5550100']);
  });
});

test('divider and spacer', async () => {
  const html = await renderBlocks([
    block('divider', {}),
    block('spacer', { size: 'lg' }),
    block('spacer', { size: 'huge' }),
  ]);
  expect(html).toBe(
    '<hr/><div class="sp-lg" aria-hidden="true"></div><div class="sp-md" aria-hidden="true"></div>',
  );
});

test('an unknown block type renders nothing', async () => {
  const html = await renderBlocks([block('poll' as never, { q: '?' }), block('header', { text: 'Kept' })]);
  expect(html).toBe('<h2>Kept</h2>');
});
