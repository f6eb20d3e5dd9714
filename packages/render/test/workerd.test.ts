import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { Miniflare } from 'miniflare';
import { afterAll, beforeAll, expect, test } from 'vitest';

// The renderer runs inside the edge Worker: bundle it the way a Worker is bundled and render in workerd.
const packageDir = fileURLToPath(new URL('..', import.meta.url));

const entry = `
import { demoSnapshot, renderSitePage, renderNotFoundPage } from './src/index.ts';
export default {
  async fetch(request) {
    const url = new URL(request.url);
    if (url.pathname === '/404') return new Response(renderNotFoundPage().html);
    const page = await renderSitePage(demoSnapshot({ organizationId: 'org_w', siteId: 'site_w' }), {
      now: new Date('2025-03-01T00:00:00Z'),
      origin: url.origin,
      canonicalOrigin: url.origin,
      playEmbedId: url.searchParams.get('play'),
      ageConfirmed: false,
    });
    return new Response(page.html, { headers: { 'content-security-policy': page.csp, 'content-type': 'text/html' } });
  },
};`;

let mf: Miniflare;

beforeAll(async () => {
  const bundle = await build({
    stdin: { contents: entry, resolveDir: packageDir, loader: 'ts', sourcefile: 'workerd-entry.ts' },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    conditions: ['workerd', 'worker', 'browser'],
    tsconfig: `${packageDir}/tsconfig.json`,
    write: false,
    logLevel: 'silent',
  });
  mf = new Miniflare({
    modules: true,
    script: bundle.outputFiles[0]!.text,
    compatibilityDate: '2025-01-01',
  });
}, 60_000);

afterAll(async () => {
  await mf?.dispose();
});

test('renders the demo site inside workerd, with a CSP hashed by WebCrypto there', async () => {
  const res = await mf.dispatchFetch(
    'http://alice.mewayz.localhost:8787/?play=blk_00000000000000000000000006',
  );
  const html = await res.text();
  expect(html).toContain('<h1>Alice Rivera</h1>');
  expect(html).toContain('<strong>Lisbon</strong>');
  expect(html).toContain('src="https://www.youtube-nocookie.com/embed/');
  const csp = res.headers.get('content-security-policy') ?? '';
  const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
  const { createHash } = await import('node:crypto');
  expect(csp).toContain(`'sha256-${createHash('sha256').update(style).digest('base64')}'`);
  expect(csp).toContain('frame-src https://www.youtube-nocookie.com');
});

test('renders the 404 page inside workerd', async () => {
  const res = await mf.dispatchFetch('http://x.localhost/404');
  expect(await res.text()).toContain('<h1>Page not found</h1>');
});
