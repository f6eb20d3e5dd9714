/**
 * `npm run bench:startup`: what each Worker costs to start, against Cloudflare's limits (the global
 * scope must parse and run within 1 s of CPU; the upload must stay within the plan's size).
 *
 * Per Worker it bundles the way `wrangler deploy` does (`--dry-run --outfile`, which prints the upload
 * and gzip sizes), then has `wrangler check startup` run that bundle's global scope in workerd several
 * times under the CPU profiler. The figure is the profile's busy time (every sample but idle), the
 * median of the rounds. Measured on this machine's CPU, not Cloudflare's: judge changes by comparing
 * runs here, and the margin to the limit.
 *
 * One line per Worker:
 *   worker=<edge|jobs|dashboard> startup_ms=<median> min_ms=<x> max_ms=<y> upload_kib=<n> gzip_kib=<n> limit_ms=1000
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../', import.meta.url));
const rounds = Number(process.env.BENCH_ROUNDS ?? 5);

const workers = [
  { name: 'edge', config: 'wrangler.toml' },
  { name: 'jobs', config: 'workers/jobs/wrangler.toml' },
  { name: 'dashboard', config: 'apps/dashboard/wrangler.toml' },
] as const;

// Wrangler stays offline and quiet (see docs/toolchain.md).
const wranglerEnv = {
  ...process.env,
  WRANGLER_SEND_METRICS: 'false',
  WRANGLER_SEND_ERROR_REPORTS: 'false',
  CLOUDFLARE_CF_FETCH_ENABLED: 'false',
  WRANGLER_HIDE_BANNER: 'true',
};
const wrangler = join(root, 'node_modules/.bin/wrangler');

async function wranglerRun(args: string[]): Promise<string> {
  const { stdout, stderr } = await run(wrangler, args, {
    cwd: root,
    env: wranglerEnv,
    maxBuffer: 64 * 1024 * 1024,
  });
  return stdout + stderr;
}

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string } }[];
  samples: number[];
  timeDeltas: number[];
}

/** Milliseconds of the profile spent doing anything but waiting. */
function busyMs(profile: CpuProfile): number {
  const idle = new Set(profile.nodes.filter((n) => n.callFrame.functionName === '(idle)').map((n) => n.id));
  let us = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    if (!idle.has(profile.samples[i] as number)) us += profile.timeDeltas[i] ?? 0;
  }
  return us / 1000;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
};

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'mewayz-startup-'));
  try {
    // Always a fresh build: a stale one would measure yesterday's dashboard.
    console.error('building the dashboard (remix vite:build) …');
    await run('npm', ['run', 'build', '-w', '@mewayz/dashboard'], { cwd: root, env: process.env });
    for (const w of workers) {
      const bundle = join(dir, `${w.name}.bundle`);
      const out = await wranglerRun([
        'deploy',
        '--dry-run',
        '--env',
        'production',
        '-c',
        w.config,
        '--outfile',
        bundle,
      ]);
      const size = /Total Upload: ([\d.]+) KiB \/ gzip: ([\d.]+) KiB/.exec(out);
      const ms: number[] = [];
      for (let i = 0; i < rounds; i++) {
        const profilePath = join(dir, `${w.name}-${i}.cpuprofile`);
        await wranglerRun(['check', 'startup', '--worker', bundle, '--outfile', profilePath]);
        ms.push(busyMs(JSON.parse(readFileSync(profilePath, 'utf8')) as CpuProfile));
      }
      console.log(
        `worker=${w.name} startup_ms=${median(ms).toFixed(0)} min_ms=${Math.min(...ms).toFixed(0)} ` +
          `max_ms=${Math.max(...ms).toFixed(0)} upload_kib=${size?.[1] ?? '?'} gzip_kib=${size?.[2] ?? '?'} limit_ms=1000`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
