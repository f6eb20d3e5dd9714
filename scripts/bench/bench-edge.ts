/**
 * `npm run bench:edge` — the edge Worker under `workerd serve` (production runtime, no dev proxies)
 * with the gateways, MariaDB and Redis behind it, compared in one run with a bare Worker serving
 * the same bytes. Prints one line per scenario:
 *   scenario=<name> rps=<n> p50_ms=<x> p99_ms=<y> ratio=<r>
 */
import { newId } from '@mewayz/core';
import { domains } from '@mewayz/db/schema';
import { benchDataPlane, benchRoot, clearBenchKeys, seedBenchSite } from './bench-env.ts';
import { type LoadResult, load } from './run-load.ts';
import { get, WorkerdEdge } from './workerd-runner.ts';

const seconds = Number(process.env.BENCH_SECONDS ?? 8);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 32);
const dbMissHosts = Number(process.env.BENCH_DB_MISS_HOSTS ?? 6000);
/** BENCH_SCENARIOS=bare,cached runs only those (bare always runs: it is the yardstick). */
const only = process.env.BENCH_SCENARIOS
  ? new Set(['bare', ...process.env.BENCH_SCENARIOS.split(',')])
  : null;
const wanted = (name: string) => !only || only.has(name);

const plane = await benchDataPlane();
let edge: WorkerdEdge | null = null;
try {
  edge = await WorkerdEdge.create(plane);
  const site = await seedBenchSite(plane.deps, `http://alice.${benchRoot}:${edge.edgePort}`);
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

  const { edgePort, barePort } = edge;
  // First start only to capture the exact page bytes the bare Worker will serve.
  await edge.start({ waitHost: site.host });
  const first = await get(`http://127.0.0.1:${edgePort}/`, site.host);
  if (first.status !== 200) throw new Error(`the bench site answered ${first.status}`);
  const page = first.body;
  await edge.start({ barePage: page, waitHost: site.host });
  const edgeUrl = (path: string) => `http://127.0.0.1:${edgePort}${path}`;
  // Warm the caches and the JIT.
  for (let i = 0; i < 200; i++) await get(edgeUrl('/'), site.host);
  const cachedProbe = await get(edgeUrl('/'), site.host);
  if (cachedProbe.headers['x-mewayz-cache'] !== 'HIT')
    throw new Error('edge cache is not serving hits; the cached scenario would be wrong');
  const probeMiss = await get(edgeUrl('/'), 'm0.dbmiss.test');
  if (probeMiss.status !== 200 || probeMiss.headers['x-mewayz-source'] !== 'db')
    throw new Error('db-miss scenario does not reach MySQL');

  const results = new Map<string, LoadResult>();
  const cpu = new Map<
    string,
    { edgeUserUs: number; edgeSystemUs: number; platformUs: number; calls: Record<string, number> }
  >();
  const measure = async (name: string, args: Record<string, unknown>, expected: string) => {
    if (!wanted(name)) return;
    const before = edge!.cpuSeconds();
    const callsBefore = await edge!.platformCalls();
    const r = await load(args);
    const after = edge!.cpuSeconds();
    const callsAfter = await edge!.platformCalls();
    const perRequest = (seconds: number) => (seconds * 1e6) / r.total;
    cpu.set(name, {
      edgeUserUs: perRequest(after.edge.user - before.edge.user),
      edgeSystemUs: perRequest(after.edge.system - before.edge.system),
      platformUs: perRequest(
        after.platform.user + after.platform.system - before.platform.user - before.platform.system,
      ),
      calls: Object.fromEntries(
        Object.entries(callsAfter).map(([method, n]) => [method, (n - (callsBefore[method] ?? 0)) / r.total]),
      ),
    });
    (r as LoadResult & { expected: string }).expected = expected;
    results.set(name, r);
  };
  await measure(
    'bare',
    { url: `http://127.0.0.1:${barePort}/`, host: 'bare', connections, duration: seconds },
    '200',
  );
  await measure('cached', { url: edgeUrl('/'), host: site.host, connections, duration: seconds }, '200');
  await measure(
    'redirect',
    { url: edgeUrl(`/go/${site.linkBlockId}`), host: site.host, connections, duration: seconds },
    '302',
  );
  await clearBenchKeys();
  // Every request is the first on its host: Cache API miss, Redis miss, MySQL, write-back.
  await measure(
    'db-miss',
    { url: edgeUrl('/'), hosts: missHosts.slice(1), connections, amount: missHosts.length - 1 },
    '200',
  );
  // (c) The Cache API bypassed: every request asks Redis which version is live, then serves this
  // isolate's copy of that version (what a warm isolate does in production when the cache has no entry).
  if (wanted('redis-hit')) {
    await edge.start({ barePage: page, vars: { EDGE_CACHE: 'memory' }, waitHost: site.host });
    await get(edgeUrl('/'), site.host);
    const probeRedis = await get(edgeUrl('/'), site.host);
    if (probeRedis.headers['x-mewayz-pointer'] !== 'redis')
      throw new Error('redis-hit scenario does not ask Redis');
    await measure('redis-hit', { url: edgeUrl('/'), host: site.host, connections, duration: seconds }, '200');
  }
  // Extra, for transparency: no cache at all — the snapshot from Redis and a full render every time.
  if (wanted('redis-render')) {
    await edge.start({ barePage: page, vars: { EDGE_CACHE: 'off' }, waitHost: site.host });
    const probeRender = await get(edgeUrl('/'), site.host);
    if (
      probeRender.headers['x-mewayz-source'] !== 'redis' ||
      probeRender.headers['x-mewayz-cache'] !== 'BYPASS'
    ) {
      throw new Error('redis-render scenario does not read and render from Redis');
    }
    await measure(
      'redis-render',
      { url: edgeUrl('/'), host: site.host, connections, duration: seconds },
      '200',
    );
  }

  const bareRps = results.get('bare')!.rps;
  for (const name of ['bare', 'cached', 'redis-hit', 'db-miss', 'redirect', 'redis-render']) {
    const r = results.get(name) as (LoadResult & { expected: string }) | undefined;
    if (!r) continue;
    const bad = r.total - (r.statuses[r.expected] ?? 0) + r.errors;
    console.log(
      `scenario=${name} rps=${Math.round(r.rps)} p50_ms=${r.p50} p99_ms=${r.p99} ratio=${(r.rps / bareRps).toFixed(2)}` +
        (bad > 0 ? ` unexpected=${bad} statuses=${JSON.stringify(r.statuses)}` : ''),
    );
  }
  // CPU per request of the workerd processes (the bare Worker runs in the edge process; workerd serves
  // from one thread, so edge CPU per request bounds rps), split into user and kernel time, and how
  // often a request called the platform services (cache match = GET, queue send = POST): steadier
  // than rps on a small, shared machine, and it says where a scenario's cost lies.
  for (const [name, c] of cpu) {
    const calls = Object.entries(c.calls)
      .filter(([, n]) => n > 0)
      .map(([method, n]) => ` platform_${method.toLowerCase()}_per_req=${n.toFixed(3)}`)
      .join('');
    console.log(
      `cpu scenario=${name} edge_us_per_req=${(c.edgeUserUs + c.edgeSystemUs).toFixed(1)} edge_user_us=${c.edgeUserUs.toFixed(1)} edge_system_us=${c.edgeSystemUs.toFixed(1)} platform_us_per_req=${c.platformUs.toFixed(1)}${calls}`,
    );
  }
} finally {
  await edge?.close();
  await plane.close();
}
