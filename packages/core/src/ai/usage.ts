import type { AiUsage } from '@mewayz/contracts';
import type { CoreDeps } from '../deps.ts';
import type { TenantScope } from '../tenancy/scope.ts';
import { AiBudgetExhausted, AiBudgetHeld, AiRateLimited } from './errors.ts';
import type { TokenUsage } from './provider.ts';

/**
 * An organization's AI use in Redis: a hash per calendar month (UTC) with its tokens and requests,
 * and a counter per minute for the rate limit. Keys carry the organization id from its tenant scope,
 * so one workspace's use never counts against another's. A call holds an estimate of its cost while it
 * is written and its real cost is added after it; a call starts only while some of the budget is
 * neither spent nor held, so concurrent calls cannot each spend the same remainder. One call may still
 * take a month a little past its budget (its real cost is known only afterwards), none after it.
 */
type UsageDeps = Pick<CoreDeps, 'redis' | 'now'>;

export const monthOf = (d: Date) => d.toISOString().slice(0, 7);
const usageKey = (orgId: string, month: string) => `ai:usage:${orgId}:${month}`;
const rateKey = (orgId: string, minute: number) => `ai:rate:${orgId}:${minute}`;
/** Calls in flight: members `<call id>:<tokens held>`, scored by when the hold lapses. */
const heldKey = (orgId: string, month: string) => `ai:held:${orgId}:${month}`;
/** A hold lapses after this, so a call whose Worker died mid-answer frees its share. */
const holdMs = 5 * 60_000;
/** How long a call waits for the calls holding the rest of the budget, as Retry-After. */
const heldRetrySeconds = 5;
/** Kept a while past the month, so last month's figure can still be read. */
const usageTtlSeconds = 70 * 24 * 3600;

function nextMonthStart(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));
}

/** Count one generation against the minute's limit; AiRateLimited past it. */
export async function takeRateSlot(deps: UsageDeps, scope: TenantScope, perMinute: number) {
  const nowMs = deps.now().getTime();
  const minute = Math.floor(nowMs / 60_000);
  const key = rateKey(scope.orgId, minute);
  const p = deps.redis.pipeline();
  p.incr(key);
  p.expire(key, 120);
  const [count] = (await p.exec()) as [number, number];
  if (count > perMinute)
    throw new AiRateLimited(Math.max(1, Math.ceil(((minute + 1) * 60_000 - nowMs) / 1000)));
}

/**
 * Spent tokens plus what the calls in flight hold, checked and the new hold added in one step (a
 * script: two calls can't both see the same remainder). -1: spent; 0: the rest is held; 1: admitted.
 */
const holdScript = `
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', ARGV[1])
local used = tonumber(redis.call('HGET', KEYS[1], 'tokens') or '0')
if used >= tonumber(ARGV[2]) then return -1 end
local held = 0
for _, m in ipairs(redis.call('ZRANGE', KEYS[2], 0, -1)) do
  held = held + tonumber(string.match(m, ':(%d+)$'))
end
if held > 0 and used + held >= tonumber(ARGV[2]) then return 0 end
redis.call('ZADD', KEYS[2], ARGV[1] + ARGV[3], ARGV[4])
redis.call('PEXPIRE', KEYS[2], ARGV[3] * 2)
return 1`;

export interface BudgetHold {
  release(): Promise<void>;
}

/**
 * Admit one call that may cost about `estimate` tokens: AiBudgetExhausted once the month's tokens have
 * reached the budget, AiBudgetHeld while the calls in flight hold the rest. Release the hold when the
 * call has recorded its real cost (or failed).
 */
export async function holdBudget(
  deps: UsageDeps,
  scope: TenantScope,
  budget: number,
  callId: string,
  estimate: number,
): Promise<BudgetHold> {
  const now = deps.now();
  const month = monthOf(now);
  const key = heldKey(scope.orgId, month);
  const member = `${callId}:${Math.max(1, Math.ceil(estimate))}`;
  const admitted = Number(
    await deps.redis.eval(
      holdScript,
      [usageKey(scope.orgId, month), key],
      [String(now.getTime()), String(budget), String(holdMs), member],
    ),
  );
  if (admitted === -1)
    throw new AiBudgetExhausted(
      Math.max(1, Math.ceil((nextMonthStart(now).getTime() - now.getTime()) / 1000)),
    );
  if (admitted === 0) throw new AiBudgetHeld(heldRetrySeconds);
  return {
    release: async () => {
      await deps.redis.zrem(key, member);
    },
  };
}

export async function recordUsage(deps: UsageDeps, scope: TenantScope, usage: TokenUsage) {
  const key = usageKey(scope.orgId, monthOf(deps.now()));
  const p = deps.redis.pipeline();
  p.hincrby(key, 'tokens', usage.totalTokens);
  p.hincrby(key, 'requests', 1);
  p.expire(key, usageTtlSeconds);
  await p.exec();
}

export async function usageOf(
  deps: UsageDeps,
  scope: TenantScope,
  settings: { budget: number; configured: boolean },
): Promise<AiUsage> {
  const now = deps.now();
  const month = monthOf(now);
  const row = (await deps.redis.hgetall<Record<string, string | number>>(usageKey(scope.orgId, month))) ?? {};
  const tokensUsed = Number(row.tokens ?? 0);
  return {
    configured: settings.configured,
    month,
    tokensUsed,
    budget: settings.budget,
    remaining: Math.max(0, settings.budget - tokensUsed),
    requests: Number(row.requests ?? 0),
    resetsAt: nextMonthStart(now).toISOString(),
  };
}
