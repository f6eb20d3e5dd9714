import type { AiSettings } from './ai/settings.ts';
import type { CampaignSettings } from './campaigns/settings.ts';
import type { CommerceSettings } from './commerce/settings.ts';
import type { ContactImportQueue } from './crm/import/contact-import.ts';
import type { Db } from './data/db.ts';
import type { DB } from './data/db-handle.ts';
import type { Redis } from './data/redis.ts';
import type { MediaBucket } from './media/bucket.ts';
import type { Logger } from './platform/logger.ts';
import type { SocialSettings } from './social/settings.ts';
import type { WebhookSettings } from './webhooks/runtime.ts';

/** Platform-wide settings every client of the core shares (edge, API, dashboard, jobs). */
export interface PlatformConfig {
  /** Sites live at `<slug>.<rootDomain>`; the root domain itself serves the landing page and API. */
  rootDomain: string;
  /** Domain of short links (`<shortDomain>/<code>`); defaults to the root domain. */
  shortDomain: string;
  /** Scheme + port suffix used to build public URLs (`http://…:8787` locally, `https://…` in production). */
  publicScheme: 'http' | 'https';
  publicPort: string;
}

/** Drops cached copies of a site's pages after publish, so the next request anywhere renders fresh. */
export interface CachePurger {
  purgeHosts(hosts: string[]): Promise<void>;
}

/** Everything the domain services need from the outside world, handed in by each transport. */
export interface CoreDeps {
  /** The database, readable only by core (`dbOf`): handlers pass the deps on, never query it. */
  readonly [DB]: Db;
  redis: Redis;
  config: PlatformConfig;
  purger: CachePurger;
  now: () => Date;
  /** Structured logger; per request it carries the request id (see `withRequestLog`). */
  log: Logger;
  /** Outbound webhooks: URL policy, timeouts, retries and the after-commit dispatch (defaults when absent). */
  webhooks?: WebhookSettings;
  /** Payments (Stripe) and store settings; absent where a Worker takes no payments or none is configured. */
  commerce?: CommerceSettings;
  /** AI assist (provider and per-organization limits); absent where a Worker does not write with AI. */
  ai?: AiSettings;
  /** Email campaigns: tracking secret and origin, per-organization rate. */
  campaigns?: CampaignSettings;
  /** Creator files in R2 (lesson videos and attachments); absent where a Worker has no bucket. */
  media?: MediaBucket | null;
  /** Social publishing: the networks' apps and where they are; absent where a Worker does not post. */
  social?: SocialSettings;
  /** The `contact-imports` queue; absent where a Worker starts no imports. */
  contactImports?: ContactImportQueue;
}

/** Who performs a mutation, for the audit log. */
export interface Actor {
  userId?: string | null;
  tokenId?: string | null;
  requestId?: string | null;
}

/** The public origin of a host, e.g. `http://alice.mewayz.localhost:8787`. */
export function publicOrigin(config: PlatformConfig, host: string): string {
  return `${config.publicScheme}://${host}${config.publicPort ? `:${config.publicPort}` : ''}`;
}

/** The same deps with a logger bound to one request (its id and any other fields). */
export function withRequestLog<D extends CoreDeps>(deps: D, fields: Record<string, unknown>): D {
  return { ...deps, log: deps.log.child(fields) };
}
