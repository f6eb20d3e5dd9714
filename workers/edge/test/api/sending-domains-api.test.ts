import { setFakeCnameRecord, setFakeTxtRecords } from '@mewayz/core';
import { createTenant, type EdgeHarness, startEdge, type Tenant } from '@mewayz/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from './helpers.ts';

let edge: EdgeHarness;
let t: Tenant;
beforeAll(async () => {
  edge = await startEdge({
    edgeVars: { API_RATE_LIMIT_PER_IP: '100000', API_RATE_LIMIT_PER_TOKEN: '100000' },
  });
  t = await createTenant(edge.deps, 'Sending API org');
}, 180_000);
afterAll(() => edge?.dispose());

describe('sending domains over the API (in workerd)', () => {
  it('creates a domain with its records, verifies it record by record, and gates the From address on it', async () => {
    const domain = `mail-${Math.random().toString(36).slice(2, 8)}.example.com`;
    const created = await call(edge, 'POST', '/sending-domains', { token: t.token, body: { domain } });
    expect(created.status, created.text).toBe(201);
    const d = created.body.data;
    expect(d).toMatchObject({ domain, status: 'pending' });
    expect(d.records.map((r: { kind: string }) => r.kind)).toEqual(['spf', 'dkim', 'dmarc', 'return_path']);
    // The key pair was made by workerd's WebCrypto.
    expect(d.records[1].value).toMatch(/^v=DKIM1; k=rsa; p=MII[A-Za-z0-9+/=]{380,}$/);

    const settings = (fromAddress: string) =>
      call(edge, 'PUT', '/email-settings', {
        token: t.token,
        body: { postalAddress: '1 Main St, Springfield', fromName: 'Studio', fromAddress },
      });
    const refused = await settings(`news@${domain}`);
    expect(refused.status, refused.text).toBe(422);
    expect(refused.body.error).toMatchObject({
      code: 'sending_domain_unverified',
      details: [{ path: 'fromAddress', code: 'sending_domain_unverified' }],
    });

    const failed = await call(edge, 'POST', `/sending-domains/${d.id}/verify`, { token: t.token });
    expect(failed.body.data.status).toBe('failed');
    expect(failed.body.data.records.map((r: { status: string }) => r.status)).toEqual([
      'failed',
      'failed',
      'failed',
      'failed',
    ]);
    for (const r of d.records as { type: string; name: string; value: string }[])
      if (r.type === 'TXT') await setFakeTxtRecords(edge.deps.redis, r.name, [r.value]);
      else await setFakeCnameRecord(edge.deps.redis, r.name, [r.value]);
    const verified = await call(edge, 'POST', `/sending-domains/${d.id}/verify`, { token: t.token });
    expect(verified.body.data.status).toBe('verified');
    expect(verified.body.data.records.every((r: { status: string }) => r.status === 'ok')).toBe(true);

    const saved = await settings(`news@${domain}`);
    expect(saved.status, saved.text).toBe(200);
    expect(saved.body.data.fromAddress).toBe(`news@${domain}`);
    const listed = await call(edge, 'GET', '/sending-domains', { token: t.token });
    expect(listed.body.data.map((x: { id: string }) => x.id)).toEqual([d.id]);

    const removed = await call(edge, 'DELETE', `/sending-domains/${d.id}`, { token: t.token });
    expect(removed.status).toBe(200);
    expect((await call(edge, 'GET', '/email-settings', { token: t.token })).body.data.fromAddress).toBeNull();
    expect((await call(edge, 'GET', `/sending-domains/${d.id}`, { token: t.token })).status).toBe(404);
  });

  it('answers bad input with a 4xx and a code, never a 5xx', async () => {
    const cases: [string, string, unknown][] = [
      ['POST', '/sending-domains', { domain: '127.0.0.1' }],
      ['POST', '/sending-domains', { domain: 'mewayz.localhost' }],
      ['POST', '/sending-domains', { domain: 'x'.repeat(300) }],
      ['POST', '/sending-domains', { domain: 'mail.example.com', dkim: 'mine' }],
      ['POST', '/sending-domains', {}],
      ['POST', '/sending-domains/sdom_nope/verify', undefined],
      ['DELETE', '/sending-domains/dom_01jd3v6w0m8x9y2z3a4b5c6d7e', undefined],
      ['PUT', '/email-settings', { postalAddress: '1 Main St', fromAddress: 'not-an-address' }],
      ['PUT', '/email-settings', { postalAddress: '1 Main St', fromAddress: 'a@gmail.com' }],
    ];
    for (const [method, path, body] of cases) {
      const res = await call(edge, method, path, { token: t.token, body });
      const label = `${method} ${path} ${JSON.stringify(body)?.slice(0, 60)}`;
      expect(res.status, label).toBeGreaterThanOrEqual(400);
      expect(res.status, label).toBeLessThan(500);
      expect(res.body?.error?.code, label).toMatch(/^[a-z_]+$/);
    }
  });
});
