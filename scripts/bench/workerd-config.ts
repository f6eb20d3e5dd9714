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

/**
 * The `events` queue for `npm run preview`: workerd's queue binding POSTs each send here (`/message`
 * with the body, or `/batch` with base64 bodies), and this hands the messages to the jobs Worker's
 * queue handler at once (`Fetcher.queue`), retrying what it asks to retry with backoff and dropping
 * with a log line after `maxRetries`, like the platform's queue minus batching and the DLQ.
 */
export const queueBridgeSource = `
const maxRetries = 5;
let sequence = 0;
const decoder = new TextDecoder();
function decode(contentType, bytes) {
  if (contentType === 'json') return JSON.parse(decoder.decode(bytes));
  if (contentType === 'text') return decoder.decode(bytes);
  if (contentType === 'bytes') return bytes;
  throw new Error('preview queue: v8-serialised messages are not supported; send with contentType json');
}
function fromBase64(text) {
  return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
}
async function deliver(env, messages, attempt) {
  let retry = messages;
  try {
    const result = await env.JOBS.queue('events', messages.map((m) => ({ ...m, attempts: attempt })));
    const all = result.outcome !== 'ok' || result.retryBatch?.retry;
    const some = new Set((result.retryMessages ?? []).map((r) => r.msgId));
    retry = all ? messages : messages.filter((m) => some.has(m.id));
  } catch (err) {
    console.error('preview queue: delivery failed', String(err));
  }
  if (retry.length === 0) return;
  if (attempt > maxRetries) {
    console.error('preview queue: dropped ' + retry.length + ' message(s) after ' + attempt + ' attempts');
    return;
  }
  await new Promise((r) => setTimeout(r, 200 * 2 ** attempt));
  await deliver(env, retry, attempt + 1);
}
export default {
  async fetch(req, env, ctx) {
    const path = new URL(req.url).pathname;
    let bodies;
    if (path.endsWith('/batch')) {
      const { messages } = await req.json();
      bodies = messages.map((m) => decode(m.contentType, fromBase64(m.body)));
    } else {
      bodies = [decode(req.headers.get('x-msg-fmt') ?? 'v8', new Uint8Array(await req.arrayBuffer()))];
    }
    const messages = bodies.map((body) => ({ id: 'preview-' + Date.now() + '-' + sequence++, timestamp: new Date(), body }));
    ctx.waitUntil(deliver(env, messages, 1));
    return Response.json({ metadata: { metrics: { backlogCount: 0, backlogBytes: 0, oldestMessageTimestamp: 0 } } });
  },
};
`;

export interface WorkerdPreviewConfig {
  edgeScript: string;
  jobsScript: string;
  /** Address of the edge's HTTP socket, e.g. 127.0.0.1:8787. */
  edgeAddress: string;
  edgeVars: Record<string, string>;
  jobsVars: Record<string, string>;
}

function textBindings(vars: Record<string, string>): string {
  return Object.entries(vars)
    .map(([k, v]) => `(name = ${q(k)}, text = ${q(v)})`)
    .join(',\n        ');
}

/**
 * `npm run preview`: the edge and jobs Workers in one `workerd serve`, with an in-memory Cache API
 * and the queue bridge above standing in for the platform's services.
 */
export function workerdPreviewConfig(c: WorkerdPreviewConfig): string {
  return `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [
    (name = "edge", worker = (
      modules = [(name = "index.js", esModule = embed ${q(c.edgeScript)})],
      compatibilityDate = "2025-04-01",
      compatibilityFlags = ["nodejs_compat"],
      bindings = [
        ${textBindings(c.edgeVars)},
        (name = "EVENTS", queue = "events")
      ],
      globalOutbound = "loopback",
      cacheApiOutbound = "cache",
    )),
    (name = "jobs", worker = (
      modules = [(name = "index.js", esModule = embed ${q(c.jobsScript)})],
      compatibilityDate = "2025-04-01",
      compatibilityFlags = ["nodejs_compat"],
      bindings = [
        ${textBindings(c.jobsVars)},
        (name = "EVENTS_DLQ", queue = "sink")
      ],
      globalOutbound = "loopback",
    )),
    (name = "events", worker = (
      modules = [(name = "index.js", esModule = ${q(queueBridgeSource)})],
      compatibilityDate = "2025-04-01",
      compatibilityFlags = ["service_binding_extra_handlers"],
      bindings = [(name = "JOBS", service = "jobs")],
    )),
    (name = "cache", worker = (
      modules = [(name = "index.js", esModule = ${q(cacheWorkerSource)})],
      compatibilityDate = "2025-04-01",
    )),
    (name = "sink", worker = (
      modules = [(name = "index.js", esModule = ${q(queueSinkSource)})],
      compatibilityDate = "2025-04-01",
    )),
    (name = "loopback", network = (allow = ["local", "private", "public"])),
  ],
  sockets = [
    (name = "edge", address = ${q(c.edgeAddress)}, http = (), service = "edge"),
  ],
);
`;
}
