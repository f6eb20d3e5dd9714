import type { SiteSnapshot, SnapshotPost } from '@mewayz/contracts';
import { describe, expect, test } from 'vitest';
import {
  postPlainText,
  renderAtomFeed,
  renderBlogPost,
  renderPostMarkdown,
  renderRssFeed,
} from '../src/index.ts';
import { assertInert, body, demo, elements, ORIGIN, visit } from './fixtures.ts';

const key = 'images/org_1/site_1/AbC_12-x.jpg';

function post(markdown: string): SnapshotPost {
  return {
    id: 'post_1',
    slug: 'first',
    title: 'First post',
    excerpt: '',
    body: markdown,
    coverKey: null,
    coverAlt: '',
    tags: [],
    publishedAt: '2025-02-01T09:00:00.000Z',
    updatedAt: '2025-02-01T09:00:00.000Z',
    readingMinutes: 1,
    seo: { noindex: false },
  } as SnapshotPost;
}

function blogSite(p: SnapshotPost): SiteSnapshot {
  return { ...demo(), blog: { posts: [p], truncated: false } } as SiteSnapshot;
}

/** The article body of a rendered post page. */
function articleBody(html: string): string {
  return /<div class="bd">([\s\S]*?)<\/div><\/article>/.exec(body(html))?.[1] ?? '';
}

