import { type AiSettings, aiSettingsOf } from '../ai/settings.ts';
import { type CampaignSettings, campaignSettingsOf } from '../campaigns/settings.ts';
import { type CommerceSettings, commerceSettingsOf } from '../commerce/settings.ts';
import { createSecretBox } from '../crypto/secret-box.ts';
import { createDb } from '../data/db.ts';
import { DB } from '../data/db-handle.ts';
import { createRedis } from '../data/redis.ts';
import type { CachePurger, PlatformConfig } from '../deps.ts';
import { type CustomHostnames, customHostnamesFromVars } from '../domains/custom-hostnames.ts';
import { type DnsResolver, dohResolver, fakeResolver } from '../domains/resolvers.ts';
import { createMailer } from '../email/create-mailer.ts';
import type { IdentityDeps } from '../identity/identity-deps.ts';
import { mediaOriginOf } from '../social/publish.ts';
import { type SocialSettings, socialSettingsOf } from '../social/settings.ts';
import type { WebhookSettings } from '../webhooks/runtime.ts';
import { defaultRetrySchedule, parseRetrySchedule } from '../webhooks/schedule.ts';
import { createLogger, type Logger } from './logger.ts';
import { type PlatformVars, parsePlatformVars, type VarsOf, type WorkerKind } from './vars.ts';

/** Everything a Worker hands to the domain services, built the same way by the edge, jobs and dashboard. */
export interface PlatformDeps<W extends WorkerKind = WorkerKind> extends IdentityDeps {
  worker: W;
  vars: VarsOf<W>;
  resolver: DnsResolver;
  /** Cloudflare for SaaS custom hostnames (HTTPS for creators' domains), or null when off. */
  customHostnames: CustomHostnames | null;
  /** Webhook settings from the vars; each Worker adds its after-commit `dispatch`. */
  webhooks: WebhookSettings;
  commerce: CommerceSettings;
  ai: AiSettings;
  campaigns: CampaignSettings;
  social: SocialSettings;
}

/** The webhook settings the vars describe (without a dispatch: that is per Worker). */
export function webhookSettingsOf(vars: PlatformVars): WebhookSettings {
  return {
    allowPrivateUrls: vars.WEBHOOK_ALLOW_PRIVATE_URLS === 'true',
    timeoutMs: vars.WEBHOOK_TIMEOUT_MS,
    retrySchedule: vars.WEBHOOK_RETRY_SCHEDULE
      ? parseRetrySchedule(vars.WEBHOOK_RETRY_SCHEDULE)
      : defaultRetrySchedule,
  };
}

/** The public-URL settings derived from the vars. */
export function platformConfigOf(vars: PlatformVars): PlatformConfig {
  return {
    rootDomain: vars.ROOT_DOMAIN,
    shortDomain: vars.SHORT_DOMAIN || vars.ROOT_DOMAIN,
    publicScheme: vars.PUBLIC_SCHEME,
    publicPort: vars.PUBLIC_PORT,
  };
}

/**
 * Parse `env` (see `parsePlatformVars`) and build the dependencies: database and Redis drivers
 * (stateless HTTP clients, safe to share across requests), the mailer the configuration names, the
 * secret box, the DNS resolver and the logger. Each Worker supplies only its cache purger, the one
 * part that differs (the edge purges its own cache; others ask the edge).
 */
export function buildPlatformDeps<W extends WorkerKind>(
  env: object,
  worker: W,
  purgerOf: (vars: VarsOf<W>, config: PlatformConfig) => CachePurger,
): PlatformDeps<W> {
  const vars = parsePlatformVars(env, worker);
  const config = platformConfigOf(vars);
  const db = createDb(vars.DATABASE_URL);
  const redis = createRedis(vars.REDIS_URL, vars.REDIS_TOKEN);
  const log: Logger = createLogger({ level: vars.LOG_LEVEL, fields: { worker } });
  return {
    worker,
    vars,
    config,
    [DB]: db,
    redis,
    log,
    purger: purgerOf(vars, config),
    now: () => new Date(),
    // Every Worker requires these two (`requiredVars`), which TypeScript cannot see through `W`.
    secrets: createSecretBox(vars.ENCRYPTION_KEYS!),
    mailer: createMailer(db, {
      provider: vars.EMAIL_PROVIDER,
      from: vars.EMAIL_FROM,
      elasticApiKey: vars.ELASTIC_EMAIL_API_KEY,
      elasticBaseUrl: vars.ELASTIC_EMAIL_URL,
      resendApiKey: vars.RESEND_API_KEY,
      resendBaseUrl: vars.RESEND_API_URL,
    }),
    appUrl: vars.DASHBOARD_URL!.replace(/\/+$/, ''),
    resolver: vars.DNS_RESOLVER === 'fake' ? fakeResolver(redis) : dohResolver({ url: vars.DOH_URL }),
    customHostnames: customHostnamesFromVars(vars),
    webhooks: webhookSettingsOf(vars),
    commerce: commerceSettingsOf(vars),
    ai: aiSettingsOf(vars),
    campaigns: campaignSettingsOf(vars, config),
    social: socialSettingsOf(vars, mediaOriginOf(config)),
  };
}

/**
 * Build once per isolate and env object: the drivers are stateless, and parsing the vars on every
 * request would cost CPU on the hot paths.
 */
export function memoizedPlatformDeps<D>(build: (env: object) => D): (env: object) => D {
  let memo: { env: object; deps: D } | null = null;
  return (env) => {
    if (memo?.env === env) return memo.deps;
    const deps = build(env);
    memo = { env, deps };
    return deps;
  };
}
