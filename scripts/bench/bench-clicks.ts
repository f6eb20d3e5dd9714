/**
 * `npm run bench:clicks` — sends N redirects (default 20,000) under load to the edge Worker running
 * with the real queue and jobs consumer (Miniflare, one workerd), waits for the queue to drain, and
 * prints sent vs counted. Run twice: normally, and with every 3rd consumer batch failing midway.
 */
import { dirname } from 'node:path';
import { dbOf } from '@mewayz/core/admin';
import { analyticsDaily } from '@mewayz/db/schema';
import { bundleWorker } from '@mewayz/testing/bundle';
import { and, eq, sum } from 'drizzle-orm';
import { Miniflare } from 'miniflare';
import { benchDataPlane, benchRoot, clearBenchKeys, seedBenchSite } from './bench-env.ts';
import { load } from './run-load.ts';

const total = Number(process.env.BENCH_CLICKS ?? 20_000);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 32);

const plane = await benchDataPlane();
try {
  const [edgeScript, jobsScript] = await Promise.all([
    bundleWorker('workers/edge/src/index.ts'),
    // The jobs Worker's test build: the same consumer, plus the CHAOS_FAIL_BATCH_EVERY failure hook.
    bundleWorker('workers/jobs/test/chaos-worker.ts'),
  ]);
  const data = {
    DATABASE_URL: plane.gateways.psdbUrl,
    REDIS_URL: plane.gateways.redisUrl,
    REDIS_TOKEN: plane.gateways.redisToken,
  };
  for (const chaos of ['0', '3']) {
    const site = await seedBenchSiteFresh();
    const common = { modules: true, compatibilityDate: '2025-04-01', compatibilityFlags: ['nodejs_compat'] };
    const mf = new Miniflare({
      host: '127.0.0.1',
      port: 0,
      workers: [
        {
          ...common,
          name: 'edge',
          scriptPath: edgeScript,
          modulesRoot: dirname(edgeScript),
          bindings: {
            ...data,
            ROOT_DOMAIN: benchRoot,
            PUBLIC_SCHEME: 'http',
            DASHBOARD_URL: 'http://app.mewayz.localhost:8788',
            VISITOR_SALT: 'bench-visitor-salt-0123456789',
            INTERNAL_SECRET: 'bench-internal-secret-0123456789',
            ENCRYPTION_KEYS: 'k1:AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=',
          },
          queueProducers: { EVENTS: { queueName: 'events' } },
        },
        {
          ...common,
          name: 'jobs',
          scriptPath: jobsScript,
          modulesRoot: dirname(jobsScript),
          bindings: {
            // The platform vars every Worker reads through the one schema (without them it refuses to start).
            ...data,
            ROOT_DOMAIN: benchRoot,
            PUBLIC_SCHEME: 'http',
            DASHBOARD_URL: 'http://app.mewayz.localhost:8788',
            VISITOR_SALT: 'bench-visitor-salt-0123456789',
            INTERNAL_SECRET: 'bench-internal-secret-0123456789',
            ENCRYPTION_KEYS: 'k1:AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=',
            CHAOS_FAIL_BATCH_EVERY: chaos,
          },
          queueProducers: { EVENTS_DLQ: { queueName: 'events-dlq' } },
          queueConsumers: {
            events: { maxBatchSize: 100, maxBatchTimeout: 1, maxRetries: 5, deadLetterQueue: 'events-dlq' },
          },
        },
      ],
    });
    const url = await mf.ready;
    const r = await load({
      url: new URL(`/go/${site.linkBlockId}`, url).toString(),
      host: site.host,
      connections,
      amount: total,
    });
    const sent = r.statuses['302'] ?? 0;
    let counted = -1;
    let last = -2;
    let stableSince = Date.now();
    // Drained when the count reaches what was sent, or stops moving for 10 s (then it is short).
    while (counted !== sent && Date.now() - stableSince < 10_000) {
      if (process.env.BENCH_DEBUG) console.error(`drain: counted=${counted}`);
      await new Promise((res) => setTimeout(res, 500));
      const [row] = await dbOf(plane.deps)
        .select({ n: sum(analyticsDaily.clicks) })
        .from(analyticsDaily)
        .where(and(eq(analyticsDaily.linkId, site.linkBlockId), eq(analyticsDaily.dimension, 'total')));
      counted = Number(row?.n ?? 0);
      if (counted !== last) {
        last = counted;
        stableSince = Date.now();
      }
    }
    await mf.dispose();
    console.log(
      `clicks chaos_fail_every=${chaos === '0' ? 'off' : chaos} sent=${sent} counted=${counted} ${counted === sent ? 'EQUAL' : 'MISMATCH'} rps=${Math.round(r.rps)}`,
    );
    if (counted !== sent) process.exitCode = 1;
  }
} finally {
  await plane.close();
}

/** Each phase gets its own site, so its counts start at zero. */
async function seedBenchSiteFresh() {
  await clearBenchKeys();
  await dbOf(plane.deps).execute('DELETE FROM sites');
  return seedBenchSite(plane.deps);
}
