// Renders the demo site to a file for eyeballing: `npx tsx --tsconfig packages/render/tsconfig.json packages/render/scripts/render-demo.ts [out.html] [playEmbedId]`
import { writeFileSync } from 'node:fs';
import { demoSnapshot, renderSitePage } from '../src/index.ts';

const out = process.argv[2] ?? '/tmp/render-demo.html';
const snapshot = demoSnapshot({ organizationId: 'org_demo', siteId: 'site_demo' });
const page = await renderSitePage(snapshot, {
  now: new Date('2025-02-01T00:00:00Z'),
  origin: 'http://alice.mewayz.localhost:8787',
  canonicalOrigin: 'http://alice.mewayz.localhost:8787',
  playEmbedId: process.argv[3] ?? null,
  ageConfirmed: false,
});
writeFileSync(out, page.html);
console.log(`${out}: ${page.html.length} bytes`);
console.log(`CSP: ${page.csp}`);
