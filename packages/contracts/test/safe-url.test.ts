import { describe, expect, it } from 'vitest';
import {
  addDomainInput,
  analyticsRangeQuery,
  createBlockInput,
  createShortLinkInput,
  createSiteInput,
  idSchema,
  isCanonicalId,
  malformedIdResource,
  normaliseUrl,
  updateShortLinkInput,
  updateSiteInput,
} from '../src/index.ts';

describe('URLs are stored in their normalised WHATWG form', () => {
  it('adds https:// to a scheme-less host/path, as creators type them', () => {
    expect(normaliseUrl('example.org/shop')).toBe('https://example.org/shop');
    expect(normaliseUrl('  Example.ORG ')).toBe('https://example.org/');
    expect(normaliseUrl('shop.example.org:8080/a?b=c#d')).toBe('https://shop.example.org:8080/a?b=c#d');
    expect(normaliseUrl('//cdn.example.org/x.png')).toBe('https://cdn.example.org/x.png');
    expect(normaliseUrl('HTTP://EXAMPLE.org/a b')).toBe('http://example.org/a%20b');
    expect(normaliseUrl('mailto:alice@example.com')).toBe('mailto:alice@example.com');
    expect(normaliseUrl('tel:+4930123456')).toBe('tel:+4930123456');
  });

  it('refuses control characters, unsafe schemes and things that are not hosts', () => {
    for (const bad of [
      'https://example.com/?q=\u0000x',
      'https://example.com/\nx',
      'https://exa\tmple.com/',
      'javascript:alert(1)',
      'data:text/html,<b>x</b>',
      'file:///etc/passwd',
      'hello',
      'user@example.org',
      'https://',
      '',
    ]) {
      expect(normaliseUrl(bad), JSON.stringify(bad)).toBeNull();
    }
    expect(normaliseUrl('mailto:a@example.com', new Set(['http:', 'https:']))).toBeNull();
  });

  it('normalises every URL field of every input', () => {
    const link = createBlockInput.parse({
      type: 'link',
      data: { title: 'Shop', url: 'example.org/shop', thumbnailUrl: 'img.example.org/t.png' },
    });
    expect(link.data).toMatchObject({
      url: 'https://example.org/shop',
      thumbnailUrl: 'https://img.example.org/t.png',
    });
    const image = createBlockInput.parse({
      type: 'image',
      data: { url: 'img.example.org/a.png', alt: '', width: 10, height: 10, href: 'example.org' },
    });
    expect(image.data).toMatchObject({ url: 'https://img.example.org/a.png', href: 'https://example.org/' });
    const social = createBlockInput.parse({
      type: 'social',
      data: { links: [{ network: 'github', url: 'github.com/alice' }] },
    });
    expect(social.data).toEqual({ links: [{ network: 'github', url: 'https://github.com/alice' }] });
    const embed = createBlockInput.parse({
      type: 'embed',
      data: { provider: 'youtube', url: 'youtube.com/watch?v=x' },
    });
    expect(embed.data).toMatchObject({ url: 'https://youtube.com/watch?v=x' });
    expect(createShortLinkInput.parse({ url: 'example.org/a', fallbackUrl: 'example.org/b' })).toMatchObject({
      url: 'https://example.org/a',
      fallbackUrl: 'https://example.org/b',
    });
    expect(updateShortLinkInput.parse({ url: 'example.org/c' })).toEqual({ url: 'https://example.org/c' });
    expect(
      createSiteInput.parse({
        slug: 'alice',
        name: 'Alice',
        avatarUrl: 'img.example.org/me.png',
        seo: { ogImageUrl: 'img.example.org/og.png', faviconUrl: 'img.example.org/f.ico' },
      }),
    ).toMatchObject({
      avatarUrl: 'https://img.example.org/me.png',
      seo: { ogImageUrl: 'https://img.example.org/og.png', faviconUrl: 'https://img.example.org/f.ico' },
    });
    expect(updateSiteInput.safeParse({ avatarUrl: 'https://x.example/\u0000' }).success).toBe(false);
    expect(
      createBlockInput.safeParse({ type: 'link', data: { title: 'x', url: 'https://x.example/?q=\nx' } })
        .success,
    ).toBe(false);
  });
});

describe('ids are canonical', () => {
  const id = 'site_01jd3v6w0m8x9y2z3a4b5c6d7e';
  it('accepts only the lower-case form ids are minted in', () => {
    expect(isCanonicalId('site', id)).toBe(true);
    for (const bad of [id.toUpperCase(), `${id} `, ` ${id}`, `${id}\u0000`, 'site_x', `blk_${id.slice(5)}`])
      expect(isCanonicalId('site', bad), bad).toBe(false);
  });

  it('marks a malformed id so transports answer 404, not 422', () => {
    const res = idSchema('site').safeParse(id.toUpperCase());
    expect(res.success).toBe(false);
    expect(malformedIdResource(res.error!.issues as never)).toBe('Site');
    const body = addDomainInput.safeParse({ siteId: `${id} `, hostname: 'links.example.com' });
    expect(malformedIdResource(body.error!.issues as never)).toBe('Site');
    // Any other problem alongside makes it a validation error.
    const mixed = addDomainInput.safeParse({ siteId: `${id} `, hostname: '' });
    expect(malformedIdResource(mixed.error!.issues as never)).toBeNull();
    expect(
      analyticsRangeQuery.safeParse({ siteId: id, linkId: 'blk_01jd3v6w0m8x9y2z3a4b5c6d7e' }).success,
    ).toBe(true);
  });
});
