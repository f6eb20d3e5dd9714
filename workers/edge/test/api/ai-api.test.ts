import { aiOutputSchemas } from '@mewayz/contracts';
import { addMemberWithToken, createTenant, type EdgeHarness, startEdge, type Tenant } from '@mewayz/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from './helpers.ts';

/**
 * `/api/v1/ai/*` in workerd: the edge's AI assist through the real `openai` SDK against the stand-in,
 * its scopes, its usage per organization, and its limits as 4xx with Retry-After.
 */
let edge: EdgeHarness;
let bare: EdgeHarness;
let owner: Tenant;
let other: Tenant;

beforeAll(async () => {
  [edge, bare] = await Promise.all([
    startEdge({ openai: true, edgeVars: { AI_MONTHLY_TOKEN_BUDGET: '600', AI_RATE_LIMIT_PER_MINUTE: '50' } }),
    startEdge(),
  ]);
  [owner, other] = await Promise.all([
    createTenant(edge.deps, 'AI API'),
    createTenant(edge.deps, 'AI other'),
  ]);
});
afterAll(async () => {
  await Promise.all([edge?.dispose(), bare?.dispose()]);
});

describe('AI API', () => {
  it('writes captions as the task’s structured output and counts them in the month’s usage', async () => {
    const res = await call(edge, 'POST', '/ai/generations', {
      token: owner.token,
      body: { task: 'captions', brief: 'Launching hand-thrown mugs on Saturday', tone: 'playful' },
    });
    expect(res.status, res.text).toBe(200);
    const generation = res.body.data;
    expect(generation).toMatchObject({ task: 'captions', source: 'standin' });
    expect(aiOutputSchemas.captions.parse(generation.output)).toEqual(generation.output);
    const usage = await call(edge, 'GET', '/ai/usage', { token: owner.token });
    expect(usage.body.data).toMatchObject({
      configured: true,
      budget: 600,
      tokensUsed: generation.usage.totalTokens,
      requests: 1,
    });
    // Another organization's usage is its own.
    expect((await call(edge, 'GET', '/ai/usage', { token: other.token })).body.data.tokensUsed).toBe(0);
  });

  it('needs ai:write to generate, and a role that may edit', async () => {
    const readOnly = await addMemberWithToken(edge.deps, owner, 'editor', { scopes: ['ai:read'] });
    const res = await call(edge, 'POST', '/ai/generations', {
      token: readOnly.token,
      body: { task: 'bio', brief: 'x' },
    });
    expect([res.status, res.body.error.code]).toEqual([403, 'forbidden']);
    expect((await call(edge, 'GET', '/ai/usage', { token: readOnly.token })).status).toBe(200);
  });

  it('answers 422 for a bad request and 424/422 for provider failures and refusals, never a 5xx', async () => {
    const bad = await call(edge, 'POST', '/ai/generations', {
      token: other.token,
      body: { task: 'sonnet', brief: '' },
    });
    expect([bad.status, bad.body.error.code]).toEqual([422, 'validation_failed']);
    // The SDK retries a 5xx twice: three failures in a row reach the caller.
    edge.openai!.fail({ kind: 'server_error' }, 3);
    const down = await call(edge, 'POST', '/ai/generations', {
      token: other.token,
      body: { task: 'bio', brief: 'Pottery' },
    });
    expect([down.status, down.body.error.code]).toEqual([424, 'ai_provider_unavailable']);
    edge.openai!.fail({ kind: 'refusal' });
    const refused = await call(edge, 'POST', '/ai/generations', {
      token: other.token,
      body: { task: 'bio', brief: 'Pottery' },
    });
    expect([refused.status, refused.body.error.code]).toEqual([422, 'ai_refused']);
  });

  it('stops at the monthly budget with 429 ai_budget_exhausted and Retry-After to the next month', async () => {
    let last = await call(edge, 'POST', '/ai/generations', {
      token: owner.token,
      body: { task: 'course_outline', brief: 'Wheel throwing for beginners' },
    });
    for (let i = 0; i < 10 && last.status === 200; i++)
      last = await call(edge, 'POST', '/ai/generations', {
        token: owner.token,
        body: { task: 'course_outline', brief: 'Wheel throwing for beginners' },
      });
    expect([last.status, last.body.error.code]).toEqual([429, 'ai_budget_exhausted']);
    const wait = Number(last.headers.get('retry-after'));
    const now = new Date();
    const nextMonth = Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1);
    expect(Math.abs(wait - (nextMonth - now.getTime()) / 1000)).toBeLessThan(60);
    expect((await call(edge, 'GET', '/ai/usage', { token: owner.token })).body.data.remaining).toBe(0);
  });

  it('reports itself as not configured without a provider key', async () => {
    const tenant = await createTenant(bare.deps, 'No AI');
    const res = await call(bare, 'POST', '/ai/generations', {
      token: tenant.token,
      body: { task: 'bio', brief: 'x' },
    });
    expect([res.status, res.body.error.code]).toEqual([409, 'ai_not_configured']);
    expect((await call(bare, 'GET', '/ai/usage', { token: tenant.token })).body.data.configured).toBe(false);
  });
});
