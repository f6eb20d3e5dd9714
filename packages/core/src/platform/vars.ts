import { z } from 'zod';
import { pointerReuseMs } from '../cache/go-live.ts';
import { parseRetrySchedule } from '../webhooks/schedule.ts';

/** The three Workers that read the platform's configuration. */
export type WorkerKind = 'edge' | 'jobs' | 'dashboard';

const secret = (minLength: number) => z.string().min(minLength).optional();

/**
 * Every var and secret of the platform, for all three Workers: one schema, so a name means the same
 * thing everywhere and a default is written once. What a Worker cannot run without is listed in
 * `requiredVars`; production rules (https) are checked by `parsePlatformVars`.
 */
/** Where physical orders ship when `SHIPPING_COUNTRIES` is not set. */
export const defaultShippingCountries = 'US,CA,GB,IE,FR,DE,NL,BE,ES,IT,PT,AT,SE,DK,FI,NO,CH,PL,AU,NZ,JP';

export const platformVarsSchema = z.object({
  DATABASE_URL: z.string().url(),
  REDIS_URL: z.string().url(),
  REDIS_TOKEN: z.string().min(1),
  ROOT_DOMAIN: z.string().min(1).default('mewayz.localhost'),
  SHORT_DOMAIN: z.string().default(''),
  PUBLIC_SCHEME: z.enum(['http', 'https']).default('https'),
  PUBLIC_PORT: z.string().default(''),
  /** The dashboard's public origin: links in emails, the Origin check of its forms, the edge's links to it. */
  DASHBOARD_URL: z.string().url().optional(),
  /** Secret salt of the daily visitor hash; rotating it resets unique-visitor identity. */
  VISITOR_SALT: secret(16),
  /** Shared secret of internal calls (cache purge from the dashboard to the edge). */
  INTERNAL_SECRET: secret(16),
  /** AES-256-GCM keys for secrets at rest: `k1:<base64 32 bytes>,k0:<…>`; the first encrypts. */
  ENCRYPTION_KEYS: z.string().min(1).optional(),
  /** `local` purges this Worker's Cache API; `cloudflare` calls the zone purge API. */
  CACHE_PURGE: z.enum(['local', 'cloudflare']).default('local'),
  CF_API_TOKEN: z.string().optional(),
  CF_ZONE_ID: z.string().optional(),
  /**
   * `on`: Cache API + isolate memory. `memory`: isolate memory only (the pointer comes from Redis on every
   * request). `off`: no cache at all. The last two exist for benchmarks and debugging.
   */
  EDGE_CACHE: z.enum(['on', 'memory', 'off']).default('on'),
  /**
   * How long a site's version-pointer read may be reused by later requests (ms). Never above core's
   * `pointerReuseMs`, the time publishers wait after purging; 0 reads per request.
   */
  POINTER_REUSE_MS: z.coerce.number().int().min(0).max(pointerReuseMs).default(pointerReuseMs),
  /** `on` adds x-mewayz-cache/source/pointer headers to site pages (tests, benchmarks, debugging). */
  EDGE_DEBUG_HEADERS: z.enum(['on', 'off']).default('off'),
  /** `outbox` keeps mail in the database (local development: the dev outbox shows it). */
  EMAIL_PROVIDER: z.enum(['outbox', 'elastic', 'resend']).default('outbox'),
  EMAIL_FROM: z.string().default('Mewayz <no-reply@mewayz.localhost>'),
  ELASTIC_EMAIL_API_KEY: z.string().optional(),
  ELASTIC_EMAIL_URL: z.string().url().optional(),
  RESEND_API_KEY: z.string().optional(),
  /**
   * Sending domains: the SPF `include:` creators add (the provider's, e.g. `_spf.elasticemail.com`;
   * default `_spf.<ROOT_DOMAIN>`), and the return-path CNAME target where the provider asks for one
   * (default `bounces.<ROOT_DOMAIN>`; `off` asks for no such record).
   */
  EMAIL_SPF_INCLUDE: z
    .string()
    .regex(/^[a-z0-9._-]{3,253}$/i)
    .optional(),
  EMAIL_RETURN_PATH_TARGET: z
    .string()
    .regex(/^([a-z0-9._-]{3,253}|off)$/i)
    .optional(),
  /** HMAC secret of campaign tracking/unsubscribe links; falls back to ENCRYPTION_KEYS (set it in production). */
  EMAIL_TRACKING_SECRET: z.string().min(16).optional(),
  /** Resend's API origin; `npm start` and tests point it at the devstack's email fake. */
  RESEND_API_URL: z.string().url().optional(),
  /** Signing secret (`whsec_…`) of the provider webhook for bounces and complaints (Svix signatures). */
  RESEND_WEBHOOK_SECRET: z.string().optional(),
  /**
   * Elastic Email's notifications are not signed: their URL is `https://<root>/webhooks/email/elastic/<this>`,
   * so it is a secret (at least 24 URL-safe characters, e.g. `openssl rand -hex 24`).
   */
  ELASTIC_EMAIL_WEBHOOK_TOKEN: z
    .string()
    .regex(/^[A-Za-z0-9_-]{24,128}$/, 'at least 24 URL-safe characters')
    .optional(),
  /** Campaign emails one organization may send per minute (the queue consumer waits beyond it). */
  CAMPAIGN_RATE_PER_MINUTE: z.coerce.number().int().positive().default(6000),
  DNS_RESOLVER: z.enum(['doh', 'fake']).default('doh'),
  DOH_URL: z.string().url().optional(),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
  /** REST API: requests per minute per token, and per client IP (before authentication). */
  API_RATE_LIMIT_PER_TOKEN: z.coerce.number().int().positive().default(600),
  API_RATE_LIMIT_PER_IP: z.coerce.number().int().positive().default(1200),
  /**
   * HTTPS for creators' own domains through Cloudflare for SaaS custom hostnames: `cloudflare` (the
   * zone's API), `local` (the stand-in `npm start` runs, at CUSTOM_HOSTNAMES_API_URL) or `off`.
   */
  CUSTOM_HOSTNAMES: z.enum(['cloudflare', 'local', 'off']).default('off'),
  CUSTOM_HOSTNAMES_API_URL: z.string().url().optional(),
  /**
   * Only behind a proxy you trust that is not Cloudflare: the header carrying the client's address when
   * `CF-Connecting-IP` is absent (`docs/security.md`, "Abuse controls of the API").
   */
  API_CLIENT_IP_HEADER: z.enum(['x-real-ip', 'x-forwarded-for']).optional(),
  /** Dashboard → edge for internal calls when there is no service binding (a public origin). */
  EDGE_INTERNAL_URL: z.string().url().optional(),
  /** Host the edge answers internal calls on (the root domain); set as the Host of purge requests. */
  EDGE_INTERNAL_HOST: z.string().default(''),
  /** `true` shows the dev outbox page in the dashboard (local only). */
  DEV_OUTBOX: z.enum(['true', 'false']).default('false'),
  /**
   * `true` lets webhook endpoints be http and private or loopback addresses (the devstack receiver on
   * 127.0.0.1). Local only: refused when the platform serves over https (SSRF).
   */
  WEBHOOK_ALLOW_PRIVATE_URLS: z.enum(['true', 'false']).default('false'),
  /**
   * Stripe: the secret key (`sk_test_…` locally, from `wrangler secret put` in production), the signing
   * secret of the `/webhooks/stripe` endpoint, and, locally, the devstack stand-in's origin (unset:
   * api.stripe.com). Without a key the storefront shows products but cannot take payments.
   */
  STRIPE_SECRET_KEY: z.string().min(1).optional(),
  STRIPE_WEBHOOK_SECRET: z.string().min(1).optional(),
  STRIPE_API_URL: z.string().url().optional(),
  /** The platform's fee on each sale through Stripe Connect, in basis points (500 = 5%). */
  STRIPE_PLATFORM_FEE_BPS: z.coerce.number().int().min(0).max(5000).default(500),
  /**
   * `true` refuses checkout for organizations without a Connect account that can take charges (the
   * production rule); `false` lets the platform account collect (local demo, test mode).
   */
  STRIPE_REQUIRE_CONNECT: z.enum(['true', 'false']).default('false'),
  /** `true` asks Stripe to compute tax (Stripe Tax must be set up on the account). */
  STRIPE_AUTOMATIC_TAX: z.enum(['true', 'false']).default('false'),
  /** Countries a physical order may ship to (ISO 3166-1 alpha-2, comma-separated). */
  SHIPPING_COUNTRIES: z
    .string()
    .regex(/^[A-Z]{2}(,[A-Z]{2})*$/, 'comma-separated two-letter country codes, like US,CA,GB')
    .default(defaultShippingCountries),
  /**
   * AI assist through the `openai` SDK: the key (without one the feature reports itself as not set
   * up), any OpenAI-compatible server's base URL (unset: api.openai.com; locally the devstack
   * stand-in), the model, and the moderation model every answer is checked with.
   */
  OPENAI_API_KEY: z.string().min(1).optional(),
  OPENAI_BASE_URL: z.string().url().optional(),
  OPENAI_MODEL: z.string().min(1).default('gpt-4o-mini'),
  OPENAI_MODERATION_MODEL: z.string().min(1).default('omni-moderation-latest'),
  /** Tokens (prompt + answer) one organization may use per calendar month, UTC. */
  AI_MONTHLY_TOKEN_BUDGET: z.coerce.number().int().min(0).default(200_000),
  /** AI generations one organization may start per minute. */
  AI_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(10),
  /** How long one AI answer may take, in ms. */
  AI_TIMEOUT_MS: z.coerce.number().int().min(1000).max(120_000).default(30_000),
  /**
   * Social publishing: each network's app credentials (a network without them is not offered) and
   * where its API and authorization page are (unset: the real ones; locally the devstack stand-in on
   * :3906). Mastodon needs none: Mewayz registers itself on each instance it is connected to.
   */
  SOCIAL_X_CLIENT_ID: z.string().min(1).optional(),
  SOCIAL_X_CLIENT_SECRET: z.string().min(1).optional(),
  SOCIAL_X_API_URL: z.string().url().default('https://api.x.com'),
  SOCIAL_X_AUTHORIZE_URL: z.string().url().default('https://x.com/i/oauth2/authorize'),
  /** The URL of the client metadata document the dashboard serves (atproto OAuth's client id). */
  SOCIAL_BLUESKY_CLIENT_ID: z.string().url().optional(),
  /** Resolves Bluesky handles (`com.atproto.identity.resolveHandle`). */
  SOCIAL_BLUESKY_SERVICE_URL: z.string().url().default('https://bsky.social'),
  SOCIAL_BLUESKY_PLC_URL: z.string().url().default('https://plc.directory'),
  SOCIAL_INSTAGRAM_APP_ID: z.string().min(1).optional(),
  SOCIAL_INSTAGRAM_APP_SECRET: z.string().min(1).optional(),
  SOCIAL_INSTAGRAM_API_URL: z.string().url().default('https://graph.instagram.com'),
  SOCIAL_INSTAGRAM_AUTHORIZE_URL: z.string().url().default('https://www.instagram.com/oauth/authorize'),
  /** Instagram Login's code exchange (short-lived token); Graph (`SOCIAL_INSTAGRAM_API_URL`) does the rest. */
  SOCIAL_INSTAGRAM_TOKEN_URL: z.string().url().default('https://api.instagram.com/oauth/access_token'),
  /** `true` lets a Mastodon instance be http or a private address (the stand-in). Local only. */
  SOCIAL_ALLOW_PRIVATE_URLS: z.enum(['true', 'false']).default('false'),
  /** Timeout of one call to a network, in ms. */
  SOCIAL_TIMEOUT_MS: z.coerce.number().int().min(1000).max(60_000).default(15_000),
  /** Timeout of one outbound webhook attempt, in ms. */
  WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(1000).max(30_000).default(10_000),
  /** Seconds between webhook attempts (`5,300,…`); default Standard Webhooks' schedule (~31 h). */
  WEBHOOK_RETRY_SCHEDULE: z
    .string()
    .optional()
    .refine((v) => {
      if (v === undefined) return true;
      try {
        parseRetrySchedule(v);
        return true;
      } catch {
        return false;
      }
    }, '1–20 comma-separated whole seconds between 1 and 604800'),
  /**
   * Tests only. The jobs cron's per-organization work (campaigns, sequence steps, social publishing
   * and stats) acts on this organization alone: test files share one database, and one file's cron
   * must not claim another's due posts or campaigns. Unset, as in production: every organization.
   */
  CRON_ORGANIZATION: z.string().startsWith('org_').optional(),
});
export type PlatformVars = z.infer<typeof platformVarsSchema>;

