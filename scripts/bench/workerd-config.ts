/**
 * A `workerd serve` config for benchmarks: the production runtime without wrangler's or Miniflare's
 * proxies. Besides the Worker under test it wires an in-memory Cache API service and a queue sink,
 * which production provides as platform services.
 */
export interface WorkerdBenchConfig {
  edgeScript: string;
  barePage: string;
  edgePort: number;
  barePort: number;
  /** Port of the platform-services process (Cache API and queue stand-ins). */
  platformPort: number;
  vars: Record<string, string>;
}

const q = (s: string) => JSON.stringify(s);

// The Cache API protocol workerd speaks to `cacheApiOutbound`: GET = match (504 + cf-cache-status MISS
// on a miss), PUT = put (body is a serialized HTTP response), PURGE = delete.
export const cacheWorkerSource = `
const store = new Map();
function parse(bytes) {
  const text = new TextDecoder().decode(bytes);
  const end = text.indexOf('\\r\\n\\r\\n');
  const [statusLine, ...lines] = text.slice(0, end).split('\\r\\n');
  const status = Number(statusLine.split(' ')[1]);
  const headers = new Headers();
  for (const l of lines) { const i = l.indexOf(':'); headers.append(l.slice(0, i), l.slice(i + 1).trim()); }
  const headLen = new TextEncoder().encode(text.slice(0, end + 4)).length;
  return { status, headers, body: bytes.slice(headLen) };
}
function ttl(headers) {
  const cc = headers.get('cache-control') || '';
  const m = cc.match(/s-maxage=(\\d+)/) || cc.match(/max-age=(\\d+)/);
  return m ? Number(m[1]) : 0;
}
export default {
  async fetch(req) {
    const key = req.url;
    if (req.method === 'PUT') {
      const entry = parse(new Uint8Array(await req.arrayBuffer()));
      const seconds = ttl(entry.headers);
      if (seconds > 0) store.set(key, { ...entry, expires: Date.now() + seconds * 1000 });
      return new Response(null, { status: 204 });
    }
    if (req.method === 'PURGE') return new Response(null, { status: store.delete(key) ? 200 : 404 });
    const hit = store.get(key);
    if (!hit || hit.expires < Date.now()) return new Response(null, { status: 504, headers: { 'cf-cache-status': 'MISS' } });
    const headers = new Headers(hit.headers);
    headers.set('cf-cache-status', 'HIT');
    return new Response(hit.body, { status: hit.status, headers });
  },
};
`;

// Accepts queue sends and drops them: bench:edge measures the edge, not the consumer.
export const queueSinkSource = `export default { async fetch(req) { await req.arrayBuffer(); return Response.json({ metadata: { metrics: { backlogCount: 0, backlogBytes: 0, oldestMessageTimestamp: 0 } } }); } };`;

// Scenario (a): the cheapest Worker that returns the same page bytes.
export const bareWorkerSource = `
import page from 'page.html';
export default { fetch() { return new Response(page, { headers: { 'content-type': 'text/html; charset=utf-8' } }); } };
`;

/**
 * The edge process: the Worker under test and the bare Worker. The Cache API and the queue are
 * reached over loopback HTTP in a separate process, as in production they are platform services
 * outside the Worker's isolate, whose CPU is not the Worker's.
 */
export function workerdConfig(c: WorkerdBenchConfig): string {
  const bindings = Object.entries(c.vars)
    .map(([k, v]) => `(name = ${q(k)}, text = ${q(v)})`)
    .join(',\n        ');
  return `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [
    (name = "edge", worker = (
      modules = [(name = "index.js", esModule = embed ${q(c.edgeScript)})],
      compatibilityDate = "2025-04-01",
      compatibilityFlags = ["nodejs_compat"],
      bindings = [
        ${bindings},
        (name = "EVENTS", queue = "sink")
      ],
      globalOutbound = "loopback",
      cacheApiOutbound = "cache",
    )),
    (name = "bare", worker = (
      modules = [(name = "index.js", esModule = ${q(bareWorkerSource)}), (name = "page.html", text = ${q(c.barePage)})],
      compatibilityDate = "2025-04-01",
    )),
    (name = "cache", external = (address = "127.0.0.1:${c.platformPort}", http = ())),
    (name = "sink", external = (address = "127.0.0.1:${c.platformPort}", http = ())),
    (name = "loopback", network = (allow = ["local", "private", "public"])),
  ],
  sockets = [
    (name = "edge", address = "127.0.0.1:${c.edgePort}", http = (), service = "edge"),
    (name = "bare", address = "127.0.0.1:${c.barePort}", http = (), service = "bare"),
  ],
);
`;
}

/** The platform-services process: one socket, cache protocol for GET/PUT/PURGE, queue sink for POST, call counts at `/__bench/stats`. */
export function platformConfig(port: number): string {
  const router = `
import cache from 'cache.js';
import sink from 'sink.js';
const counts = {};
export default {
  fetch(req, env, ctx) {
    // The bench reads how often the edge called a platform service per request it served.
    if (new URL(req.url).pathname === '/__bench/stats') return Response.json(counts);
    counts[req.method] = (counts[req.method] ?? 0) + 1;
    return req.method === 'POST' ? sink.fetch(req) : cache.fetch(req);
  },
};
`;
  return `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [
    (name = "platform", worker = (
      modules = [
        (name = "index.js", esModule = ${q(router)}),
        (name = "cache.js", esModule = ${q(cacheWorkerSource)}),
        (name = "sink.js", esModule = ${q(queueSinkSource)}),
      ],
      compatibilityDate = "2025-04-01",
    )),
  ],
  sockets = [(name = "platform", address = "127.0.0.1:${port}", http = (), service = "platform")],
);
`;
}
