import { createTenant, type EdgeHarness, startEdge, type Tenant } from '@mewayz/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from './helpers.ts';

let edge: EdgeHarness;
let t: Tenant;

beforeAll(async () => {
  edge = await startEdge({ edgeVars: { API_RATE_LIMIT_PER_TOKEN: '3', API_RATE_LIMIT_PER_IP: '6' } });
  t = await createTenant(edge.deps, 'Limited org');
});
afterAll(() => edge?.dispose());

const hex = () => Math.floor(Math.random() * 0xffff).toString(16);
/** A client in its own /64 (IPv6 clients are limited per /64). */
const ip = () => `2001:db8:${hex()}:${hex()}::${hex()}`;

// Miniflare sets CF-Connecting-IP (loopback) on every dispatched request, so the no-header case is
// covered by the unit test next to the middleware (`src/api/middleware/rate-limit.test.ts`).
describe('rate limits', () => {
  it('limits per token with RateLimit-* headers and answers 429 with Retry-After', async () => {
    const headers = { 'cf-connecting-ip': ip() };
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push(await call(edge, 'GET', '/me', { token: t.token, headers }));
    expect(answers.slice(0, 3).map((a) => a.status)).toEqual([200, 200, 200]);
    expect(answers[0]!.headers.get('ratelimit-limit')).toBe('3');
    expect(answers[0]!.headers.get('ratelimit-remaining')).toBe('2');
    expect(Number(answers[0]!.headers.get('ratelimit-reset'))).toBeGreaterThanOrEqual(0);
    const limited = answers[3]!;
    expect(limited.status).toBe(429);
    expect(limited.body).toMatchObject({ success: false, error: { code: 'rate_limited' } });
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(limited.headers.get('ratelimit-remaining')).toBe('0');
    // Another token of the same tenant has its own budget.
    const other = await createTenant(edge.deps, 'Other limited');
    expect(
      (await call(edge, 'GET', '/me', { token: other.token, headers: { 'cf-connecting-ip': ip() } })).status,
    ).toBe(200);
  });

  it('limits per client IP before authentication', async () => {
    const headers = { 'cf-connecting-ip': ip() };
    const statuses = [];
    for (let i = 0; i < 7; i++) statuses.push((await call(edge, 'GET', '/me', { headers })).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 401, 429]);
    expect((await call(edge, 'GET', '/me', { headers: { 'cf-connecting-ip': ip() } })).status).toBe(401);
  });

  it('keys IPv6 clients by their /64, so rotating addresses inside it does not reset the budget', async () => {
    const net = `2001:db8:${hex()}:${hex()}`;
    const statuses = [];
    for (let i = 0; i < 7; i++)
      statuses.push(
        (await call(edge, 'GET', '/me', { headers: { 'cf-connecting-ip': `${net}::${i + 1}` } })).status,
      );
    expect(statuses).toEqual([401, 401, 401, 401, 401, 401, 429]);
  });
});
