import { aiOutputSchemas, networkTextLimits } from '@mewayz/contracts';
import { auditLog } from '@mewayz/db/schema';
import {
  createTestOrg,
  failureOf,
  nodeDeps,
  type OpenAIStandin,
  standinModel,
  startOpenAIStandin,
} from '@mewayz/testing';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type AiDeps, generate, usage } from './generate.ts';
import { openAIProvider } from './provider.ts';
import type { AiSettings } from './settings.ts';
import { holdBudget } from './usage.ts';

/**
 * The AI assist in core against the OpenAI stand-in through the real `openai` SDK (structured output,
 * streaming, moderation), with usage and limits in Redis through the run's Upstash gateway.
 */
let standin: OpenAIStandin;
const apiKey = 'sk-core-ai-test';

beforeAll(async () => {
  standin = await startOpenAIStandin({ port: 0, apiKey, chunkDelayMs: 1 });
});
afterAll(() => standin.close());
beforeEach(() => standin.reset());

function aiDeps(
  overrides: Partial<AiSettings> = {},
  providerOpts: { timeoutMs?: number; maxRetries?: number } = {},
) {
  const provider = openAIProvider({
    apiKey,
    baseUrl: standin.baseUrl,
    model: standinModel,
    moderationModel: 'omni-moderation-latest',
    timeoutMs: providerOpts.timeoutMs ?? 5000,
    maxRetries: providerOpts.maxRetries ?? 0,
  });
  const ai: AiSettings = { provider, monthlyTokenBudget: 100_000, ratePerMinute: 50, ...overrides };
  return { ...nodeDeps(), ai } satisfies AiDeps;
}

/** The same deps with the moderation check seen (or replaced) by the test. */
function withCheck(deps: ReturnType<typeof aiDeps>, check: (texts: string[]) => Promise<boolean>) {
  const provider = deps.ai.provider!;
  return {
    ...deps,
    ai: {
      ...deps.ai,
      provider: { model: provider.model, structured: provider.structured.bind(provider), flagged: check },
    },
  };
}

const bioRequest = {
  task: 'bio',
  brief: 'Ceramics studio in Lisbon teaching wheel throwing to beginners',
  tone: 'friendly',
};

