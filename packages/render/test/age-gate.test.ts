import { describe, expect, test } from 'vitest';
import { renderSitePage } from '../src/index.ts';
import { body, demo, elements, visit } from './fixtures.ts';

function sensitiveDemo() {
  const site = demo();
  site.settings = { ...site.settings, sensitive: true };
  return site;
}

describe('site-level age gate', () => {
  test('a sensitive site shows only the confirmation until the visitor confirms', async () => {
    const page = await renderSitePage(sensitiveDemo(), visit({ ageConfirmed: false }));
    const html = body(page.html);
    expect(elements(html, 'form')).toEqual([{ method: 'post', action: '/age-confirm' }]);
    expect(html).toContain('<button type="submit">I am 18 or older — continue</button>');
    expect(elements(html, 'a')).toEqual([{ class: 'btn', href: 'about:blank' }]);
    expect(page.html).toContain('<meta name="robots" content="noindex"/>');
    expect(page.html).not.toMatch(/<script/i);
    // None of the site's content or previews leak through the gate.
    expect(html).not.toContain('/go/');
    expect(html).not.toContain('<img');
    expect(page.html).not.toContain('og:description');
    expect(page.nextChangeAt).toBeNull();
    expect(page.csp).toContain("form-action 'self'");
  });

  test('the exit link can be set, but only to a safe target', async () => {
    const ok = await renderSitePage(sensitiveDemo(), visit({ exitHref: 'http://mewayz.localhost:8787/' }));
    expect(elements(body(ok.html), 'a')[0]?.href).toBe('http://mewayz.localhost:8787/');
    const bad = await renderSitePage(sensitiveDemo(), visit({ exitHref: 'javascript:history.back()' }));
    expect(elements(body(bad.html), 'a')[0]?.href).toBe('about:blank');
  });

  test('after confirmation the site renders normally', async () => {
    const page = await renderSitePage(sensitiveDemo(), visit({ ageConfirmed: true }));
    expect(page.html).not.toContain('/age-confirm');
    expect(page.html).toContain('href="/go/');
  });

  test('a site that is not sensitive never shows the gate', async () => {
    const page = await renderSitePage(demo(), visit({ ageConfirmed: false }));
    expect(page.html).not.toContain('/age-confirm');
  });
});
