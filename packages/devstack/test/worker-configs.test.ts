import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { unstable_readConfig as readConfig } from 'wrangler';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const configs = {
  edge: 'wrangler.toml',
  jobs: 'workers/jobs/wrangler.toml',
  dashboard: 'apps/dashboard/wrangler.toml',
} as const;
type Worker = keyof typeof configs;
const workers = Object.keys(configs) as Worker[];
/** The parts of wrangler's resolved config these checks read. */
interface ResolvedConfig {
  name?: string;
  compatibility_date?: string;
  vars: Record<string, unknown>;
  queues: { producers?: { binding: string; queue: string }[]; consumers?: { queue: string }[] };
  r2_buckets: { binding: string }[];
  services?: { binding: string }[];
  triggers: { crons?: string[] };
}
const read = (w: Worker, env?: string) =>
  readConfig({ config: join(repoRoot, configs[w]), env }) as unknown as ResolvedConfig;

/** Names that hold secrets anywhere: they belong in `.dev.vars` / `wrangler secret put`, never in a config. */
const secretNames = [
  'DATABASE_URL',
  'REDIS_URL',
  'REDIS_TOKEN',
  'VISITOR_SALT',
  'INTERNAL_SECRET',
  'ENCRYPTION_KEYS',
  'CF_API_TOKEN',
  'ELASTIC_EMAIL_API_KEY',
  'OPENAI_API_KEY',
];

/** The binding names of a resolved config, by kind: what a Worker's code expects to find. */
function bindings(c: ResolvedConfig) {
  return {
    producers: (c.queues.producers ?? []).map((p) => p.binding).sort(),
    consumers: (c.queues.consumers ?? []).length,
    r2: c.r2_buckets.map((b) => b.binding).sort(),
    services: (c.services ?? []).map((s) => s.binding).sort(),
    crons: c.triggers.crons ?? [],
  };
}

describe('Worker configurations', () => {
  it('share one compatibility date, also in production', () => {
    const dates = workers.flatMap((w) => [
      read(w).compatibility_date,
      read(w, 'production').compatibility_date,
    ]);
    expect(new Set(dates).size, `compatibility dates differ: ${dates.join(', ')}`).toBe(1);
    expect(dates[0]! >= '2024-11-11').toBe(true); // the PlanetScale driver's `cache: 'no-store'`
  });

  it('hold no secrets, locally or in production', () => {
    for (const w of workers) {
      for (const env of [undefined, 'production']) {
        const vars = read(w, env).vars as Record<string, unknown>;
        for (const name of secretNames)
          expect(vars, `${configs[w]} ${env ?? 'local'}`).not.toHaveProperty(name);
        const text = JSON.stringify(vars);
        expect(text).not.toMatch(/change-me|k\d+:[A-Za-z0-9+/]{43}=/);
      }
    }
  });

  it('configure production for the real services, with every binding the local config has', () => {
    const vars = (w: Worker) => read(w, 'production').vars as Record<string, string>;
    expect(vars('edge')).toMatchObject({
      PUBLIC_SCHEME: 'https',
      EMAIL_PROVIDER: 'elastic',
      CACHE_PURGE: 'cloudflare',
      DNS_RESOLVER: 'doh',
      CUSTOM_HOSTNAMES: 'cloudflare',
    });
    expect(vars('dashboard')).toMatchObject({
      PUBLIC_SCHEME: 'https',
      EMAIL_PROVIDER: 'elastic',
      DNS_RESOLVER: 'doh',
      CUSTOM_HOSTNAMES: 'cloudflare',
      DEV_OUTBOX: 'false',
    });
    // The jobs cron re-checks sending domains: on the real DNS in production.
    expect(vars('jobs')).toMatchObject({ DNS_RESOLVER: 'doh', EMAIL_PROVIDER: 'elastic' });
    for (const w of workers) {
      const prod = read(w, 'production');
      // An environment inherits no bindings: a binding added locally must be restated for production.
      expect(bindings(prod), configs[w]).toEqual(bindings(read(w)));
      expect(prod.name).toBe(read(w).name);
      for (const q of [...(prod.queues.producers ?? []), ...(prod.queues.consumers ?? [])])
        expect(q.queue, `${configs[w]} production queue`).toMatch(/^mewayz-/);
    }
  });

  it('list each production secret in docs/deploy.md', () => {
    const docs = readFileSync(join(repoRoot, 'docs/deploy.md'), 'utf8');
    for (const w of workers) {
      const text = readFileSync(join(repoRoot, configs[w]), 'utf8');
      const names = [...text.matchAll(/wrangler secret put (\w+)/g)].map((m) => m[1]!);
      expect(names.length, configs[w]).toBeGreaterThan(0);
      for (const n of names) expect(docs, `${n} of ${configs[w]}`).toContain(`wrangler secret put ${n}`);
    }
  });
});
