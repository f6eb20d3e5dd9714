import { describe, expect, it } from 'vitest';
import {
  blueskyFacets,
  checkSocialImage,
  checkSocialText,
  findUrls,
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
