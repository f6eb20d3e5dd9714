/**
 * `npm run bench:edge` — the edge Worker under `workerd serve` (production runtime, no dev proxies)
 * with the gateways, MariaDB and Redis behind it, compared in one run with a bare Worker serving
 * the same bytes. Prints one line per scenario:
 *   scenario=<name> rps=<n> p50_ms=<x> p99_ms=<y> ratio=<r>
 */
import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
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

/** GET with an explicit Host header (fetch() may not set Host). */
function get(url: string, host: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: { host, 'user-agent': 'Mozilla/5.0 Chrome/131' } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

async function waitFor(url: string, host: string) {
  for (let i = 0; i < 100; i++) {
    try {
      const res = await get(url, host);
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
  // capnp embeds resolve relative to the config file.
  copyFileSync(edgeScript, join(dir, 'edge.js'));
  const startWorkerd = (barePage: string, extraVars: Record<string, string> = {}) => {
    writeFileSync(configPath, workerdConfig({ edgeScript: 'edge.js', barePage, edgePort, barePort, vars: { ...vars, ...extraVars } }));
    const child = spawn(join(root, 'node_modules/.bin/workerd'), ['serve', configPath, ...(process.env.BENCH_DEBUG ? ['--verbose'] : [])], { stdio: ['ignore', process.env.BENCH_DEBUG ? 'inherit' : 'ignore', 'inherit'] });
    return child;
  };
  workerd = startWorkerd('warming up');
  await waitFor(`http://127.0.0.1:${edgePort}/`, site.host);
  const first = await get(`http://127.0.0.1:${edgePort}/`, site.host);
  if (first.status !== 200) throw new Error(`the bench site answered ${first.status}`);
  const page = first.body;
  workerd.kill('SIGTERM');
  await new Promise((r) => workerd!.once('exit', r));
  workerd = startWorkerd(page);
  await waitFor(`http://127.0.0.1:${barePort}/`, 'bare');
  await waitFor(`http://127.0.0.1:${edgePort}/`, site.host);

  const edgeUrl = (path: string) => `http://127.0.0.1:${edgePort}${path}`;
  const restart = async (extraVars: Record<string, string>) => {
    workerd!.kill('SIGTERM');
    await new Promise((r) => workerd!.once('exit', r));
    workerd = startWorkerd(page, extraVars);
    await waitFor(`http://127.0.0.1:${edgePort}/`, site.host);
  };
  // Warm the caches and the JIT.
  for (let i = 0; i < 200; i++) await get(edgeUrl('/'), site.host);
  const cachedProbe = await get(edgeUrl('/'), site.host);
  if (cachedProbe.headers['x-mewayz-cache'] !== 'HIT') throw new Error('edge cache is not serving hits; the cached scenario would be wrong');
  const probeMiss = await get(edgeUrl('/'), 'm0.dbmiss.test');
  if (probeMiss.status !== 200 || probeMiss.headers['x-mewayz-source'] !== 'db') throw new Error('db-miss scenario does not reach MySQL');

  const results = new Map<string, LoadResult>();
  const measure = async (name: string, args: Record<string, unknown>, expected: string) => {
    const r = await load(args);
    (r as LoadResult & { expected: string }).expected = expected;
    results.set(name, r);
  };
  await measure('bare', { url: `http://127.0.0.1:${barePort}/`, host: 'bare', connections, duration: seconds }, '200');
  await measure('cached', { url: edgeUrl('/'), host: site.host, connections, duration: seconds }, '200');
  await measure('redirect', { url: edgeUrl(`/go/${site.linkBlockId}`), host: site.host, connections, duration: seconds }, '302');
  await clearBenchKeys();
  // Every request is the first on its host: Cache API miss, Redis miss, MySQL, write-back.
  await measure('db-miss', { url: edgeUrl('/'), hosts: missHosts.slice(1), connections, amount: missHosts.length - 1 }, '200');
  // With every in-Worker cache off, each request reads the snapshot from Redis and renders it.
  await restart({ EDGE_CACHE: 'off' });
  const probeRedis = await get(edgeUrl('/'), site.host);
  if (probeRedis.headers['x-mewayz-source'] !== 'redis' || probeRedis.headers['x-mewayz-cache'] !== 'BYPASS') {
    throw new Error('redis-hit scenario does not read Redis with caches off');
  }
  await measure('redis-hit', { url: edgeUrl('/'), host: site.host, connections, duration: seconds }, '200');

  const bareRps = results.get('bare')!.rps;
  for (const name of ['bare', 'cached', 'redis-hit', 'db-miss', 'redirect']) {
    const r = results.get(name)! as LoadResult & { expected: string };
    const bad = r.total - (r.statuses[r.expected] ?? 0) + r.errors;
    console.log(
      `scenario=${name} rps=${Math.round(r.rps)} p50_ms=${r.p50} p99_ms=${r.p99} ratio=${(r.rps / bareRps).toFixed(2)}` +
        (bad > 0 ? ` unexpected=${bad} statuses=${JSON.stringify(r.statuses)}` : ''),
    );
  }
} finally {
  workerd?.kill('SIGTERM');
  await plane.close();
}