/** The platform's vars as a Worker receives them (strings, before parsing). */
export type PlatformEnvVars = { [K in keyof PlatformVars]?: string };

/** What each Worker cannot start without, beyond the schema's own required fields. */
export const requiredVars = {
  edge: ['VISITOR_SALT', 'INTERNAL_SECRET', 'ENCRYPTION_KEYS', 'DASHBOARD_URL'],
  jobs: ['ENCRYPTION_KEYS', 'DASHBOARD_URL'],
  dashboard: ['INTERNAL_SECRET', 'ENCRYPTION_KEYS', 'DASHBOARD_URL', 'EDGE_INTERNAL_URL'],
} as const satisfies Record<WorkerKind, readonly (keyof PlatformVars)[]>;

/** The vars of Worker `W`: what it requires is known to be there. */
export type VarsOf<W extends WorkerKind> = PlatformVars &
  Required<Pick<PlatformVars, (typeof requiredVars)[W][number]>>;

/** Secrets whose local placeholder values must never reach a deployment that serves over https. */
const secretVars = [
  'VISITOR_SALT',
  'INTERNAL_SECRET',
  'ENCRYPTION_KEYS',
  'REDIS_TOKEN',
  'STRIPE_WEBHOOK_SECRET',
  'ELASTIC_EMAIL_WEBHOOK_TOKEN',
] as const;

