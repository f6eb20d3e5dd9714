import type { AiUsage } from '@mewayz/contracts';
import type { CoreDeps } from '../deps.ts';
import type { TenantScope } from '../tenancy/scope.ts';
import { AiBudgetExhausted, AiRateLimited } from './errors.ts';
import type { TokenUsage } from './provider.ts';

/**
 * An organization's AI use in Redis: a hash per calendar month (UTC) with its tokens and requests,
 * and a counter per minute for the rate limit. Keys carry the organization id from its tenant scope,
 * so one workspace's use never counts against another's. The budget is checked before a call and the
 * call's real cost added after it: one call may take a month a little past its budget, none after it.
 */
type UsageDeps = Pick<CoreDeps, 'redis' | 'now'>;

export const monthOf = (d: Date) => d.toISOString().slice(0, 7);
const usageKey = (orgId: string, month: string) => `ai:usage:${orgId}:${month}`;
const rateKey = (orgId: string, minute: number) => `ai:rate:${orgId}:${minute}`;
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

/** AiBudgetExhausted when this month's tokens have reached the budget. */
export async function assertBudgetLeft(deps: UsageDeps, scope: TenantScope, budget: number) {
  const now = deps.now();
  const used = Number((await deps.redis.hget(usageKey(scope.orgId, monthOf(now)), 'tokens')) ?? 0);
  if (used >= budget)
    throw new AiBudgetExhausted(
      Math.max(1, Math.ceil((nextMonthStart(now).getTime() - now.getTime()) / 1000)),
    );
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
