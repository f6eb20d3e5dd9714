/**
 * `npm run bench:lighthouse` — Lighthouse (mobile) on the demo bio site served by the edge Worker under
 * `workerd serve`, plus the page budget: compressed HTML size, script tags, other-origin requests.
 * For the demo site and every starter template's home page it prints
 * `lighthouse page=<demo|template-…> performance=<n> accessibility=<n> best-practices=<n> seo=<n>` and
 * `budget page=… …`, then the dashboard's figures (`lighthouse-dashboard.ts`). `BENCH_LIGHTHOUSE=site|dashboard` runs one part.
 * `BENCH_LIGHTHOUSE_PAGES=all` also runs every section page of each template (`page=template-<t>/<slug>`).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { type SiteTemplate, siteTemplates } from '@mewayz/contracts';
import { sitesService } from '@mewayz/core';
import { benchDataPlane, benchRoot, seedBenchSite } from './bench-env.ts';
import { benchDashboardLighthouse } from './lighthouse-dashboard.ts';
import { get, WorkerdEdge } from './workerd-runner.ts';

const run = promisify(execFile);
const part = process.env.BENCH_LIGHTHOUSE ?? 'all';
const allPages = process.env.BENCH_LIGHTHOUSE_PAGES === 'all';
if (part !== 'dashboard') await benchSite();
if (part !== 'site' && !(await benchDashboardLighthouse())) process.exitCode = 1;

async function benchSite() {
  const plane = await benchDataPlane();
  let edge: WorkerdEdge | null = null;
  try {
    edge = await WorkerdEdge.create(plane);
    const site = await seedBenchSite(plane.deps, `http://alice.${benchRoot}:${edge.edgePort}`);
    // Every starter template's home page too, as a creator gets it: created, then published untouched.
    const templateHosts: [SiteTemplate, string, string[]][] = [];
    for (const template of siteTemplates) {
      const slug = `tpl-${template}`;
      const created = await sitesService.createSite(
        plane.deps,
        site.scope,
        { userId: null },
        {
          slug,
          name: `${template[0]!.toUpperCase()}${template.slice(1)} template`,
          template,
        },
      );
      await sitesService.publishSite(plane.deps, site.scope, { userId: null }, created.id);
      const pages = allPages ? await sitesService.listPages(site.scope, created.id) : [];
      const paths = pages.filter((p) => p.role === 'page' && p.published).map((p) => `/${p.slug}`);
      templateHosts.push([template, `${slug}.${benchRoot}`, paths]);
    }
    await edge.start({ waitHost: site.host });
    await lighthouse(edge.edgePort, site.host, 'demo');
    for (const [template, host, paths] of templateHosts) {
      await lighthouse(edge.edgePort, host, `template-${template}`);
      for (const path of paths) await lighthouse(edge.edgePort, host, `template-${template}${path}`, path);
    }
  } finally {
    await edge?.close();
    await plane.close();
  }
}

/** Lighthouse (mobile) and the page budget for one page of a host (its home page by default), as `lighthouse page=<label> …`. */
async function lighthouse(edgePort: number, host: string, label: string, path = '/') {
  const url = `http://${host}:${edgePort}${path}`;
  const page = await get(`http://127.0.0.1:${edgePort}${path}`, host);
  const gz = gzipSync(page.body).length;
  const scripts = (page.body.match(/<script/gi) ?? []).length;
  const out = join(mkdtempSync(join(tmpdir(), 'mewayz-lh-')), 'report.json');
  await run(
    join(process.cwd(), 'node_modules/.bin/lighthouse'),
    [
      url,
      '--output=json',
      `--output-path=${out}`,
      '--only-categories=performance,accessibility,best-practices,seo',
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --host-resolver-rules=MAP *.bench.localhost 127.0.0.1',
      '--quiet',
    ],
    {
      env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' },
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  const report = JSON.parse(readFileSync(out, 'utf8'));
  const score = (id: string) => Math.round((report.categories[id]?.score ?? 0) * 100);
  const origin = new URL(url).origin;
  const requests: string[] = (report.audits['network-requests']?.details?.items ?? []).map(
    (i: { url: string }) => i.url,
  );
  const foreign = requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:'));
  console.log(
    `lighthouse page=${label} url=${url} performance=${score('performance')} accessibility=${score('accessibility')} best-practices=${score('best-practices')} seo=${score('seo')}`,
  );
  console.log(
    `budget page=${label} html_gzip_bytes=${gz} script_tags=${scripts} requests=${requests.length} other_origin_requests=${foreign.length}`,
  );
  for (const cat of ['performance', 'accessibility', 'best-practices', 'seo']) {
    const failing = (report.categories[cat]?.auditRefs ?? [])
      .map((r: { id: string }) => report.audits[r.id])
      .filter(
        (a: { score: number | null; scoreDisplayMode: string }) =>
          a &&
          a.score !== null &&
          a.score < 1 &&
          a.scoreDisplayMode !== 'informative' &&
          a.scoreDisplayMode !== 'notApplicable',
      );
    for (const a of failing) console.log(`  ${cat}: ${a.id} score=${a.score} ${a.displayValue ?? ''}`);
  }
  if (foreign.length) console.log(`  other-origin: ${foreign.join(' ')}`);
  if (report.audits['robots-txt']?.score === 0)
    console.log(
      `  robots-txt: ${JSON.stringify(report.audits['robots-txt'].details ?? report.audits['robots-txt'].explanation)}`,
    );
}
