/**
 * One load run in its own process (so the load generator does not share an event loop with the
 * gateways): autocannon against loopback, printed as one JSON line.
 * Args (JSON): { url, host?, hosts?, connections, duration?, amount?, method? }
 */
import autocannon from 'autocannon';

interface LoadArgs {
  url: string;
  host?: string;
  /** Distinct Host headers, one per request in turn (for cold-path scenarios). */
  hosts?: string[];
  connections: number;
  duration?: number;
  amount?: number;
  method?: 'GET' | 'HEAD';
}

const args = JSON.parse(process.argv[2] ?? '{}') as LoadArgs;
let next = 0;
const result = await autocannon({
  url: args.url,
  connections: args.connections,
  ...(args.amount ? { amount: args.amount } : { duration: args.duration ?? 10 }),
  method: args.method ?? 'GET',
  headers: {
    host: args.host ?? '',
    'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/131 Safari/537.36',
    // What Cloudflare's front line adds to every request (the city with the visitor-location transform).
    'cf-ipcountry': 'PT',
    'cf-ipcity': 'Lisbon',
  },
  requests: args.hosts
    ? [
        {
          setupRequest: (req: { headers?: Record<string, string> }) => {
            const hosts = args.hosts!;
            req.headers = { ...req.headers, host: hosts[next++ % hosts.length]! };
            return req;
          },
        },
      ]
    : undefined,
});
const statuses: Record<string, number> = {};
for (const [code, v] of Object.entries(result.statusCodeStats ?? {}))
  statuses[code] = (v as { count: number }).count;
console.log(
  JSON.stringify({
    // Requests over the measured time: autocannon's own average is over whole seconds, so a run of
    // 20,000 requests in 6.4 s would read 3,334 (20,000 / 6).
    rps: result.requests.total / result.duration,
    total: result.requests.total,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors,
    timeouts: result.timeouts,
    statuses,
  }),
);
