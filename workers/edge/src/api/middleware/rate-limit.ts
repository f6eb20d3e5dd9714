import { RateLimited } from '@mewayz/core';
import type { Ratelimit } from '@upstash/ratelimit';
import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import type { ApiEnv } from '../api-env.ts';

const ipv4 = /^(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)$/;

/** Expand an IPv6 address to its 8 groups, or null when it is not one. */
function ipv6Groups(address: string): string[] | null {
  if (!/^[0-9a-f:]+$/i.test(address) || address.split('::').length > 2) return null;
  const [head, tail] = address.includes('::') ? address.split('::') : [address, undefined];
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const missing = 8 - left.length - right.length;
  if (tail === undefined ? missing !== 0 : missing < 1) return null;
  const groups = [...left, ...Array<string>(tail === undefined ? 0 : missing).fill('0'), ...right];
  return groups.every((g) => /^[0-9a-f]{1,4}$/i.test(g)) ? groups.map((g) => g.toLowerCase()) : null;
}

/**
 * The rate-limit key of an address: an IPv4 address as is, an IPv6 address by its /64 — one
 * subscriber's allocation, inside which a client picks addresses freely. Null when it is not an address.
 */
export function ipBucket(address: string): string | null {
  const a = address.trim();
  if (ipv4.test(a)) return `v4:${a}`;
  const groups = ipv6Groups(a);
  return groups ? `v6:${groups.slice(0, 4).join(':')}::/64` : null;
}

/**
 * The client's address for the per-IP limit. Cloudflare sets `CF-Connecting-IP` on every request
 * that reaches the Worker from the internet (a client cannot set it through Cloudflare). Without it,
 * the request came from inside the platform (a service binding, `wrangler dev`, tests) — unless the
 * Worker is configured to sit behind another proxy it trusts (`API_CLIENT_IP_HEADER`), whose header is
 * used then. Otherwise null: there is no address to key by, and one shared bucket for every such
 * caller would let one of them lock out all the others, so only the per-token limit applies.
 */
export function clientIp(c: Context<ApiEnv>): string | null {
  const cf = c.req.header('cf-connecting-ip');
  if (cf !== undefined) return ipBucket(cf);
  const trusted = c.get('api').edge.vars.API_CLIENT_IP_HEADER;
  if (!trusted) return null;
  const value = c.req.header(trusted);
  // X-Forwarded-For: the first entry is the client as the trusted proxy saw it.
  return value ? ipBucket(value.split(',')[0]!) : null;
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
  const ip = clientIp(c);
  if (ip) await apply(c, c.get('api').limiters.perIp, ip);
  await next();
});

/** Per token, after authentication. */
export const tokenRateLimit = createMiddleware<ApiEnv>(async (c, next) => {
  await apply(c, c.get('api').limiters.perToken, c.get('auth').principal.tokenId);
  await next();
});
