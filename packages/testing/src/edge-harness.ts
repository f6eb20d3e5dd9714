import { dirname } from 'node:path';
import { type CoreDeps, createDb, createLogger, createRedis, edgePurger } from '@mewayz/core';
import { type OpenAIStandin, standinModel, startOpenAIStandin } from '@mewayz/devstack/openai-standin';
import { type StripeStandin, startStripeStandin } from '@mewayz/devstack/stripe-standin';
import { Miniflare } from 'miniflare';
import { inject } from 'vitest';
import { bundleWorker } from './bundle-worker.ts';
import './provided-context.ts';
import { DB } from '@mewayz/core/admin';

export const testRootDomain = 'mewayz.localhost';

export interface EdgeHarness {
  /** Send a request to the edge Worker in workerd; the URL's host selects the tenant. */
  fetch(url: string, init?: RequestInit): Promise<Response>;
  /** The root host over real HTTP (`http://mewayz.localhost:<port>`), for stand-ins that call the edge. */
  origin: string;
  mf: Miniflare;
  /** Core dependencies against the same database and Redis, for arranging and checking state. */
  deps: CoreDeps;
  /**
   * The Stripe stand-in both Workers talk to through the `stripe` SDK, with its webhooks going to this
   * edge's `/webhooks/stripe` (only with `stripe: true`).
   */
  stripe: StripeStandin | null;
  /** The OpenAI stand-in the edge's AI assist talks to (only with `openai: true`). */
  openai: OpenAIStandin | null;
  /** Run the jobs Worker's cron handler (at `scheduledTime`, default now). */
  scheduled(cron: string, scheduledTime?: Date): Promise<void>;
  /**
   * One minute's campaign and sequence work for one organization only, through the edge's
   * `/__internal/campaigns/tick` (the jobs Worker's queue consumer sends): test files sharing the
   * database (and each with its own mail provider) do not send each other's campaigns, as a full
   * `scheduled('* * * * *')` would.
   */
  tick(organizationId: string): Promise<void>;
  dispose(): Promise<void>;
}

export interface EdgeHarnessOptions {
  /** Extra vars for the edge Worker. */
  edgeVars?: Record<string, string>;
  /** Extra vars for the jobs Worker (e.g. CHAOS_FAIL_BATCH_EVERY). */
  jobsVars?: Record<string, string>;
  /** Queue consumer tuning. */
  maxBatchSize?: number;
  maxRetries?: number;
  /** Start a Stripe stand-in and point both Workers at it (checkout, refunds, webhooks). */
  stripe?: boolean;
  /** Start an OpenAI stand-in and point the edge's AI assist at it. */
  openai?: boolean;
}

/** The Stripe secret key of test deployments (the stand-in accepts any `sk_test_…`). */
export const testStripeKey = 'sk_test_mewayz_harness';

/** Vars both Workers need to reach this test run's gateways. */
export function dataVars(): Record<string, string> {
  return {
    DATABASE_URL: inject('psdbUrl'),
    REDIS_URL: inject('redisUrl'),
    REDIS_TOKEN: inject('redisToken'),
  };
}

/** The edge vars of a local/test deployment (root domain `mewayz.localhost`, http). */
export function edgeTestVars(): Record<string, string> {
  return {
    ...dataVars(),
    ROOT_DOMAIN: testRootDomain,
    PUBLIC_SCHEME: 'http',
    PUBLIC_PORT: '',
    DASHBOARD_URL: 'http://app.mewayz.localhost:8788',
    VISITOR_SALT: 'test-visitor-salt-0123456789',
    INTERNAL_SECRET: 'test-internal-secret-0123456789',
    ENCRYPTION_KEYS: 'k1:AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=',
    EMAIL_PROVIDER: 'outbox',
    DNS_RESOLVER: 'fake',
    CACHE_PURGE: 'local',
    // Every API request logs a line at info; tests keep warnings and errors only.
    LOG_LEVEL: 'warn',
    // The configs' local default points at `npm start`'s stand-in; tests that want one start their own.
    CUSTOM_HOSTNAMES: 'off',
  };
}

