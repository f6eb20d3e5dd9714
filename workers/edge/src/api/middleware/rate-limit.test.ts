import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import type { ApiEnv } from '../api-env.ts';
import type { ApiDeps } from '../platform.ts';
import { clientIp, ipBucket } from './rate-limit.ts';

async function keyOf(headers: Record<string, string>, trusted?: 'x-real-ip' | 'x-forwarded-for') {
  const app = new Hono<ApiEnv>();
  app.get('/', (c) => {
    c.set('api', { edge: { vars: { API_CLIENT_IP_HEADER: trusted } } } as unknown as ApiDeps);
    return c.text(clientIp(c) ?? 'none');
  });
  const res = await app.request('/', { headers });
  return res.text();
}

describe('the per-IP rate-limit key', () => {
  it('keys IPv4 as is and IPv6 by its /64', () => {
    expect(ipBucket('198.51.100.7')).toBe('v4:198.51.100.7');
    expect(ipBucket('2001:DB8:1:2:aaaa::1')).toBe('v6:2001:db8:1:2::/64');
    expect(ipBucket('2001:db8:1:2:ffff:ffff:ffff:ffff')).toBe('v6:2001:db8:1:2::/64');
    expect(ipBucket('::1')).toBe('v6:0:0:0:0::/64');
    for (const bad of ['unknown', '', '1.2.3', '999.1.1.1', '2001:db8::1::2', 'g::1'])
      expect(ipBucket(bad)).toBeNull();
  });

  it('uses CF-Connecting-IP, a trusted proxy header only when configured, else nothing', async () => {
    expect(await keyOf({ 'cf-connecting-ip': '198.51.100.7', 'x-real-ip': '203.0.113.9' }, 'x-real-ip')).toBe(
      'v4:198.51.100.7',
    );
    expect(await keyOf({ 'x-forwarded-for': '203.0.113.9' })).toBe('none');
    expect(await keyOf({ 'x-forwarded-for': '203.0.113.9, 10.0.0.1' }, 'x-forwarded-for')).toBe(
      'v4:203.0.113.9',
    );
    expect(await keyOf({ 'x-real-ip': '2001:db8:5:6::9' }, 'x-real-ip')).toBe('v6:2001:db8:5:6::/64');
    expect(await keyOf({})).toBe('none');
  });
});
