import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createPublishedSite, createTestOrg, nodeDeps } from '@mewayz/testing';
import { describe, expect, it } from 'vitest';
import type { AppError } from '../errors.ts';
import { loadSnapshotForHost } from '../sites/load-for-host.ts';
import { dohResolver, fakeResolver, parseDohAnswer, parseTxtData, setFakeTxtRecords } from './resolvers.ts';
import { addDomain, getDomain, removeDomain, verifyDomain } from './service.ts';

const deps = nodeDeps();
const actor = { userId: null, requestId: 'req_test' };
const resolver = fakeResolver(deps.redis);

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    return (e as AppError).code;
  }
  return 'no error';
}
const host = () => `links-${Math.random().toString(36).slice(2, 10)}.example.com`;

describe('custom domains', () => {
  it('normalises, refuses platform hosts and garbage, and is unique platform-wide', async () => {
    const scope = await createTestOrg(deps);
    const other = await createTestOrg(deps);
    const { site } = await createPublishedSite(deps, scope);
    const h = host();
    const d = await addDomain(deps, scope, actor, { siteId: site.id, hostname: `${h.toUpperCase()}.` });
    expect(d.hostname).toBe(h);
    expect(d.status).toBe('pending');
    expect(d.dnsRecords[0]).toEqual({
      type: 'TXT',
      name: `_mewayz.${h}`,
      value: expect.stringMatching(/^mewayz-verify=[0-9a-f]{32}$/),
    });
    expect(d.dnsRecords[1]).toEqual({ type: 'CNAME', name: h, value: 'mewayz.localhost' });
    for (const bad of [
      'mewayz.localhost',
      'evil.mewayz.localhost',
      'localhost',
      '127.0.0.1',
      'a/b.example.com',
      'x@y.example.com',
      'nodot',
    ]) {
      expect(await codeOf(addDomain(deps, scope, actor, { siteId: site.id, hostname: bad }))).toBe(
        'validation_failed',
      );
    }
    const otherSite = await createPublishedSite(deps, other);
    expect(await codeOf(addDomain(deps, other, actor, { siteId: otherSite.site.id, hostname: h }))).toBe(
      'conflict',
    );
    expect(await codeOf(addDomain(deps, other, actor, { siteId: site.id, hostname: host() }))).toBe(
      'not_found',
    );
    expect(await codeOf(getDomain(deps, other, d.id))).toBe('not_found');
  });

  it('verifies by TXT record through the resolver, serves the site there, and stops on removal', async () => {
    const scope = await createTestOrg(deps);
    const { site } = await createPublishedSite(deps, scope);
    const d = await addDomain(deps, scope, actor, { siteId: site.id, hostname: host() });
    const failed = await verifyDomain(deps, scope, actor, d.id, resolver);
    expect(failed.status).toBe('failed');
    expect(failed.lastError).toMatch(/not found/);
    expect(await deps.redis.get(`site:${d.hostname}`)).toBeNull();

    await setFakeTxtRecords(deps.redis, d.dnsRecords[0]!.name, ['v=spf1 -all', d.dnsRecords[0]!.value]);
    const ok = await verifyDomain(deps, scope, actor, d.id, resolver);
    expect(ok.status).toBe('verified');
    const snap = await deps.redis.get<{ siteId: string; customDomains: string[] }>(`site:${d.hostname}`);
    expect(snap).toMatchObject({ siteId: site.id, customDomains: [d.hostname] });

    await removeDomain(deps, scope, actor, d.id);
    // Offline at once: a short-lived "no site" marker (a late write-back cannot replace it).
    expect(await deps.redis.get(`site:${d.hostname}`)).toEqual({ missing: true });
    expect((await loadSnapshotForHost(deps, d.hostname)).snapshot).toBeNull();
    expect(await codeOf(getDomain(deps, scope, d.id))).toBe('not_found');
  });
});

describe('DNS-over-HTTPS resolver', () => {
  it('reads TXT answers from the JSON API and joins split strings', async () => {
    const server = createServer((req, res) => {
      const url = new URL(req.url!, 'http://x');
      expect(req.headers.accept).toBe('application/dns-json');
      const name = url.searchParams.get('name');
      const body =
        name === '_mewayz.ok.example'
          ? {
              Status: 0,
              Answer: [
                { name, type: 16, data: '"mewayz-verify=" "abc"' },
                { name, type: 5, data: 'x.' },
              ],
            }
          : { Status: 3 };
      res.writeHead(200, { 'content-type': 'application/dns-json' }).end(JSON.stringify(body));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const doh = dohResolver({
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/dns-query`,
      });
      expect(await doh.txt('_mewayz.ok.example')).toEqual(['mewayz-verify=abc']);
      expect(await doh.txt('_mewayz.missing.example')).toEqual([]);
    } finally {
      await new Promise<void>((r) => server.close(() => r()));
    }
    expect(parseTxtData('"a\\"b"')).toBe('a"b');
  });

  it('reads CNAME answers (lower-case, no root dot) and only the asked type from an alias chain', async () => {
    const seen: string[] = [];
    const server = createServer((req, res) => {
      const url = new URL(req.url!, 'http://x');
      seen.push(`${url.searchParams.get('type')} ${url.searchParams.get('name')}`);
      const body =
        url.searchParams.get('name') === 'bounces.ok.example'
          ? { Status: 0, Answer: [{ name: 'bounces.ok.example', type: 5, data: 'Bounces.Mewayz.COM.' }] }
          : { Status: 3, Authority: [] };
      res.writeHead(200, { 'content-type': 'application/dns-json' }).end(JSON.stringify(body));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const doh = dohResolver({
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/dns-query`,
      });
      expect(await doh.cname('bounces.ok.example')).toEqual(['bounces.mewayz.com']);
      expect(await doh.cname('bounces.missing.example')).toEqual([]);
      expect(seen).toEqual(['CNAME bounces.ok.example', 'CNAME bounces.missing.example']);
    } finally {
      await new Promise<void>((r) => server.close(() => r()));
    }
    // A TXT query of an alias answers the CNAME first, then the target's TXT strings (split by the provider).
    const chain = {
      Status: 0,
      Answer: [
        { type: 5, data: 'sel._domainkey.provider.example.' },
        { type: 16, data: '"v=DKIM1; k=rsa; p=MIIB" "IjAN"' },
      ],
    };
    expect(parseDohAnswer(chain, 'TXT')).toEqual(['v=DKIM1; k=rsa; p=MIIBIjAN']);
    expect(parseDohAnswer(chain, 'CNAME')).toEqual(['sel._domainkey.provider.example']);
    expect(() => parseDohAnswer({ Status: 2 }, 'CNAME')).toThrow(/status 2/);
  });
});
