import { type EdgeHarness, startEdge } from '@mewayz/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * When the edge itself fails — here MySQL and Redis are unreachable, so no site can be resolved — a
 * visitor gets a short apology with the request id to quote (never a stack trace, never cached), and
 * the same id is on the answer's header for the logs.
 */
let edge: EdgeHarness;
beforeAll(async () => {
  edge = await startEdge({
    edgeVars: { DATABASE_URL: 'http://root:x@127.0.0.1:9', REDIS_URL: 'http://127.0.0.1:9' },
  });
});
afterAll(() => edge?.dispose());

describe('the edge with its data plane down', () => {
  it('answers a site page with a plain 500 that names its request id', async () => {
    const res = await edge.fetch('http://nobody-home.mewayz.localhost/');
    const body = await res.text();
    expect(res.status).toBe(500);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const id = res.headers.get('x-request-id');
    expect(id).toMatch(/^req_[0-9a-z]{26}$/);
    expect(body).toContain(`Request id: ${id}`);
    expect(body).not.toMatch(/at |Error:|127\.0\.0\.1/);
  });
});
