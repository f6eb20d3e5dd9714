import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildDashboardOnce, repoRoot, testBuildDir } from '@mewayz/testing';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * `wrangler deploy --dry-run --env production` of the three Workers: the production configs bundle,
 * without network or login, and stay within Cloudflare's size limit. We run on the Workers Paid
 * plan: 10 MiB gzip per Worker (the Free plan's 3 MiB and the 1 MiB above which startup time
 * suffers are printed, not enforced).
 */
const MiB = 1024 * 1024;
const paidLimit = 10 * MiB;
const freeLimit = 3 * MiB;
const startupHint = 1 * MiB;

const work = mkdtempSync(join(tmpdir(), 'mewayz-dry-run-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function dryRun(name: string, args: string[]): Promise<{ out: string; outdir: string }> {
  const outdir = join(work, name);
  return new Promise((resolve, reject) => {
    const child = spawn(
      join(repoRoot, 'node_modules/.bin/wrangler'),
      ['deploy', ...args, '--env', 'production', '--dry-run', '--outdir', outdir],
      {
        cwd: repoRoot,
        env: {
          PATH: process.env.PATH,
          // An empty HOME: no stored login to fall back on; an unreachable proxy: any request fails.
          HOME: join(work, 'home'),
          HTTPS_PROXY: 'http://127.0.0.1:9',
          HTTP_PROXY: 'http://127.0.0.1:9',
          WRANGLER_SEND_METRICS: 'false',
          WRANGLER_SEND_ERROR_REPORTS: 'false',
          CLOUDFLARE_CF_FETCH_ENABLED: 'false',
          WRANGLER_HIDE_BANNER: 'true',
          FORCE_COLOR: '0',
          CI: 'true',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('exit', (code) =>
      code === 0
        ? resolve({ out, outdir })
        : reject(new Error(`wrangler deploy --dry-run ${name}: ${code}\n${out}`)),
    );
  });
}

function gzipSize(dir: string): { raw: number; gzip: number } {
  let raw = 0;
  let gzip = 0;
  for (const f of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!f.isFile() || f.name.endsWith('.map') || f.name.endsWith('.json')) continue;
    const bytes = readFileSync(join(f.parentPath, f.name));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { raw, gzip };
}

const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;

describe('production deploy (dry run)', () => {
  it('bundles edge, jobs and dashboard offline within the size limit', { timeout: 600_000 }, async () => {
    const dashboardEntry = await buildDashboardOnce();
    const runs = await Promise.all([
      dryRun('edge', ['-c', 'wrangler.toml']),
      dryRun('jobs', ['-c', 'workers/jobs/wrangler.toml']),
      // The test build (shared with the e2e tests) instead of `build/`, which `npm start` may be serving.
      dryRun('dashboard', [
        '-c',
        'apps/dashboard/wrangler.toml',
        dashboardEntry,
        '--assets',
        join(testBuildDir, 'client'),
      ]),
    ]);
    const names = ['edge', 'jobs', 'dashboard'];
    for (const [i, { out, outdir }] of runs.entries()) {
      // Wrangler's own words must not ask to log in; its table of vars may name OAuth URLs.
      const said = out
        .split('\n')
        .filter((line) => !/^env\.\w+ \(/.test(line.trim()))
        .join('\n');
      expect(said).toMatch(/--dry-run: exiting now/);
      expect(said).not.toMatch(/log ?in|oauth|authenticat/i);
      const size = gzipSize(outdir);
      const notes = [
        size.gzip > freeLimit ? `over the Free plan's ${kib(freeLimit)}` : '',
        size.gzip > startupHint ? `over ${kib(startupHint)}: watch startup time` : '',
      ].filter(Boolean);
      console.log(
        `deploy dry-run ${names[i]}: ${kib(size.raw)} raw, ${kib(size.gzip)} gzip (limit ${kib(paidLimit)} gzip, Workers Paid)${notes.length ? `; ${notes.join('; ')}` : ''}`,
      );
      expect(size.gzip, `${names[i]} gzip size`).toBeGreaterThan(10 * 1024);
      expect(size.gzip, `${names[i]} gzip size`).toBeLessThanOrEqual(paidLimit);
    }
  });
});
