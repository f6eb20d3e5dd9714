import {
  type CustomHostnames,
  createDb,
  createRedis,
  createSecretBox,
  customHostnamesFromVars,
  dohResolver,
  edgePurger,
  email,
  fakeResolver,
  type IdentityDeps,
  type TxtResolver,
} from '@mewayz/core';
import type { AppLoadContext } from '@remix-run/cloudflare';
import { z } from 'zod';

/** Vars of the dashboard Worker, checked once per isolate so a misconfiguration fails loudly. */
const varsSchema = z.object({
  DATABASE_URL: z.string().url(),
  REDIS_URL: z.string().url(),
  REDIS_TOKEN: z.string().min(1),
  ROOT_DOMAIN: z.string().min(1),
  SHORT_DOMAIN: z.string().default(''),
  PUBLIC_SCHEME: z.enum(['http', 'https']).default('https'),
  PUBLIC_PORT: z.string().default(''),
  /** The dashboard's own public origin (links in emails, the Origin check of every form). */
  APP_URL: z.string().url(),
  EDGE_INTERNAL_URL: z.string().url(),
  /** Host the edge answers internal calls on (the root domain); set as the Host of purge requests. */
  EDGE_INTERNAL_HOST: z.string().default(''),
  INTERNAL_SECRET: z.string().min(16),
  ENCRYPTION_KEYS: z.string().min(1),
  DNS_RESOLVER: z.enum(['doh', 'fake']).default('doh'),
  DOH_URL: z.string().url().optional(),
  /** `true` shows the dev outbox page (local only). */
  DEV_OUTBOX: z.enum(['true', 'false']).default('false'),
});
export type DashboardVars = z.infer<typeof varsSchema>;

export interface DashboardEnv {
  [key: string]: unknown;
  MEDIA?: R2Bucket;
  /** Service binding to the edge Worker (internal calls keep their Host; no public round trip). */
  EDGE?: Fetcher;
}

export interface DashboardDeps extends IdentityDeps {
  vars: DashboardVars;
  resolver: TxtResolver;
  customHostnames: CustomHostnames | null;
  media: R2Bucket | null;
}

let memo: { env: unknown; deps: DashboardDeps } | null = null;

/** Build the core dependencies once per isolate from the Worker's env (stateless HTTP drivers). */
export function dashboardDeps(env: DashboardEnv): DashboardDeps {
  if (memo && memo.env === env) return memo.deps;
  const parsed = varsSchema.safeParse(env);
  if (!parsed.success) {
    const fields = parsed.error.issues.map((i) => i.path.join('.')).join(', ');
    throw new Error(`dashboard Worker misconfigured: check ${fields}`);
  }
  const vars = parsed.data;
  const db = createDb(vars.DATABASE_URL);
  const redis = createRedis(vars.REDIS_URL, vars.REDIS_TOKEN);
  const internalHost = vars.EDGE_INTERNAL_HOST || vars.ROOT_DOMAIN;
  const deps: DashboardDeps = {
    vars,
    db,
    redis,
    config: {
      rootDomain: vars.ROOT_DOMAIN,
      shortDomain: vars.SHORT_DOMAIN || vars.ROOT_DOMAIN,
      publicScheme: vars.PUBLIC_SCHEME,
      publicPort: vars.PUBLIC_PORT,
    },
    // The edge picks its app by the URL's host, so internal calls must name the root domain: through
    // the service binding when there is one, else over HTTP to EDGE_INTERNAL_URL (a public origin).
    purger: env.EDGE
      ? edgePurger({
          edgeUrl: `http://${internalHost}`,
          secret: vars.INTERNAL_SECRET,
          fetch: ((url: string, init?: RequestInit) =>
            (env.EDGE as Fetcher).fetch(url, init)) as typeof fetch,
        })
      : edgePurger({ edgeUrl: vars.EDGE_INTERNAL_URL, secret: vars.INTERNAL_SECRET }),
    now: () => new Date(),
    secrets: createSecretBox(vars.ENCRYPTION_KEYS),
    mailer: email.outboxMailer(db),
    appUrl: vars.APP_URL.replace(/\/$/, ''),
    resolver: vars.DNS_RESOLVER === 'fake' ? fakeResolver(redis) : dohResolver({ url: vars.DOH_URL }),
    // CUSTOM_HOSTNAMES, CUSTOM_HOSTNAMES_API_URL, CF_ZONE_ID, CF_API_TOKEN: read raw until the shared vars schema has them.
    customHostnames: customHostnamesFromVars(env),
    media: (env.MEDIA as R2Bucket | undefined) ?? null,
  };
  memo = { env, deps };
  return deps;
}

/** The dependencies from a loader's or action's context. */
export function depsOf(context: AppLoadContext): DashboardDeps {
  return dashboardDeps((context as unknown as { cloudflare: { env: DashboardEnv } }).cloudflare.env);
}
