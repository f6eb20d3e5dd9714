import { Conflict, RateLimited } from '@mewayz/core';
import { Hono } from 'hono';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import type { ApiEnv } from './api-env.ts';
import { onApiError } from './errors.ts';

/** The error mapper in isolation (the workerd tests exercise it through real routes). */
function app(thrown: () => never) {
  const a = new Hono<ApiEnv>();
  a.use(async (c, next) => {
    c.set('requestId', 'req_unit');
    c.set('routeName', 'unit.route');
    await next();
  });
  a.get('/', () => thrown());
  a.onError(onApiError);
  return a;
}

afterEach(() => vi.restoreAllMocks());

describe('onApiError', () => {
  it('maps AppErrors to their status and code, with Retry-After for rate limits', async () => {
    const conflict = await app(() => {
      throw new Conflict('Taken.', [{ path: 'slug', message: 'taken' }]);
    }).request('/');
    expect(conflict.status).toBe(409);
    expect(await conflict.json()).toMatchObject({
      success: false,
      message: 'Taken.',
      error: { code: 'conflict', details: [{ path: 'slug' }] },
      meta: { request_id: 'req_unit' },
    });
    const limited = await app(() => {
      throw new RateLimited(17);
    }).request('/');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('17');
  });

  it('turns zod errors into 422 validation_failed with details', async () => {
    const res = await app(() => {
      z.object({ name: z.string() }).parse({ name: 1 });
      throw new Error('unreachable');
    }).request('/');
    expect(res.status).toBe(422);
    expect(await res.json()).toMatchObject({
      error: { code: 'validation_failed', details: [{ path: 'name' }] },
    });
  });

  it('hides unexpected errors behind 500 internal_error and logs them with the request id', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const res = await app(() => {
      throw new Error('db password is hunter2');
    }).request('/');
    expect(res.status).toBe(500);
    const body = await res.json();
    expect(body).toMatchObject({
      success: false,
      error: { code: 'internal_error' },
      meta: { request_id: 'req_unit' },
    });
    expect(JSON.stringify(body)).not.toContain('hunter2');
    const line = JSON.parse(String(logged.mock.calls[0]![0]));
    expect(line).toMatchObject({
      level: 'error',
      request_id: 'req_unit',
      route: 'unit.route',
      error: { name: 'Error', message: 'db password is hunter2' },
    });
  });
});
