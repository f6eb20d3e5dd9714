/**
 * `npm run bench:edge` — the edge Worker under `workerd serve` (production runtime, no dev proxies)
 * with the gateways, MariaDB and Redis behind it, compared in one run with a bare Worker serving
 * the same bytes. Prints one line per scenario:
 *   scenario=<name> rps=<n> p50_ms=<x> p99_ms=<y> ratio=<r>
 * (`cached`: the demo bio page from the edge cache; `product`: a product page of its shop, and `page`:
 * its About page built from sections, likewise; `booking`: the demo's intro-call booking page, rendered
 * per request from MySQL because it is never cached; `email-open` and `email-click`: a campaign email's
 * open pixel and tracked link, answered without a read while the engagement joins the events queue.)
 * Steady scenarios run in BENCH_ROUNDS interleaved rounds (bare, then each scenario); rps, p50 and
 * p99 are medians over the rounds, and ratio is the median of each round's ratio to the bare Worker
 * measured just before it (listed as ratio_rounds).
 */
import { campaignsService, newId } from '@mewayz/core';
import { domains } from '@mewayz/db/schema';
import { benchDataPlane, benchRoot, clearBenchKeys, seedBenchSite } from './bench-env.ts';
import { type LoadResult, load } from './run-load.ts';
import { benchTrackingSecret, get, redisHitVars, WorkerdEdge } from './workerd-runner.ts';

/** Seconds of load per steady scenario, spread over BENCH_ROUNDS interleaved slices. */
const seconds = Number(process.env.BENCH_SECONDS ?? 12);
const rounds = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 4));
const sliceSeconds = seconds / rounds;
const connections = Number(process.env.BENCH_CONNECTIONS ?? 32);
const dbMissHosts = Number(process.env.BENCH_DB_MISS_HOSTS ?? 6000);
/** BENCH_SCENARIOS=bare,cached runs only those (bare always runs: it is the yardstick). */
const only = process.env.BENCH_SCENARIOS
  ? new Set(['bare', ...process.env.BENCH_SCENARIOS.split(',')])
  : null;
const wanted = (name: string) => !only || only.has(name);
/** The product page of the `product` scenario: the demo shop's tee (variants, a picture). */
const productPath = '/p/studio-tee';
/** The page of the `page` scenario: the demo site's About page (hero, text, stats, testimonials, a form). */
const contentPath = '/about';
/** The page of the `post` scenario: a demo blog post (cover, Markdown body, tags, feeds in its head). */
const postPath = '/blog/why-cone-6';
/** The page of the `course` scenario: the demo free course's sales page (curriculum, previews, the form). */
const coursePath = '/courses/wheel-throwing-basics';
/**
 * The page of the `booking` scenario: the demo's free intro call, a week of slots in the visitor's
 * zone. Never cached (decision 0011): every request reads the service, the calendar and the week's
 * claims from MySQL and renders.
 */
const bookingPath = '/book/intro-call?tz=America/New_York';