/** Core dependencies for arranging state from Node, pointing at this run's gateways. */
export function nodeDeps(): CoreDeps {
  return {
    [DB]: createDb(inject('psdbUrl')),
    redis: createRedis(inject('redisUrl'), inject('redisToken')),
    config: { rootDomain: testRootDomain, shortDomain: testRootDomain, publicScheme: 'http', publicPort: '' },
    // Node has no edge cache to purge; the Workers purge their own.
    purger: { purgeHosts: async () => {} },
    now: () => new Date(),
    log: createLogger({ level: 'warn', fields: { worker: 'test' } }),
  };
}

/**
 * Start the edge and jobs Workers in one workerd (Miniflare), wired like production: the edge
 * produces to the `events` queue, the jobs Worker consumes it, both reach MariaDB/Redis through
 * the run's gateways.
 */
export async function startEdge(opts: EdgeHarnessOptions = {}): Promise<EdgeHarness> {
  const bundled = inject('workerBundles');
  const bundleOf = (entry: string) =>
    bundled?.[entry] ? Promise.resolve(bundled[entry]) : bundleWorker(entry);
  const [edgeScript, jobsScript] = await Promise.all([
    bundleOf('workers/edge/src/index.ts'),
    // The test build of the jobs Worker only differs when a test asks for injected failures.
    bundleOf(
      opts.jobsVars?.CHAOS_FAIL_BATCH_EVERY || opts.jobsVars?.CHAOS_STRIPE_EVERY
        ? 'workers/jobs/test/chaos-worker.ts'
        : 'workers/jobs/src/index.ts',
    ),
  ]);
  const common = { modules: true, compatibilityDate: '2025-04-01', compatibilityFlags: ['nodejs_compat'] };
  // Retries fast: a test that makes the edge refuse a delivery does not wait seconds for the next one.
  const stripe = opts.stripe ? await startStripeStandin({ port: 0, retryDelaysMs: [100, 300] }) : null;
  const stripeVars: Record<string, string> = stripe
    ? { STRIPE_SECRET_KEY: testStripeKey, STRIPE_API_URL: stripe.url }
    : {};
  const openai = opts.openai ? await startOpenAIStandin({ port: 0, chunkDelayMs: 0 }) : null;
  const openaiVars: Record<string, string> = openai
    ? { OPENAI_API_KEY: 'sk-local-standin-edge', OPENAI_BASE_URL: openai.baseUrl, OPENAI_MODEL: standinModel }
    : {};
  const mf = new Miniflare({
    workers: [
      {
        ...common,
        name: 'edge',
        scriptPath: edgeScript,
        modulesRoot: dirname(edgeScript),
        bindings: {
          ...edgeTestVars(),
          ...stripeVars,
          ...(stripe ? { STRIPE_WEBHOOK_SECRET: stripe.webhookSecret } : {}),
          ...openaiVars,
          ...opts.edgeVars,
        },
        queueProducers: {
          EVENTS: { queueName: 'events' },
          WEBHOOKS: { queueName: 'webhooks' },
          STRIPE_EVENTS: { queueName: 'stripe-events' },
          CAMPAIGN_SENDS: { queueName: 'campaign-sends' },
          CONTACT_IMPORTS: { queueName: 'contact-imports' },
          SOCIAL_PUBLISH: { queueName: 'social-publish' },
        },
        r2Buckets: ['MEDIA'],
      },
      {
        ...common,
        name: 'jobs',
        scriptPath: jobsScript,
        modulesRoot: dirname(jobsScript),
        bindings: { ...edgeTestVars(), ...stripeVars, ...opts.jobsVars },
        queueProducers: {
          EVENTS_DLQ: { queueName: 'events-dlq' },
          WEBHOOKS: { queueName: 'webhooks' },
          STRIPE_EVENTS: { queueName: 'stripe-events' },
          CAMPAIGN_SENDS: { queueName: 'campaign-sends' },
          CONTACT_IMPORTS: { queueName: 'contact-imports' },
          SOCIAL_PUBLISH: { queueName: 'social-publish' },
        },
        // The same bucket as the edge's: imports read the chunks the upload stored.
        r2Buckets: ['MEDIA'],
        queueConsumers: {
          events: {
            maxBatchSize: opts.maxBatchSize ?? 100,
            maxBatchTimeout: 1,
            maxRetries: opts.maxRetries ?? 3,
            deadLetterQueue: 'events-dlq',
          },
          webhooks: { maxBatchSize: 10, maxBatchTimeout: 1, maxRetries: 10 },
          'stripe-events': { maxBatchSize: 10, maxBatchTimeout: 1, maxRetries: 10 },
          'campaign-sends': { maxBatchSize: 5, maxBatchTimeout: 1, maxRetries: 20 },
          'contact-imports': { maxBatchSize: 1, maxBatchTimeout: 1, maxRetries: 10 },
          'social-publish': { maxBatchSize: 10, maxBatchTimeout: 1, maxRetries: 10 },
        },
      },
    ],
  });
  const url = await mf.ready;
  // The stand-in posts its events to this edge over HTTP, as Stripe would to the root host.
  stripe?.configure({ webhookUrl: `http://${testRootDomain}:${url.port}/webhooks/stripe` });
  const edgeFetch = (url: string, init?: RequestInit) =>
    mf.dispatchFetch(url, { redirect: 'manual', ...init } as never) as unknown as Promise<Response>;
  const vars = { ...edgeTestVars(), ...opts.edgeVars };
  return {
    mf,
    origin: `http://${testRootDomain}:${url.port}`,
    // Publishing from Node purges the edge's cache through its internal endpoint, as the dashboard does.
    deps: {
      ...nodeDeps(),
      purger: edgePurger({
        edgeUrl: `http://${testRootDomain}`,
        secret: vars.INTERNAL_SECRET ?? '',
        fetch: ((u: string, i?: RequestInit) => edgeFetch(u, i)) as typeof fetch,
      }),
    },
    fetch: edgeFetch,
    stripe,
    openai,
    tick: async (organizationId) => {
      const res = await edgeFetch(`http://${testRootDomain}/__internal/campaigns/tick`, {
        method: 'POST',
        headers: { 'x-internal-secret': vars.INTERNAL_SECRET ?? '', 'content-type': 'application/json' },
        body: JSON.stringify({ organizationId }),
      });
      if (!res.ok) throw new Error(`campaign tick answered ${res.status}: ${await res.text()}`);
    },
    scheduled: async (cron, scheduledTime) => {
      const jobs = await mf.getWorker('jobs');
      await jobs.scheduled({ cron, ...(scheduledTime ? { scheduledTime } : {}) });
    },
    dispose: async () => {
      await stripe?.close();
      await openai?.close();
      await mf.dispose();
    },
  };
}

/** Poll `check` until it returns true or `timeoutMs` passes (for queue-driven effects). */
export async function eventually(
  check: () => Promise<boolean>,
  timeoutMs = 15_000,
  everyMs = 100,
): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, everyMs));
  }
  throw new Error(`condition not met within ${timeoutMs} ms`);
}

/**
 * Fetch a site page until the edge answers it from its caches (`x-mewayz-cache: HIT`, which needs
 * `EDGE_DEBUG_HEADERS=on`): the render that fills them may finish after its own answer.
 */
export async function untilCacheHit(edge: EdgeHarness, url: string): Promise<Response> {
  let res: Response | null = null;
  for (let i = 0; i < 20; i++) {
    res = await edge.fetch(url);
    await res.text();
    if (res.headers.get('x-mewayz-cache') === 'HIT') break;
    await new Promise((r) => setTimeout(r, 50));
  }
  return res!;
}