describe('Markdown of blog posts', () => {
  test('headings start below the title, in order; lists, quotes, code, rules and tables render', () => {
    const html = renderPostMarkdown(
      [
        '# Part one',
        '## Detail',
        '###### Deepest',
        '- a\n- b',
        '1. first\n2. second',
        '> quoted *words*',
        'Inline `x < y` code.',
        '```ts\nconst a = "<b>" && 1;\n```',
        '    indented <i>',
        '---',
        '| a | b |\n|---|---|\n| 1 | 2 |',
        '~~gone~~',
      ].join('\n\n'),
      ORIGIN,
    );
    expect(html).toContain('<h2>Part one</h2>');
    expect(html).toContain('<h3>Detail</h3>');
    expect(html).toContain('<h6>Deepest</h6>');
    expect(html).not.toMatch(/<h1/);
    expect(html).toContain('<ul>\n<li>a</li>\n<li>b</li>\n</ul>');
    expect(html).toContain('<ol>\n<li>first</li>');
    expect(html).toContain('<blockquote>\n<p>quoted <em>words</em></p>\n</blockquote>');
    expect(html).toContain('<code>x &lt; y</code>');
    expect(html).toContain(
      '<pre><code class="language-ts">const a = &quot;&lt;b&gt;&quot; &amp;&amp; 1;\n</code></pre>',
    );
    expect(html).toContain('<pre><code>indented &lt;i&gt;\n</code></pre>');
    expect(html).toContain('<hr>');
    expect(html).toContain('<th>a</th>');
    expect(html).toContain('<s>gone</s>');
  });

  test('images: own media get a srcset of resized copies; all are lazy, with their alt text', () => {
    const html = renderPostMarkdown(
      [
        `![A bowl "glazed" <blue>](/media/${key} "The kiln")`,
        '![Outside](https://images.example.com/p.png)',
        `![Full URL](https://alice.mewayz.site/media/${key})`,
      ].join('\n\n'),
      ORIGIN,
    );
    const [own, outside, full] = elements(html, 'img');
    expect(own).toEqual({
      src: `${ORIGIN}/media/${key}`,
      srcset: [320, 480, 640, 960, 1280]
        .map((w) => `${ORIGIN}/cdn-cgi/image/width=${w},fit=scale-down,format=auto/media/${key} ${w}w`)
        .join(', '),
      sizes: '(max-width: 680px) calc(100vw - 36px), 644px',
      alt: 'A bowl &quot;glazed&quot; &lt;blue&gt;',
      title: 'The kiln',
      loading: 'lazy',
      decoding: 'async',
    });
    expect(outside).toEqual({
      src: 'https://images.example.com/p.png',
      alt: 'Outside',
      loading: 'lazy',
      decoding: 'async',
    });
    expect(full?.srcset).toContain(
      `https://alice.mewayz.site/cdn-cgi/image/width=320,fit=scale-down,format=auto/media/${key} 320w`,
    );
  });

  test('links: own paths stay followed, others are nofollow ugc; feeds write own paths absolute', () => {
    const md =
      '[about](/about) [top](#part) [shop](https://shop.example.com/x?a=1&b=2) [mail](mailto:a@example.com)';
    const links = elements(renderPostMarkdown(md, ORIGIN), 'a');
    expect(links).toEqual([
      { href: '/about' },
      { href: '#part' },
      { href: 'https://shop.example.com/x?a=1&amp;b=2', rel: 'nofollow ugc noopener' },
      { href: 'mailto:a@example.com', rel: 'nofollow ugc noopener' },
    ]);
    expect(elements(renderPostMarkdown(md, ORIGIN, true), 'a')[0]).toEqual({ href: `${ORIGIN}/about` });
  });

  test('hostile input stays text: raw HTML, script URLs, other hosts by path tricks, bad images', () => {
    const hostile = [
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(2)>',
      '<a href="javascript:alert(3)">html link</a>',
      '[js](javascript:alert(4)) [JS](JaVaScRiPt:alert(5)) [enc](jav&#x09;ascript:alert(6)) [vb](vbscript:x)',
      '[data](data:text/html;base64,PHNjcmlwdD4=) <javascript:alert(7)> [spaced]( javascript:alert(8))',
      '[proto](//evil.example.com) [slash](/\\evil.example.com) [tab](/%09/evil.example.com)',
      '![js img](javascript:alert(9)) ![data img](data:image/svg+xml;base64,PHN2Zz4=) ![rel](/x.png)',
      '![not ours](/media/../../etc/passwd) ![quote"](https://images.example.com/a.png"onerror="alert(10))',
      '```"><script>alert(11)</script>\ncode\n```',
      '# <img src=x onerror=alert(12)>',
      `![x](/media/${key} "t\\" onerror=\\"alert(13)")`,
    ].join('\n\n');
    const html = renderPostMarkdown(hostile, ORIGIN);
    assertInert(html);
    expect(html).not.toMatch(/<(script|iframe|object|embed|svg|a href="javascript)/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(2)&gt;');
    for (const a of elements(html, 'a')) expect(a.href).toMatch(/^(https?:|mailto:|\/(?![/\\]))/);
    // markdown-it percent-encodes before the check: both stay paths on the site, not other hosts.
    expect(elements(html, 'a').map((a) => a.href)).toEqual(['/%5Cevil.example.com', '/%09/evil.example.com']);
    const imgs = elements(html, 'img');
    // Only the site's own image and the one web image survive; the rest are their alt text.
    expect(imgs.map((i) => i.src)).toEqual([
      'https://images.example.com/a.png%22onerror=%22alert(10)',
      `${ORIGIN}/media/${key}`,
    ]);
    expect(html).toContain('rel');
    expect(html).toContain('js img');
    const allowed = ['alt', 'decoding', 'loading', 'src', 'srcset', 'sizes', 'title'];
    for (const img of imgs) for (const attr of Object.keys(img)) expect(allowed).toContain(attr);
    expect(imgs[1]?.title).toBe('t&quot; onerror=&quot;alert(13)');
    expect(html).toContain('<pre><code>code\n</code></pre>');
    expect(html).toContain('<h2>&lt;img src=x onerror=alert(12)&gt;</h2>');
  });

  test('plain text for summaries drops the markup', () => {
    expect(postPlainText('# Title\n\nSome **bold** and `code`.\n\n![alt](/media/x.png)\n\n> quote')).toBe(
      'Title Some bold and code. quote',
    );
  });
});

describe('a post page and its feeds', () => {
  const markdown = `## Kiln notes\n\n![Bowls](/media/${key})\n\n[About me](/about) <script>alert(1)</script>`;

  test('the page renders the post subset, styled, with no script', async () => {
    const { html } = await renderBlogPost(blogSite(post(markdown)), visit(), post(markdown));
    assertInert(html);
    const article = articleBody(html);
    expect(article).toContain('<h3>Kiln notes</h3>');
    expect(elements(article, 'img')[0]).toMatchObject({ loading: 'lazy', alt: 'Bowls' });
    expect(elements(article, 'img')[0]?.srcset).toContain('/cdn-cgi/image/width=640');
    expect(article).toContain('<a href="/about">About me</a>');
    expect(html).toContain('.bd blockquote{');
    expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
  });

  test('feeds carry the same HTML, escaped, with own links absolute', () => {
    const site = blogSite(post(markdown));
    const now = new Date('2025-03-01T00:00:00Z');
    for (const xml of [renderRssFeed(site, ORIGIN, now), renderAtomFeed(site, ORIGIN, now)]) {
      expect(xml).toContain('&#60;h3&#62;Kiln notes&#60;/h3&#62;');
      expect(xml).toContain(`&#60;a href=&#34;${ORIGIN}/about&#34;&#62;About me&#60;/a&#62;`);
      expect(xml).toContain('&#38;lt;script&#38;gt;');
      expect(xml).not.toMatch(/<script/i);
    }
  });
});