/** The open pixel's and a tracked link's paths of one recipient of a campaign of `organizationId`. */
async function emailTrackingPaths(organizationId: string) {
  const ids = { organizationId, campaignId: newId('campaign'), contactId: newId('contact') };
  const destination = 'https://shop.example.com/sale?utm_source=email';
  const open = await campaignsService.signTracking(benchTrackingSecret, { kind: 'open', ...ids });
  const click = await campaignsService.signTracking(benchTrackingSecret, {
    kind: 'click',
    ...ids,
    url: destination,
  });
  return { openPath: `/e/o/${open}.gif`, clickPath: `/e/c/${click}`, destination };
}

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
  for (let i = 0; i < 200; i++) await get(edgeUrl(productPath), site.host);
  const productProbe = await get(edgeUrl(productPath), site.host);
  if (productProbe.status !== 200 || productProbe.headers['x-mewayz-cache'] !== 'HIT')
    throw new Error(
      'the product page is not served from the edge cache; the product scenario would be wrong',
    );
  for (let i = 0; i < 200; i++) await get(edgeUrl(contentPath), site.host);
  const pageProbe = await get(edgeUrl(contentPath), site.host);
  if (pageProbe.status !== 200 || pageProbe.headers['x-mewayz-cache'] !== 'HIT')
    throw new Error('the About page is not served from the edge cache; the page scenario would be wrong');
  for (let i = 0; i < 200; i++) await get(edgeUrl(postPath), site.host);
  const postProbe = await get(edgeUrl(postPath), site.host);
  if (postProbe.status !== 200 || postProbe.headers['x-mewayz-cache'] !== 'HIT')
    throw new Error('the blog post is not served from the edge cache; the post scenario would be wrong');
  for (let i = 0; i < 200; i++) await get(edgeUrl(coursePath), site.host);
  const courseProbe = await get(edgeUrl(coursePath), site.host);
  if (courseProbe.status !== 200 || courseProbe.headers['x-mewayz-cache'] !== 'HIT')
    throw new Error(
      'the course sales page is not served from the edge cache; the course scenario would be wrong',
    );
  const bookingProbe = await get(edgeUrl(bookingPath), site.host);
  if (bookingProbe.status !== 200 || !bookingProbe.body.includes('name="start"'))
    throw new Error('the booking page lists no slots; the booking scenario would be wrong');
  const probeMiss = await get(edgeUrl('/'), 'm0.dbmiss.test');
  if (probeMiss.status !== 200 || probeMiss.headers['x-mewayz-source'] !== 'db')
    throw new Error('db-miss scenario does not reach MySQL');
  // An email's open pixel and tracked link, signed as a sent campaign signs them: each hit is answered
  // at once and its engagement joins the events queue's bundles.
  const email = await emailTrackingPaths(site.orgId);
  const openProbe = await get(edgeUrl(email.openPath), benchRoot);
  if (openProbe.status !== 200 || openProbe.headers['content-type'] !== 'image/gif')
    throw new Error(`the open pixel answered ${openProbe.status}; the email-open scenario would be wrong`);
  const clickProbe = await get(edgeUrl(email.clickPath), benchRoot);
  if (clickProbe.status !== 302 || clickProbe.headers.location !== email.destination)
    throw new Error(
      `the tracked link answered ${clickProbe.status}; the email-click scenario would be wrong`,
    );

  /** One measured stretch of load on one scenario, with the CPU and platform calls it cost. */
  interface Slice {
    r: LoadResult;
    edgeUserUs: number;
    edgeSystemUs: number;
    platformUs: number;
    calls: Record<string, number>;
  }
  interface Scenario {
    name: string;
    args: Record<string, unknown>;
    expected: string;
  }
  const measure = async ({ args }: Scenario): Promise<Slice> => {
    const before = edge!.cpuSeconds();
    const callsBefore = await edge!.platformCalls();
    const r = await load(args);
    const after = edge!.cpuSeconds();
    const callsAfter = await edge!.platformCalls();
    const perRequest = (cpuSeconds: number) => (cpuSeconds * 1e6) / r.total;
    return {
      r,
      edgeUserUs: perRequest(after.edge.user - before.edge.user),
      edgeSystemUs: perRequest(after.edge.system - before.edge.system),
      platformUs: perRequest(
        after.platform.user + after.platform.system - before.platform.user - before.platform.system,
      ),
      calls: Object.fromEntries(
        Object.entries(callsAfter).map(([method, n]) => [method, (n - (callsBefore[method] ?? 0)) / r.total]),
      ),
    };
  };

  interface Summary {
    rps: number;
    total: number;
    p50: number;
    p99: number;
    bad: number;
    statuses: Record<string, number>;
    /** Against the bare Worker measured next to it: one per round, and their median. */
    ratios: number[];
    ratio: number;
    edgeUserUs: number;
    edgeSystemUs: number;
    platformUs: number;
    calls: Record<string, number>;
  }
  const median = (xs: number[]) => {
    const sorted = [...xs].sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  };
  const summarise = (slices: Slice[], expected: string, bare: Slice[] | null): Summary => {
    const total = slices.reduce((a, s) => a + s.r.total, 0);
    const weighted = (f: (s: Slice) => number) => slices.reduce((a, s) => a + f(s) * s.r.total, 0) / total;
    const statuses: Record<string, number> = {};
    for (const s of slices)
      for (const [code, n] of Object.entries(s.r.statuses)) statuses[code] = (statuses[code] ?? 0) + n;
    const ratios = bare ? slices.map((s, i) => s.r.rps / bare[i]!.r.rps) : [];
    return {
      rps: median(slices.map((s) => s.r.rps)),
      total,
      p50: median(slices.map((s) => s.r.p50)),
      p99: median(slices.map((s) => s.r.p99)),
      bad: total - (statuses[expected] ?? 0) + slices.reduce((a, s) => a + s.r.errors, 0),
      statuses,
      ratios,
      ratio: bare ? median(ratios) : 1,
      edgeUserUs: weighted((s) => s.edgeUserUs),
      edgeSystemUs: weighted((s) => s.edgeSystemUs),
      platformUs: weighted((s) => s.platformUs),
      calls: Object.fromEntries(
        [...new Set(slices.flatMap((s) => Object.keys(s.calls)))].map((m) => [
          m,
          weighted((s) => s.calls[m] ?? 0),
        ]),
      ),
    };
  };

  const bareScenario: Scenario = {
    name: 'bare',
    args: { url: `http://127.0.0.1:${barePort}/`, host: 'bare', connections, duration: sliceSeconds },
    expected: '200',
  };
  const results = new Map<string, Summary>();
  /**
   * Steady scenarios are measured in rounds, each round the bare Worker and then every scenario for
   * one slice, so each scenario is compared with a bare measurement taken seconds before it: on a
   * small shared machine the speed drifts over a minute by more than the differences measured here.
   */
  const measureInRounds = async (scenarios: Scenario[]) => {
    const chosen = scenarios.filter((s) => wanted(s.name));
    // The bare Worker is always measured (the yardstick of every ratio, db-miss's too).
    if (chosen.length === 0 && results.has('bare')) return;
    const slices = new Map<string, Slice[]>([bareScenario, ...chosen].map((s) => [s.name, []]));
    for (let round = 0; round < rounds; round++)
      for (const s of [bareScenario, ...chosen]) slices.get(s.name)!.push(await measure(s));
    const bare = slices.get('bare')!;
    if (!results.has('bare')) results.set('bare', summarise(bare, '200', null));
    for (const s of chosen) results.set(s.name, summarise(slices.get(s.name)!, s.expected, bare));
  };

  await measureInRounds([
    {
      name: 'cached',
      args: { url: edgeUrl('/'), host: site.host, connections, duration: sliceSeconds },
      expected: '200',
    },
    {
      name: 'product',
      args: { url: edgeUrl(productPath), host: site.host, connections, duration: sliceSeconds },
      expected: '200',
    },
    {
      name: 'page',
      args: { url: edgeUrl(contentPath), host: site.host, connections, duration: sliceSeconds },
      expected: '200',
    },
    {
      name: 'post',
      args: { url: edgeUrl(postPath), host: site.host, connections, duration: sliceSeconds },
      expected: '200',
    },
    {
      name: 'course',
      args: { url: edgeUrl(coursePath), host: site.host, connections, duration: sliceSeconds },
      expected: '200',
    },
    {
      name: 'booking',
      args: { url: edgeUrl(bookingPath), host: site.host, connections, duration: sliceSeconds },
      expected: '200',
    },
    {
      name: 'redirect',
      args: { url: edgeUrl(`/go/${site.linkBlockId}`), host: site.host, connections, duration: sliceSeconds },
      expected: '302',
    },
    {
      name: 'email-open',
      args: { url: edgeUrl(email.openPath), host: benchRoot, connections, duration: sliceSeconds },
      expected: '200',
    },
    {
      name: 'email-click',
      args: { url: edgeUrl(email.clickPath), host: benchRoot, connections, duration: sliceSeconds },
      expected: '302',
    },
  ]);
  if (wanted('db-miss')) {
    await clearBenchKeys();
    // Every request is the first on its host: Cache API miss, Redis miss, MySQL, write-back. A fixed
    // number of hosts, so one run; compared with the bare rounds above.
    const slice = await measure({
      name: 'db-miss',
      args: { url: edgeUrl('/'), hosts: missHosts.slice(1), connections, amount: missHosts.length - 1 },
      expected: '200',
    });
    const summary = summarise([slice], '200', null);
    summary.ratio = slice.r.rps / results.get('bare')!.rps;
    results.set('db-miss', summary);
  }
  // (c) The Cache API bypassed and no pointer reuse: every request (every round trip of concurrent
  // ones) asks Redis which version is live, then serves this isolate's copy of that version — what a
  // warm isolate does when the cache has no entry, without the reuse window hiding the Redis read.
  if (wanted('redis-hit')) {
    await edge.start({ barePage: page, vars: redisHitVars, waitHost: site.host });
    await get(edgeUrl('/'), site.host);
    const probeRedis = await get(edgeUrl('/'), site.host);
    if (probeRedis.headers['x-mewayz-pointer'] !== 'redis')
      throw new Error('redis-hit scenario does not ask Redis');
    await measureInRounds([
      {
        name: 'redis-hit',
        args: { url: edgeUrl('/'), host: site.host, connections, duration: sliceSeconds },
        expected: '200',
      },
    ]);
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
    await measureInRounds([
      {
        name: 'redis-render',
        args: { url: edgeUrl('/'), host: site.host, connections, duration: sliceSeconds },
        expected: '200',
      },
    ]);
  }

  for (const name of [
    'bare',
    'cached',
    'product',
    'page',
    'post',
    'course',
    'booking',
    'redis-hit',
    'db-miss',
    'redirect',
    'email-open',
    'email-click',
    'redis-render',
  ]) {
    const r = results.get(name);
    if (!r) continue;
    console.log(
      `scenario=${name} rps=${Math.round(r.rps)} p50_ms=${r.p50} p99_ms=${r.p99} ratio=${r.ratio.toFixed(2)}` +
        (r.ratios.length > 1 ? ` ratio_rounds=${r.ratios.map((x) => x.toFixed(2)).join(',')}` : '') +
        (r.bad > 0 ? ` unexpected=${r.bad} statuses=${JSON.stringify(r.statuses)}` : ''),
    );
  }
  // CPU per request of the workerd processes (the bare Worker runs in the edge process; workerd serves
  // from one thread, so edge CPU per request bounds rps), split into user and kernel time, and how
  // often a request called the platform services (cache match = GET, queue send = POST): steadier
  // than rps on a small, shared machine, and it says where a scenario's cost lies.
  for (const [name, c] of results) {
    const calls = Object.entries(c.calls)
      .filter(([, n]) => n >= 0.0005)
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
