import { Ratelimit } from '@upstash/ratelimit';
import type { EdgeEnv } from '../env.ts';
import { type EdgeDeps, edgeDeps } from '../platform/deps.ts';

/** Everything the API's handlers need: the platform deps plus the rate limiters. */
export interface ApiDeps extends EdgeDeps {
  edge: EdgeDeps;
  limiters: { perToken: Ratelimit; perIp: Ratelimit };
}

let memo: { env: EdgeEnv; deps: ApiDeps } | null = null;

/** Build the API's dependencies once per isolate (like `edgeDeps`). */
export function apiDeps(env: EdgeEnv): ApiDeps {
  if (memo && memo.env === env) return memo.deps;
  const edge = edgeDeps(env);
  const { vars } = edge;
  const deps: ApiDeps = {
    ...edge,
    edge,
    limiters: {
      perToken: new Ratelimit({
        redis: edge.redis,
        limiter: Ratelimit.slidingWindow(vars.API_RATE_LIMIT_PER_TOKEN, '60 s'),
        prefix: 'ratelimit:api:token',
        analytics: false,
      }),
      perIp: new Ratelimit({
        redis: edge.redis,
        limiter: Ratelimit.slidingWindow(vars.API_RATE_LIMIT_PER_IP, '60 s'),
        prefix: 'ratelimit:api:ip',
        analytics: false,
      }),
    },
  };
  memo = { env, deps };
  return deps;
}
