/**
 * `npm run bench:profile -- <scenario>` — where the edge Worker's CPU goes on one hot path.
 * Runs the edge under `workerd serve --inspector-addr`, puts the scenario under load, samples the
 * isolate with the V8 CPU profiler and prints self time per function (top 40) and per source file.
 * Scenarios: cached (default), product (a cached product page), redirect, redis-hit, redis-render (no cache: snapshot from Redis, render). PROFILE_STACKS_OF=<function> adds the stacks
 * through one function, PROFILE_LINES_OF=<function> its samples per source line of the bundle. Figures under the profiler are slower than
 * `bench:edge`; the shares are what this is for.
 */
import { readFileSync } from 'node:fs';
import WebSocket from 'ws';
import { benchDataPlane, seedBenchSite } from './bench-env.ts';
import { load } from './run-load.ts';
import { freePort, get, redisHitVars, WorkerdEdge } from './workerd-runner.ts';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  hitCount?: number;
  children?: number[];
  positionTicks?: { line: number; ticks: number }[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const scenario = process.argv[2] ?? 'cached';
const seconds = Number(process.env.BENCH_SECONDS ?? 6);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 32);
const samplingIntervalUs = 100;

function inspector(url: string) {
  const ws = new WebSocket(url);
  let nextId = 1;
  const pending = new Map<number, (v: unknown) => void>();
  ws.on('message', (data) => {
    const msg = JSON.parse(String(data)) as { id?: number; result?: unknown };
    if (msg.id !== undefined) pending.get(msg.id)?.(msg.result);
  });
  return {
    ready: new Promise((resolve, reject) => {
      ws.once('open', resolve);
      ws.once('error', reject);
    }),
    send<T>(method: string, params: Record<string, unknown> = {}): Promise<T> {
      const id = nextId++;
      ws.send(JSON.stringify({ id, method, params }));
      return new Promise((resolve) => pending.set(id, resolve as (v: unknown) => void));
    },
    close: () => ws.close(),
  };
}

function summarise(profile: Profile, scriptPath: string) {
  const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<number, number>();
  // A sample lasts until the next one (timeDeltas[i + 1], as DevTools reads it). Gaps where the sampler
  // did not run (the isolate parked between requests, the start of profiling) are capped at a few
  // intervals, or one sample taken before a long gap would claim that whole gap.
  const maxSampleUs = samplingIntervalUs * 4;
  profile.samples.forEach((id, i) => {
    const us = Math.min(profile.timeDeltas[i + 1] ?? samplingIntervalUs, maxSampleUs);
    selfUs.set(id, (selfUs.get(id) ?? 0) + us);
  });
  const total = [...selfUs.values()].reduce((a, b) => a + b, 0);
  const byFunction = new Map<string, number>();
  const byFile = new Map<string, number>();
  for (const [id, us] of selfUs) {
    const f = byNode.get(id)!.callFrame;
    const file = f.url ? f.url.split('/').pop()! : '(native)';
    const fn = `${f.functionName || '(anonymous)'} ${file}:${f.lineNumber + 1}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + us);
    byFile.set(file, (byFile.get(file) ?? 0) + us);
  }
  const top = (m: Map<string, number>, n: number) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, us]) => `${((100 * us) / total).toFixed(1).padStart(5)}%  ${k}`)
      .join('\n');
  // Inclusive time: a node's self time plus its descendants', counted once per function per stack.
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const child of n.children ?? []) parent.set(child, n.id);
  const inclusive = new Map<string, number>();
  for (const [id, us] of selfUs) {
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const f = byNode.get(cur)!.callFrame;
      if (!f.url) continue;
      const fn = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
      if (seen.has(fn)) continue;
      seen.add(fn);
      inclusive.set(fn, (inclusive.get(fn) ?? 0) + us);
    }
  }
  const focus = process.env.PROFILE_STACKS_OF;
  if (focus) {
    const stacks = new Map<string, number>();
    for (const [id, us] of selfUs) {
      const names: string[] = [];
      for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur))
        names.push(byNode.get(cur)!.callFrame.functionName || '(anon)');
      if (!names.includes(focus)) continue;
      const key = names.slice(0, 12).join(' < ');
      stacks.set(key, (stacks.get(key) ?? 0) + us);
    }
    console.log(`stacks through ${focus}:\n${top(stacks, 8)}`);
  }
  const linesOf = process.env.PROFILE_LINES_OF;
  if (linesOf) {
    // Samples per source line of one function (all its call sites), with the bundled line's text.
    const ticks = new Map<number, number>();
    for (const n of profile.nodes)
      if (n.callFrame.functionName === linesOf)
        for (const t of n.positionTicks ?? []) ticks.set(t.line, (ticks.get(t.line) ?? 0) + t.ticks);
    const source = readFileSync(scriptPath, 'utf8').split('\n');
    const all = [...ticks.values()].reduce((a, b) => a + b, 0);
    console.log(`self samples of ${linesOf} by line (${all} in all):`);
    for (const [line, n] of [...ticks].sort((a, b) => b[1] - a[1]).slice(0, 15))
      console.log(`${String(n).padStart(6)}  ${line}: ${source[line - 1]?.trim().slice(0, 110)}`);
  }
  console.log(`samples=${profile.samples.length} sampled_ms=${Math.round(total / 1000)}`);
  console.log(`\ninclusive time by function:\n${top(inclusive, 40)}`);
  console.log(`\nself time by function:\n${top(byFunction, 40)}`);
  console.log(`\nself time by file:\n${top(byFile, 15)}`);
}

const plane = await benchDataPlane();
let edge: WorkerdEdge | null = null;
try {
  edge = await WorkerdEdge.create(plane);
  const site = await seedBenchSite(plane.deps, `http://alice.bench.localhost:${edge.edgePort}`);
  const inspectorPort = await freePort();
  await edge.start({
    waitHost: site.host,
    vars: scenario === 'redis-hit' ? redisHitVars : scenario === 'redis-render' ? { EDGE_CACHE: 'off' } : {},
    args: [`--inspector-addr=127.0.0.1:${inspectorPort}`],
  });
  const path =
    scenario === 'redirect' ? `/go/${site.linkBlockId}` : scenario === 'product' ? '/p/studio-tee' : '/';
  const url = `http://127.0.0.1:${edge.edgePort}${path}`;
  for (let i = 0; i < 200; i++) await get(url, site.host);
  const client = inspector(`ws://127.0.0.1:${inspectorPort}/edge`);
  await client.ready;
  await client.send('Profiler.enable');
  await client.send('Profiler.setSamplingInterval', { interval: samplingIntervalUs });
  await client.send('Profiler.start');
  const r = await load({ url, host: site.host, connections, duration: seconds });
  const { profile } = await client.send<{ profile: Profile }>('Profiler.stop');
  client.close();
  console.log(`scenario=${scenario} rps=${Math.round(r.rps)} (under the profiler)`);
  summarise(profile, edge.scriptPath);
} finally {
  await edge?.close();
  await plane.close();
}