/** Values that say "replace me": the repository's old local defaults and the usual markers. */
const placeholderPatterns = [/change-?me/i, /placeholder/i, /^mewayz-local/i, /^local-dev/i, /example/i];

/** A Worker's configuration could not be used; the message names the fields, never their values. */
export class ConfigurationError extends Error {
  constructor(
    readonly worker: WorkerKind,
    readonly problems: string[],
  ) {
    super(`${worker} Worker misconfigured: ${problems.join('; ')}`);
    this.name = 'ConfigurationError';
  }
}

/** True when `value` looks like a placeholder rather than a real secret. */
export function isPlaceholderSecret(value: string): boolean {
  return placeholderPatterns.some((p) => p.test(value));
}

/**
 * Parse a Worker's env with the one schema and the production rules: over https (a real deployment)
 * a Worker refuses placeholder secrets and refuses to keep mail in the outbox, where nobody would
 * ever read it. Throws ConfigurationError naming every problem at once.
 */
export function parsePlatformVars<W extends WorkerKind>(env: object, worker: W): VarsOf<W> {
  const parsed = platformVarsSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigurationError(
      worker,
      parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`),
    );
  }
  const vars = parsed.data;
  const problems: string[] = [];
  for (const name of requiredVars[worker]) {
    if (!vars[name]) problems.push(`${name} is required`);
  }
  if (vars.PUBLIC_SCHEME === 'https') {
    for (const name of secretVars) {
      const value = vars[name];
      if (value && isPlaceholderSecret(value)) {
        problems.push(`${name} is a placeholder; set a real secret with \`wrangler secret put ${name}\``);
      }
    }
    if (vars.EMAIL_PROVIDER === 'outbox') {
      problems.push(
        'EMAIL_PROVIDER=outbox would keep production mail in the database undelivered; set EMAIL_PROVIDER=elastic',
      );
    }
    if (vars.DEV_OUTBOX === 'true') problems.push('DEV_OUTBOX=true shows every email to any signed-in user');
    if (vars.WEBHOOK_ALLOW_PRIVATE_URLS === 'true')
      problems.push('WEBHOOK_ALLOW_PRIVATE_URLS=true would let webhooks reach private addresses (SSRF)');
    if (vars.SOCIAL_ALLOW_PRIVATE_URLS === 'true')
      problems.push(
        'SOCIAL_ALLOW_PRIVATE_URLS=true would let Mastodon instances be private addresses (SSRF)',
      );
    if (vars.STRIPE_API_URL)
      problems.push('STRIPE_API_URL points Stripe at a stand-in; unset it in production');
    if (vars.CRON_ORGANIZATION)
      problems.push('CRON_ORGANIZATION would keep the cron from every other organization; unset it');
    if (vars.SOCIAL_BLUESKY_CLIENT_ID && !vars.SOCIAL_BLUESKY_CLIENT_ID.startsWith('https://'))
      problems.push(
        'SOCIAL_BLUESKY_CLIENT_ID must be the https URL of the client metadata document (atproto OAuth)',
      );
  }
  if (worker === 'edge' && vars.STRIPE_SECRET_KEY && !vars.STRIPE_WEBHOOK_SECRET) {
    problems.push(
      'STRIPE_SECRET_KEY needs STRIPE_WEBHOOK_SECRET on the edge (orders are paid by its webhooks)',
    );
  }
  if (vars.EMAIL_PROVIDER === 'resend' && !vars.RESEND_API_KEY) {
    problems.push('EMAIL_PROVIDER=resend needs RESEND_API_KEY');
  }
  if (vars.EMAIL_PROVIDER === 'elastic' && !vars.ELASTIC_EMAIL_API_KEY) {
    problems.push('EMAIL_PROVIDER=elastic needs ELASTIC_EMAIL_API_KEY');
  }
  if (vars.CACHE_PURGE === 'cloudflare' && (!vars.CF_API_TOKEN || !vars.CF_ZONE_ID)) {
    problems.push('CACHE_PURGE=cloudflare needs CF_API_TOKEN and CF_ZONE_ID');
  }
  if (vars.CUSTOM_HOSTNAMES === 'cloudflare' && (!vars.CF_API_TOKEN || !vars.CF_ZONE_ID)) {
    problems.push('CUSTOM_HOSTNAMES=cloudflare needs CF_API_TOKEN and CF_ZONE_ID');
  }
  if (vars.CUSTOM_HOSTNAMES === 'local' && !vars.CUSTOM_HOSTNAMES_API_URL) {
    problems.push('CUSTOM_HOSTNAMES=local needs CUSTOM_HOSTNAMES_API_URL');
  }
  if (problems.length > 0) throw new ConfigurationError(worker, problems);
  return vars as VarsOf<W>;
}
