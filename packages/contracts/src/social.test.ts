import { describe, expect, it } from 'vitest';
import {
  blueskyFacets,
  checkSocialImage,
  checkSocialText,
  findUrls,
  findXUrls,
  graphemeCount,
  socialTextLength,
  xWeightedLength,
} from './social.ts';

describe('social text rules', () => {
  it('weighs X text the twitter-text way: URLs 23, Latin 1, CJK and emoji 2', () => {
    expect(xWeightedLength('hello')).toBe(5);
    expect(xWeightedLength('see https://example.com/a/very/long/path/that/is/longer/than/23')).toBe(4 + 23);
    expect(xWeightedLength('日本語')).toBe(6);
    // A family emoji (ZWJ sequence of 4 people) and a flag count as one emoji each.
    expect(xWeightedLength('👨‍👩‍👧‍👦🇵🇹')).toBe(4);
    // Curly quotes and en dashes are in the light ranges.
    expect(xWeightedLength('“–”')).toBe(3);
    expect(checkSocialText('x', 'a'.repeat(280)).problem).toBeNull();
    expect(checkSocialText('x', '日'.repeat(141)).problem).toMatch(/280/);
  });

  it('counts Bluesky graphemes, Mastodon characters with URLs as 23, and Instagram needs an image', () => {
    expect(graphemeCount('👨‍👩‍👧‍👦é')).toBe(2);
    expect(socialTextLength('bluesky', 'e\u0301'.repeat(300))).toBe(300);
    expect(checkSocialText('bluesky', 'é'.repeat(301)).problem).toMatch(/300/);
    expect(socialTextLength('mastodon', `hi https://example.com/${'x'.repeat(100)}`)).toBe(3 + 23);
    expect(checkSocialText('instagram', 'caption', 0).problem).toMatch(/image/);
    expect(checkSocialText('instagram', 'caption', 1).problem).toBeNull();
    expect(checkSocialText('instagram', 'a'.repeat(2201), 1).problem).toMatch(/2200/);
  });

  it('checks an image against each network: Bluesky 1 MB, Instagram JPEG only', () => {
    const jpeg = (size: number) => ({ contentType: 'image/jpeg', size });
    expect(checkSocialImage('bluesky', jpeg(1_000_000))).toBeNull();
    expect(checkSocialImage('bluesky', jpeg(1_200_000))).toBe(
      'Bluesky takes images up to 1 MB; this one is 1.2 MB',
    );
    expect(checkSocialImage('x', jpeg(1_200_000))).toBeNull();
    expect(checkSocialImage('x', jpeg(5_500_000))).toMatch(/^X takes images up to 5 MB/);
    expect(checkSocialImage('instagram', { contentType: 'image/png', size: 1000 })).toBe(
      'Instagram takes JPEG images only',
    );
    expect(checkSocialImage('mastodon', { contentType: 'image/svg+xml', size: 1000 })).toBe(
      'Mastodon takes JPEG, PNG, WebP, or GIF images only',
    );
  });

  it('counts bare domains X links as 23, like twitter-text’s URLs without protocol', () => {
    const x = (t: string) => socialTextLength('x', t);
    // Linked: a known TLD, with or without a path; a ccTLD after a subdomain or with a path.
    expect(x('mewayz.com')).toBe(23);
    expect(x('Visit mewayz.com today')).toBe(6 + 23 + 6);
    expect(x('foo.co.uk/x')).toBe(23);
    expect(x('www.example.de')).toBe(23);
    expect(x('example.de/shop?utm=1')).toBe(23);
    expect(x('bit.ly/3xYz')).toBe(23);
    expect(x('See mewayz.com.')).toBe(4 + 23 + 1);
    expect(x('https://mewayz.com and mewayz.com')).toBe(23 + 5 + 23);
    expect(x('shop.mewayz.app:8443/x')).toBe(23);
    // Not linked: unknown TLDs, a lone name.<ccTLD> without a path, e-mail addresses, glued prefixes.
    expect(x('file.txt')).toBe(8);
    expect(x('a.b')).toBe(3);
    expect(x('readme.md')).toBe(9);
    expect(x('example.de')).toBe(10);
    expect(x('me@mewayz.com')).toBe(13);
    expect(x('#mewayz.com')).toBe(11);
    expect(x('-mewayz.com')).toBe(11);
    expect(x('example.comfoo')).toBe(14);
    // The special short ccTLDs are linked alone (twitter-text: .co and .tv).
    expect(x('mewayz.co')).toBe(23);
    expect(findXUrls('Read foo.co.uk/x, then https://a.test/b').map((u) => u.text)).toEqual([
      'foo.co.uk/x',
      'https://a.test/b',
    ]);
    // Mastodon (and the link shortener) only take links with a scheme.
    expect(socialTextLength('mastodon', 'mewayz.com')).toBe(10);
    expect(findUrls('mewayz.com')).toEqual([]);
  });

  it('finds links without their trailing punctuation', () => {
    expect(findUrls('Go to https://mewayz.test/abc. Or (http://x.test/y)!').map((u) => u.text)).toEqual([
      'https://mewayz.test/abc',
      'http://x.test/y',
    ]);
  });

  it('puts Bluesky link and tag facets at UTF-8 byte offsets', () => {
    const text = 'Café ☕ https://mwz.test/k1 #pottery';
    const facets = blueskyFacets(text);
    const bytes = new TextEncoder().encode(text);
    const slice = (f: (typeof facets)[number]) =>
      new TextDecoder().decode(bytes.slice(f.index.byteStart, f.index.byteEnd));
    expect(facets.map(slice)).toEqual(['https://mwz.test/k1', '#pottery']);
    expect(facets[0]!.features[0]).toEqual({
      $type: 'app.bsky.richtext.facet#link',
      uri: 'https://mwz.test/k1',
    });
    expect(facets[1]!.features[0]).toEqual({ $type: 'app.bsky.richtext.facet#tag', tag: 'pottery' });
    // "Café ☕ " is 10 bytes in UTF-8 but 7 UTF-16 units.
    expect(facets[0]!.index.byteStart).toBe(10);
  });
});
