/**
 * `npm run bench:edge` — the edge Worker under `workerd serve` (production runtime, no dev proxies)
 * with the gateways, MariaDB and Redis behind it, compared in one run with a bare Worker serving
 * the same bytes. Prints one line per scenario:
 *   scenario=<name> rps=<n> p50_ms=<x> p99_ms=<y> ratio=<r>
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { domains } from '@mewayz/db/schema';
import { bundleWorker } from '@mewayz/testing/bundle';
import { newId } from '@mewayz/core';
import { benchDataPlane, benchRoot, clearBenchKeys, seedBenchSite } from './bench-env.ts';
import { workerdConfig } from './workerd-config.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const seconds = Number(process.env.BENCH_SECONDS ?? 8);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 32);
const dbMissHosts = Number(process.env.BENCH_DB_MISS_HOSTS ?? 6000);

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

interface LoadResult {
  rps: number;
  total: number;
  p50: number;
  p99: number;
  errors: number;
  timeouts: number;
  statuses: Record<string, number>;
}

function load(args: Record<string, unknown>): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'scripts/bench/load.ts'), JSON.stringify(args)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out.trim().split('\n').pop()!)) : reject(new Error(`load exited ${code}`))));
  });
}

async function waitFor(url: string, host: string) {
  for (let i = 0; i < 100; i++) {
    try {
      const res = await fetch(url, { headers: { host } });
      if (res.status < 500) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not come up`);
}

const plane = await benchDataPlane();
let workerd: ReturnType<typeof spawn> | null = null;
try {
  const site = await seedBenchSite(plane.deps);
  // Many verified custom domains of the same site: each first request on one is a Redis miss → MySQL.
  const missHosts = Array.from({ length: dbMissHosts }, (_, i) => `m${i}.dbmiss.test`);
  for (let i = 0; i < missHosts.length; i += 1000) {
    await site.scope.insert(
      domains,
      missHosts.slice(i, i + 1000).map((hostname) => ({
        id: newId('domain'),
        siteId: site.siteId,
        hostname,
        verificationToken: 'bench',
        status: 'verified' as const,
        verifiedAt: new Date(),
      })),
    );
  }

  const edgeScript = await bundleWorker('workers/edge/src/index.ts');
  const [edgePort, barePort] = [await freePort(), await freePort()];
  const vars = {
    DATABASE_URL: plane.gateways.psdbUrl,
    REDIS_URL: plane.gateways.redisUrl,
    REDIS_TOKEN: plane.gateways.redisToken,
    ROOT_DOMAIN: benchRoot,
    PUBLIC_SCHEME: 'http',
    PUBLIC_PORT: '',
    DASHBOARD_URL: 'http://app.mewayz.localhost:8788',
    VISITOR_SALT: 'bench-visitor-salt-0123456789',
    INTERNAL_SECRET: 'bench-internal-secret-0123456789',
    ENCRYPTION_KEYS: 'k1:AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=',
    CACHE_PURGE: 'local',
  };
  // First render through a throwaway config just to capture the exact page bytes for the bare Worker.
  const dir = mkdtempSync(join(tmpdir(), 'mewayz-bench-'));
  const configPath = join(dir, 'config.capnp');
  const startWorkerd = (barePage: string) => {
    writeFileSync(configPath, workerdConfig({ edgeScript, barePage, edgePort, barePort, vars }));
    const child = spawn(join(root, 'node_modules/.bin/workerd'), ['serve', configPath], { stdio: ['ignore', 'ignore', 'inherit'] });
    return child;
  };
  workerd = startWorkerd('warming up');
  await waitFor(`http://127.0.0.1:${edgePort}/`, site.host);
  const page = await (await fetch(`http://127.0.0.1:${edgePort}/`, { headers: { host: site.host } })).text();
  workerd.kill('SIGTERM');
  await new Promise((r) => workerd!.once('exit', r));
  workerd = startWorkerd(page);
  await waitFor(`http://127.0.0.1:${barePort}/`, 'bare');
  await waitFor(`http://127.0.0.1:${edgePort}/`, site.host);

  const edgeUrl = (path: string) => `http://127.0.0.1:${edgePort}${path}`;
  // Warm the cache and the JIT.
  for (let i = 0; i < 200; i++) await (await fetch(edgeUrl('/'), { headers: { host: site.host } })).text();
  const cachedProbe = await fetch(edgeUrl('/'), { headers: { host: site.host } });
  if (cachedProbe.headers.get('x-mewayz-cache') !== 'HIT') throw new Error('edge cache is not serving hits; the cached scenario would be wrong');
  const probeSnapshot = await fetch(edgeUrl('/?subscribed=bench'), { headers: { host: site.host } });
  if (probeSnapshot.headers.get('x-mewayz-source') !== 'redis') throw new Error('redis-hit scenario does not hit Redis');

  const scenarios: [string, Record<string, unknown>, string][] = [
    ['bare', { url: `http://127.0.0.1:${barePort}/`, host: 'bare', connections, duration: seconds }, '200'],
    ['cached', { url: edgeUrl('/'), host: site.host, connections, duration: seconds }, '200'],
    // `?subscribed=…` is never cached: every request reads the Redis snapshot and renders.
    ['redis-hit', { url: edgeUrl('/?subscribed=bench'), host: site.host, connections, duration: seconds }, '200'],
    ['db-miss', { url: edgeUrl('/?subscribed=bench'), hosts: missHosts, connections, amount: missHosts.length }, '200'],
    ['redirect', { url: edgeUrl(`/go/${site.linkBlockId}`), host: site.host, connections, duration: seconds }, '302'],
  ];
  let bareRps = 0;
  for (const [name, args, expected] of scenarios) {
    if (name === 'db-miss') await clearBenchKeys();
    const r = await load(args);
    const ok = r.statuses[expected] ?? 0;
    if (name === 'bare') bareRps = r.rps;
    const bad = r.total - ok + r.errors;
    console.log(
      `scenario=${name} rps=${Math.round(r.rps)} p50_ms=${r.p50} p99_ms=${r.p99} ratio=${(r.rps / bareRps).toFixed(2)}` +
        (bad > 0 ? ` unexpected=${bad} statuses=${JSON.stringify(r.statuses)}` : ''),
    );
  }
} finally {
  workerd?.kill('SIGTERM');
  await plane.close();
}
