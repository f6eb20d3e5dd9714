import { describe, expect, test } from 'vitest';
import { renderRobotsTxt, renderSitemapXml } from '../src/index.ts';
import { demo } from './fixtures.ts';

const published = new Date('2025-01-15T12:00:00.000Z');

describe('robots.txt', () => {
  test('allows the page, keeps crawlers off counted redirects, points at the sitemap', () => {
    expect(renderRobotsTxt(demo(), 'https://alice.example.com/')).toBe(
      'User-agent: *\nAllow: /\nDisallow: /go/\n\nSitemap: https://alice.example.com/sitemap.xml\n',
    );
  });

  test('disallows everything when noindex or age-gated', () => {
    const noindex = demo();
    noindex.seo.noindex = true;
    expect(renderRobotsTxt(noindex, 'https://alice.example.com')).toBe('User-agent: *\nDisallow: /\n');
    const gated = demo();
    gated.settings.sensitive = true;
    expect(renderRobotsTxt(gated, 'https://alice.example.com')).toBe('User-agent: *\nDisallow: /\n');
  });
});

describe('sitemap.xml', () => {
  test('lists the page with its last modification', () => {
    expect(renderSitemapXml(demo(), 'http://alice.mewayz.localhost:8787', published)).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">' +
        '<url><loc>http://alice.mewayz.localhost:8787/</loc><lastmod>2025-01-15T12:00:00.000Z</lastmod></url></urlset>\n',
    );
  });

  test('normalises the origin, rejects non-http origins, is empty when noindex', () => {
    const xml = renderSitemapXml(demo(), "https://Alice.Example.com/?a=1&b='2'", published);
    expect(xml).toContain('<loc>https://alice.example.com/</loc>');
    expect(() => renderSitemapXml(demo(), 'javascript:alert(1)', published)).toThrow();
    const noindex = demo();
    noindex.seo.noindex = true;
    expect(renderSitemapXml(noindex, 'https://alice.example.com', published)).not.toContain('<url>');
  });
});
