import { RateLimited } from '@mewayz/core';
import type { Ratelimit } from '@upstash/ratelimit';
import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import type { ApiEnv } from '../api-env.ts';

/** The client's address as Cloudflare reports it (clients cannot set this header through Cloudflare). */
export function clientIp(c: Context<ApiEnv>): string {
  return c.req.header('cf-connecting-ip') ?? 'unknown';
}

async function apply(c: Context<ApiEnv>, limiter: Ratelimit, identifier: string) {
  const res = await limiter.limit(identifier);
  // Analytics/multi-region sync work the limiter defers must not be cut off with the response.
  try {
    c.executionCtx.waitUntil(res.pending);
  } catch {
    await res.pending;
  }
  const resetSeconds = Math.max(0, Math.ceil((res.reset - Date.now()) / 1000));
  // IETF draft "RateLimit header fields for HTTP": the most restrictive limit is the one shown.
  c.header('RateLimit-Limit', String(res.limit));
  c.header('RateLimit-Remaining', String(Math.max(0, res.remaining)));
  c.header('RateLimit-Reset', String(resetSeconds));
  if (!res.success) throw new RateLimited(Math.max(1, resetSeconds));
}

/** Per client IP, before authentication: bounds what unauthenticated floods cost. */
export const ipRateLimit = createMiddleware<ApiEnv>(async (c, next) => {
  await apply(c, c.get('api').limiters.perIp, clientIp(c));
  await next();
});

/** Per token, after authentication. */
export const tokenRateLimit = createMiddleware<ApiEnv>(async (c, next) => {
  await apply(c, c.get('api').limiters.perToken, c.get('auth').principal.tokenId);
  await next();
});
