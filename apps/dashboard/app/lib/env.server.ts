import {
  buildPlatformDeps,
  edgePurger,
  memoizedPlatformDeps,
  type PlatformDeps,
  withRequestLog,
} from '@mewayz/core';
import type { AppLoadContext } from '@remix-run/cloudflare';

export interface DashboardEnv {
  [key: string]: unknown;
  MEDIA?: R2Bucket;
  /** Service binding to the edge Worker (internal calls keep their Host; no public round trip). */
  EDGE?: Fetcher;
}

/** The dashboard's dependencies: the platform's (one vars schema and builder for every Worker) and media. */
export interface DashboardDeps extends PlatformDeps<'dashboard'> {
  media: R2Bucket | null;
}

const build = memoizedPlatformDeps((raw): DashboardDeps => {
  const env = raw as DashboardEnv;
  const deps = buildPlatformDeps(env, 'dashboard', (vars) => {
    const secret = vars.INTERNAL_SECRET;
    // The edge picks its app by the URL's host, so internal calls must name the root domain: through
    // the service binding when there is one, else over HTTP to EDGE_INTERNAL_URL (a public origin).
    if (env.EDGE) {
      const edge = env.EDGE;
      return edgePurger({
        edgeUrl: `http://${vars.EDGE_INTERNAL_HOST || vars.ROOT_DOMAIN}`,
        secret,
        fetch: ((url: string, init?: RequestInit) => edge.fetch(url, init)) as typeof fetch,
      });
    }
    return edgePurger({ edgeUrl: vars.EDGE_INTERNAL_URL, secret });
  });
  return { ...deps, media: env.MEDIA ?? null };
});

/** Build the core dependencies once per isolate from the Worker's env (stateless HTTP drivers). */
export function dashboardDeps(env: DashboardEnv): DashboardDeps {
  return build(env);
}

/** The request id header worker.ts sets on every request before Remix sees it. */
export const requestIdHeader = 'x-mewayz-request-id';

type LoadContext = { cloudflare: { env: DashboardEnv }; requestId?: string };
const requestDeps = new WeakMap<object, DashboardDeps>();

/**
 * The dependencies from a loader's or action's context: the isolate's, with a logger carrying this
 * request's id (set by worker.ts), so the services a loader calls log under the same id.
 */
export function depsOf(context: AppLoadContext): DashboardDeps {
  const ctx = context as unknown as LoadContext;
  let deps = requestDeps.get(ctx);
  if (!deps) {
    const base = dashboardDeps(ctx.cloudflare.env);
    deps = ctx.requestId ? withRequestLog(base, { request_id: ctx.requestId }) : base;
    requestDeps.set(ctx, deps);
  }
  return deps;
}

/** The id of the request a loader or action serves (also in its `X-Request-Id` header). */
export function requestIdOf(context: AppLoadContext): string | null {
  return (context as unknown as LoadContext).requestId ?? null;
}