describe('AI assist', () => {
  it('writes every task as structured output that its schema accepts, and counts the tokens', async () => {
    const deps = aiDeps();
    const scope = await createTestOrg(deps);
    let total = 0;
    for (const task of Object.keys(aiOutputSchemas) as (keyof typeof aiOutputSchemas)[]) {
      const result = await generate(deps, scope, {
        task,
        brief: 'Sourdough baking classes for busy parents',
      });
      expect(aiOutputSchemas[task].parse(result.output)).toEqual(result.output);
      expect(result.source).toBe('standin');
      expect(result.usage.totalTokens).toBe(result.usage.promptTokens + result.usage.completionTokens);
      total += result.usage.totalTokens;
    }
    const used = await usage(deps, scope);
    expect(used).toMatchObject({ configured: true, tokensUsed: total, requests: 7, budget: 100_000 });
    expect(used.remaining).toBe(100_000 - total);
    // Every call went through structured output and was moderated before and after.
    const calls = standin.requests();
    expect(calls.filter((c) => c.endpoint === 'chat').every((c) => c.structured && c.stream)).toBe(true);
    expect(calls.filter((c) => c.endpoint === 'moderations')).toHaveLength(14);
  });

  it('keeps captions within each network’s post length', async () => {
    const deps = aiDeps();
    const scope = await createTestOrg(deps);
    const result = await generate(deps, scope, {
      task: 'captions',
      brief: 'Launching my new watercolour landscapes print series this weekend '.repeat(10),
    });
    const out = aiOutputSchemas.captions.parse(result.output);
    for (const [network, limits] of Object.entries(networkTextLimits)) {
      const { caption, hashtags } = out[network as keyof typeof out];
      const post = [caption, ...hashtags].join(' ');
      expect([...new Intl.Segmenter().segment(post)].length).toBeLessThanOrEqual(limits.post);
      expect(hashtags.every((h) => h.startsWith('#'))).toBe(true);
    }
    expect(out.bluesky.caption.toLowerCase()).toMatch(/watercolour|landscapes|print/);
  });

  it('streams partial answers before the final one, each shown only after the moderation check passed on it', async () => {
    const deps = aiDeps();
    const checked: string[] = [];
    const watched = withCheck(deps, async (texts) => {
      const bad = await deps.ai.provider!.flagged(texts);
      checked.push(...texts);
      return bad;
    });
    const scope = await createTestOrg(deps);
    const partials: string[] = [];
    const checkedWhenShown: boolean[] = [];
    const result = await generate(watched, scope, bioRequest, {
      onPartial: (p) => {
        const bio = String((p as { bio?: string }).bio ?? '');
        partials.push(bio);
        checkedWhenShown.push(checked.includes(bio));
      },
    });
    expect(partials.length).toBeGreaterThan(0);
    expect(checkedWhenShown.every(Boolean)).toBe(true);
    const final = String(result.output.bio);
    // Each partial is a prefix of the final bio.
    expect(partials.filter((p) => !final.startsWith(p))).toEqual([]);
  });

  it('stops showing partials once the check flags one, and refuses the answer', async () => {
    const deps = aiDeps();
    let shownAfterFlag = 0;
    let flaggedOnce = false;
    // A check that flags any text past 40 characters: the answer turns bad as it grows.
    const strict = withCheck(deps, async (texts) => {
      const bad = texts.some((t) => t.length > 40 && !t.includes('Ceramics studio'));
      if (bad) flaggedOnce = true;
      return bad;
    });
    const scope = await createTestOrg(deps);
    const shown: string[] = [];
    const err = await generate(strict, scope, bioRequest, {
      onPartial: (p) => {
        if (flaggedOnce) shownAfterFlag++;
        shown.push(String((p as { bio?: string }).bio ?? ''));
      },
    }).catch((e) => e);
    expect([err.status, err.code]).toEqual([422, 'ai_output_flagged']);
    expect(flaggedOnce).toBe(true);
    expect(shownAfterFlag).toBe(0);
    expect(shown.every((t) => t.length <= 40)).toBe(true);
  });

  it('lets concurrent calls spend what is left of the budget only one at a time', async () => {
    const deps = aiDeps({ monthlyTokenBudget: 120 });
    const scope = await createTestOrg(deps);
    const results = await Promise.all(
      Array.from({ length: 4 }, () =>
        generate(deps, scope, bioRequest).then(
          (g) => ['ok', g.usage.totalTokens] as const,
          (e) => [e.code as string, e.retryAfterSeconds as number] as const,
        ),
      ),
    );
    const ok = results.filter(([code]) => code === 'ok');
    expect(ok).toHaveLength(1);
    expect(results.filter(([code]) => code === 'ai_budget_held').map(([, after]) => after)).toEqual([
      5, 5, 5,
    ]);
    // Only the one admitted call was paid for; its hold is gone, so the next call is judged on what was spent.
    expect((await usage(deps, scope)).tokensUsed).toBe(ok[0]![1]);
    const next = await generate(deps, scope, bioRequest).catch((e) => e);
    expect(next.code ?? 'ok').toBe(ok[0]![1] >= 120 ? 'ai_budget_exhausted' : 'ok');
  });

  it('frees the hold of a call whose Worker died mid-answer after five minutes', async () => {
    let now = new Date('2026-12-10T12:00:00Z');
    const deps = { ...aiDeps({ monthlyTokenBudget: 120 }), now: () => now };
    const scope = await createTestOrg(deps);
    // A call admitted and never finished: its hold is the whole remainder.
    await holdBudget(deps, scope, 120, 'crashed-call', 2000);
    expect((await failureOf(generate(deps, scope, bioRequest)))[1]).toBe('ai_budget_held');
    now = new Date(now.getTime() + 5 * 60_000 + 1000);
    await expect(generate(deps, scope, bioRequest)).resolves.toMatchObject({ task: 'bio' });
  });

  it('refuses past the monthly budget with 429 ai_budget_exhausted, per organization', async () => {
    const deps = aiDeps({ monthlyTokenBudget: 120 });
    const [scope, other] = [await createTestOrg(deps), await createTestOrg(deps)];
    await generate(deps, scope, bioRequest);
    const used = (await usage(deps, scope)).tokensUsed;
    expect(used).toBeGreaterThan(0);
    // One more call may still cross the line; after that the month is closed.
    while ((await usage(deps, scope)).tokensUsed < 120) await generate(deps, scope, bioRequest);
    const before = standin.requests().length;
    expect(await failureOf(generate(deps, scope, bioRequest))).toEqual([
      429,
      'ai_budget_exhausted',
      undefined,
    ]);
    const err = await generate(deps, scope, bioRequest).catch((e) => e);
    expect(err.retryAfterSeconds).toBeGreaterThan(0);
    expect(standin.requests().length).toBe(before);
    expect((await usage(deps, scope)).remaining).toBe(0);
    // Another workspace's budget is its own.
    expect((await usage(deps, other)).tokensUsed).toBe(0);
    await expect(generate(deps, other, bioRequest)).resolves.toMatchObject({ task: 'bio' });
  });

  it('limits generations per minute per organization with 429 ai_rate_limited', async () => {
    const deps = aiDeps({ ratePerMinute: 2 });
    const [scope, other] = [await createTestOrg(deps), await createTestOrg(deps)];
    await generate(deps, scope, bioRequest);
    await generate(deps, scope, bioRequest);
    const err = await generate(deps, scope, bioRequest).catch((e) => e);
    expect([err.status, err.code]).toEqual([429, 'ai_rate_limited']);
    expect(err.retryAfterSeconds).toBeGreaterThan(0);
    expect(err.retryAfterSeconds).toBeLessThanOrEqual(60);
    await expect(generate(deps, other, bioRequest)).resolves.toMatchObject({ task: 'bio' });
  });

  it('turns provider failures into typed 4xx errors, never a 5xx', async () => {
    const deps = aiDeps({}, { timeoutMs: 1000 });
    const scope = await createTestOrg(deps);
    standin.fail({ kind: 'rate_limit', retryAfterSeconds: 9 });
    const busy = await generate(deps, scope, bioRequest).catch((e) => e);
    expect([busy.status, busy.code, busy.retryAfterSeconds]).toEqual([429, 'ai_provider_busy', 9]);

    standin.fail({ kind: 'server_error' });
    expect(await failureOf(generate(deps, scope, bioRequest))).toEqual([
      424,
      'ai_provider_unavailable',
      undefined,
    ]);

    standin.fail({ kind: 'slow', delayMs: 4000 });
    expect(await failureOf(generate(deps, scope, bioRequest))).toEqual([
      424,
      'ai_provider_timeout',
      undefined,
    ]);

    standin.fail({ kind: 'invalid_json' });
    expect(await failureOf(generate(deps, scope, bioRequest))).toEqual([424, 'ai_invalid_output', undefined]);

    standin.fail({ kind: 'refusal' });
    expect(await failureOf(generate(deps, scope, bioRequest))).toEqual([422, 'ai_refused', undefined]);

    // The flag waits for the moderation of the answer: the request's own check passes first.
    standin.fail({ kind: 'flagged' });
    const inputFlag = await failureOf(generate(deps, scope, bioRequest));
    expect(inputFlag).toEqual([422, 'ai_input_flagged', undefined]);
    expect(await failureOf(generate(deps, scope, { task: 'bio', brief: 'standin:flag my pottery' }))).toEqual(
      [422, 'ai_input_flagged', undefined],
    );

    const unreachable = aiDeps();
    const closed = await startOpenAIStandin({ port: 0 });
    await closed.close();
    const gone = {
      ...unreachable,
      ai: {
        ...unreachable.ai,
        provider: openAIProvider({
          apiKey,
          baseUrl: closed.baseUrl,
          model: 'm',
          moderationModel: 'm',
          timeoutMs: 2000,
          maxRetries: 0,
        }),
      },
    };
    expect(await failureOf(generate(gone, scope, bioRequest))).toEqual([
      424,
      'ai_provider_unavailable',
      undefined,
    ]);
  });

  it('flags an answer that fails moderation after it was written, and still counts its tokens', async () => {
    const deps = aiDeps();
    const scope = await createTestOrg(deps);
    // Two moderation calls per generation: the request's passes, the answer's is flagged.
    standin.fail({ kind: 'flagged', skip: 1 });
    expect(await failureOf(generate(deps, scope, bioRequest))).toEqual([422, 'ai_output_flagged', undefined]);
    expect(standin.requests().map((r) => `${r.endpoint}:${r.fault ?? 'ok'}`)).toEqual([
      'moderations:ok',
      'chat:ok',
      'moderations:flagged',
    ]);
    expect((await usage(deps, scope)).tokensUsed).toBeGreaterThan(0);
  });

  it('writes each generation to the audit log when told who asked', async () => {
    const deps = aiDeps();
    const scope = await createTestOrg(deps);
    const result = await generate(deps, scope, bioRequest, {
      actor: { userId: null, requestId: 'req_ai_audit' },
    });
    const rows = await scope.list(auditLog, eq(auditLog.action, 'ai.generated'));
    expect(rows.map((r) => [r.requestId, r.metadata])).toEqual([
      ['req_ai_audit', { task: 'bio', tokens: result.usage.totalTokens, source: 'standin' }],
    ]);
  });

  it('reports itself as not configured without a provider, and rejects an invalid request with 422', async () => {
    const deps = { ...nodeDeps(), ai: { provider: null, monthlyTokenBudget: 1000, ratePerMinute: 5 } };
    const scope = await createTestOrg(deps);
    expect(await failureOf(generate(deps, scope, bioRequest))).toEqual([409, 'ai_not_configured', undefined]);
    expect((await usage(deps, scope)).configured).toBe(false);
    const configured = aiDeps();
    expect(await failureOf(generate(configured, scope, { task: 'poem', brief: 'x' }))).toEqual([
      422,
      'validation_failed',
      'invalid_value',
    ]);
    expect((await failureOf(generate(configured, scope, { task: 'bio', brief: '' })))[1]).toBe(
      'validation_failed',
    );
  });
});
