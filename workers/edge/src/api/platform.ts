import {
  type CustomHostnames,
  createSecretBox,
  customHostnamesFromVars,
  dohResolver,
  email,
  fakeResolver,
  type IdentityDeps,
  type TxtResolver,
} from '@mewayz/core';
import { Ratelimit } from '@upstash/ratelimit';
import type { EdgeEnv } from '../env.ts';
import { type EdgeDeps, edgeDeps } from '../platform/deps.ts';

/** Everything the API's handlers need: the core deps plus mail, secrets, DNS and rate limiters. */
export interface ApiDeps extends IdentityDeps {
  edge: EdgeDeps;
  resolver: TxtResolver;
  customHostnames: CustomHostnames | null;
  limiters: { perToken: Ratelimit; perIp: Ratelimit };
}

let memo: { env: EdgeEnv; deps: ApiDeps } | null = null;

/** Build the API's dependencies once per isolate (like `edgeDeps`). */
export function apiDeps(env: EdgeEnv): ApiDeps {
  if (memo && memo.env === env) return memo.deps;
  const edge = edgeDeps(env);
  const { vars } = edge;
  const mailer = email.createMailer(edge.db, {
    provider: vars.EMAIL_PROVIDER,
    from: vars.EMAIL_FROM,
    elasticApiKey: vars.ELASTIC_EMAIL_API_KEY,
    elasticBaseUrl: vars.ELASTIC_EMAIL_URL,
  });
  const deps: ApiDeps = {
    ...edge,
    edge,
    secrets: createSecretBox(vars.ENCRYPTION_KEYS),
    mailer,
    appUrl: vars.DASHBOARD_URL.replace(/\/+$/, ''),
    resolver: vars.DNS_RESOLVER === 'fake' ? fakeResolver(edge.redis) : dohResolver({ url: vars.DOH_URL }),
    // CUSTOM_HOSTNAMES, CUSTOM_HOSTNAMES_API_URL are read raw until the shared vars schema has them.
    customHostnames: customHostnamesFromVars(env as Record<string, unknown>),
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
