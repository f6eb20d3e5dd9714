import { sha256Hex } from '../crypto/hash.ts';
import type { CoreDeps } from '../deps.ts';
import { RateLimited } from '../errors.ts';

/**
 * Sign-in throttling: failed attempts are counted per account and per client IP in fixed windows.
 * Past the limit further attempts are refused (429) until the window ends — before the password is
 * even checked, so a locked account gives an attacker no signal about guesses.
 */
export interface ThrottleLimits {
  perAccount: number;
  perIp: number;
  windowSeconds: number;
}

export const defaultSignInLimits: ThrottleLimits = { perAccount: 5, perIp: 50, windowSeconds: 15 * 60 };

type ThrottleDeps = Pick<CoreDeps, 'redis'>;

async function keys(email: string, ip: string | null | undefined) {
  return {
    account: `signin-fail:acct:${await sha256Hex(email.trim().toLowerCase())}`,
    ip: ip ? `signin-fail:ip:${ip}` : null,
  };
}

/** Throw RateLimited when the account or the IP has used up its failed attempts. */
export async function assertSignInAllowed(
  deps: ThrottleDeps,
  email: string,
  ip: string | null | undefined,
  limits = defaultSignInLimits,
) {
  const k = await keys(email, ip);
  const p = deps.redis.pipeline();
  p.get(k.account);
  p.ttl(k.account);
  if (k.ip) {
    p.get(k.ip);
    p.ttl(k.ip);
  }
  const [acct, acctTtl, ipCount, ipTtl] = (await p.exec()) as [number | null, number, number | null, number];
  if (Number(acct ?? 0) >= limits.perAccount)
    throw new RateLimited(Math.max(1, acctTtl), 'Too many failed sign-in attempts. Try again later.');
  if (k.ip && Number(ipCount ?? 0) >= limits.perIp)
    throw new RateLimited(Math.max(1, ipTtl), 'Too many failed sign-in attempts. Try again later.');
}

/** Count one failed attempt against the account and the IP. */
export async function recordSignInFailure(
  deps: ThrottleDeps,
  email: string,
  ip: string | null | undefined,
  limits = defaultSignInLimits,
) {
  const k = await keys(email, ip);
  const p = deps.redis.pipeline();
  for (const key of [k.account, k.ip]) {
    if (!key) continue;
    p.incr(key);
    // NX: the window starts at the first failure and is not extended by later ones.
    p.expire(key, limits.windowSeconds, 'NX');
  }
  await p.exec();
}

/** A successful sign-in clears the account's counter (not the IP's). */
export async function clearSignInFailures(deps: ThrottleDeps, email: string) {
  const k = await keys(email, null);
  await deps.redis.del(k.account);
}
