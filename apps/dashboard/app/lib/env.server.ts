import {
  buildPlatformDeps,
  type EdgeInternalOptions,
  edgeContactImportQueue,
  edgePurger,
  edgeWebhookDispatch,
  memoizedPlatformDeps,
  type PlatformDeps,
  type VarsOf,
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
  // The edge picks its app by the URL's host, so internal calls must name the root domain: through
  // the service binding when there is one, else over HTTP to EDGE_INTERNAL_URL (a public origin).
  const edgeOf = (vars: VarsOf<'dashboard'>): EdgeInternalOptions => {
    const edge = env.EDGE;
    return edge
      ? {
          edgeUrl: `http://${vars.EDGE_INTERNAL_HOST || vars.ROOT_DOMAIN}`,
          secret: vars.INTERNAL_SECRET,
          fetch: ((url: string, init?: RequestInit) => edge.fetch(url, init)) as typeof fetch,
        }
      : { edgeUrl: vars.EDGE_INTERNAL_URL, secret: vars.INTERNAL_SECRET };
  };
  const deps = buildPlatformDeps(env, 'dashboard', (vars) => edgePurger(edgeOf(vars)));
  // Webhook deliveries are enqueued by the edge: a queue producer in this process would not reach the
  // consumer locally (decision 0005); the cron sweep catches any hand-off that fails.
  const webhooks = { ...deps.webhooks, dispatch: edgeWebhookDispatch(edgeOf(deps.vars)) };
  // Started imports go to the jobs Worker's queue through the edge too.
  const contactImports = edgeContactImportQueue(edgeOf(deps.vars));
  return { ...deps, webhooks, media: env.MEDIA ?? null, contactImports };
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
