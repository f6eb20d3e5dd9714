import { type CoreDeps, createDb, createRedis } from '@mewayz/core';
import { type EdgeEnv, type EdgeVars, edgeVarsSchema } from '../env.ts';
import { createCachePurger } from './cache-purger.ts';

export interface EdgeDeps extends CoreDeps {
  vars: EdgeVars;
}

let memo: { env: EdgeEnv; deps: EdgeDeps } | null = null;

/**
 * Parse the Worker's vars and build the core dependencies once per isolate (the drivers are
 * stateless HTTP clients, so sharing them across requests is safe).
 */
export function edgeDeps(env: EdgeEnv): EdgeDeps {
  if (memo && memo.env === env) return memo.deps;
  const parsed = edgeVarsSchema.safeParse(env);
  if (!parsed.success) {
    const fields = parsed.error.issues.map((i) => i.path.join('.')).join(', ');
    throw new Error(`edge Worker misconfigured: check ${fields}`);
  }
  const vars = parsed.data;
  const config = {
    rootDomain: vars.ROOT_DOMAIN,
    shortDomain: vars.SHORT_DOMAIN || vars.ROOT_DOMAIN,
    publicScheme: vars.PUBLIC_SCHEME,
    publicPort: vars.PUBLIC_PORT,
  };
  const deps: EdgeDeps = {
    vars,
    config,
    db: createDb(vars.DATABASE_URL),
    redis: createRedis(vars.REDIS_URL, vars.REDIS_TOKEN),
    purger: createCachePurger(vars, config),
    now: () => new Date(),
  };
  memo = { env, deps };
  return deps;
}
