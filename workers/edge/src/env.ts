/** Shape of one analytics event on the `events` queue (minted at the edge, consumed by the jobs Worker). */
import { type AnalyticsEvent, type EventBundle, pointerReuseMs } from '@mewayz/core';
import { z } from 'zod';

export type { AnalyticsEvent };

/** Vars and secrets of the edge Worker, checked once per isolate so a misconfiguration fails loudly. */
export const edgeVarsSchema = z.object({
  DATABASE_URL: z.string().url(),
  REDIS_URL: z.string().url(),
  REDIS_TOKEN: z.string().min(1),
  ROOT_DOMAIN: z.string().min(1),
  SHORT_DOMAIN: z.string().default(''),
  PUBLIC_SCHEME: z.enum(['http', 'https']).default('https'),
  PUBLIC_PORT: z.string().default(''),
  DASHBOARD_URL: z.string().url(),
  /** Secret salt of the daily visitor hash; rotating it resets unique-visitor identity. */
  VISITOR_SALT: z.string().min(16),
  /** Shared secret for internal calls (cache purge from the dashboard). */
  INTERNAL_SECRET: z.string().min(16),
  /** `local` purges this Worker's Cache API; `cloudflare` calls the zone purge API. */
  CACHE_PURGE: z.enum(['local', 'cloudflare']).default('local'),
  /**
   * `on`: Cache API + isolate memory. `memory`: isolate memory only (the pointer comes from Redis on every
   * request). `off`: no cache at all (snapshot from Redis and a render on every request). The last two
   * exist for benchmarks and debugging.
   */
  EDGE_CACHE: z.enum(['on', 'memory', 'off']).default('on'),
  /**
   * How long a site's version-pointer read may be reused by later requests (ms). Never above core's
   * `pointerReuseMs`, the time publishers wait after purging; 0 reads per request (shared only by
   * requests that arrived before the read started), e.g. to measure that path.
   */
  POINTER_REUSE_MS: z.coerce.number().int().min(0).max(pointerReuseMs).default(pointerReuseMs),
  /**
   * `on` adds `x-mewayz-cache`, `x-mewayz-source` and `x-mewayz-pointer` to site pages (which cache
   * layer answered, where the snapshot and the pointer came from): for tests, benchmarks and debugging.
   * Off by default, so public pages do not expose how the edge works inside.
   */
  EDGE_DEBUG_HEADERS: z.enum(['on', 'off']).default('off'),
  CF_API_TOKEN: z.string().optional(),
  CF_ZONE_ID: z.string().optional(),
  /** AES-256-GCM keys for secrets at rest: `k1:<base64 32 bytes>,k0:<…>`; the first encrypts. */
  ENCRYPTION_KEYS: z.string().min(1),
  EMAIL_PROVIDER: z.enum(['outbox', 'elastic']).default('outbox'),
  EMAIL_FROM: z.string().default('Mewayz <no-reply@mewayz.localhost>'),
  ELASTIC_EMAIL_API_KEY: z.string().optional(),
  ELASTIC_EMAIL_URL: z.string().url().optional(),
  DNS_RESOLVER: z.enum(['doh', 'fake']).default('doh'),
  DOH_URL: z.string().url().optional(),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
  /** REST API: requests per minute per token, and per client IP (before authentication). */
  API_RATE_LIMIT_PER_TOKEN: z.coerce.number().int().positive().default(600),
  API_RATE_LIMIT_PER_IP: z.coerce.number().int().positive().default(1200),
});
export type EdgeVars = z.infer<typeof edgeVarsSchema>;

/** The edge Worker's bindings: the vars above (as strings, before parsing) and the events queue. */
export type EdgeEnv = { [K in keyof EdgeVars]?: string } & {
  EVENTS: Queue<EventBundle>;
  /** Creator media (avatars), shared with the dashboard which uploads them. */
  MEDIA?: R2Bucket;
};
