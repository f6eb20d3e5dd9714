import { auditLog } from '@mewayz/db/schema';
import { startCustomHostnamesServer } from '@mewayz/devstack/custom-hostnames';
import { createPublishedSite, createTestOrg, nodeDeps } from '@mewayz/testing';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbOf } from '../data/db-handle.ts';
import {
  CustomHostnameApiError,
  cloudflareCustomHostnames,
  customHostnamesFromVars,
} from './custom-hostnames.ts';
import { fakeResolver, setFakeTxtRecords } from './resolvers.ts';
import { addDomain, getDomain, removeDomain, verifyDomain } from './service.ts';

const actor = { userId: null, requestId: 'req_test' };
const host = () => `shop-${Math.random().toString(36).slice(2, 10)}.example.com`;

let standIn: Awaited<ReturnType<typeof startCustomHostnamesServer>>;
beforeAll(async () => {
  standIn = await startCustomHostnamesServer({ port: 0, apiToken: 'test-cf-token', activateAfterPolls: 2 });
});
afterAll(() => standIn.close());

const api = () =>
  cloudflareCustomHostnames({ zoneId: 'zone-test', apiToken: 'test-cf-token', baseUrl: standIn.url });

describe('Cloudflare custom hostnames over HTTP (local stand-in)', () => {
  it('creates, reads until the certificate is active, adopts a duplicate, and deletes', async () => {
    const h = host();
    const created = await api().create(h);
    expect(created).toMatchObject({
      hostname: h,
      status: 'pending',
      certificateStatus: 'pending_validation',
    });
    expect(created.records).toContainEqual({
      type: 'TXT',
      name: `_cf-custom-hostname.${h}`,
      value: expect.any(String),
    });
    // A retried create (its first answer lost) finds the same hostname instead of failing.
    expect((await api().create(h)).id).toBe(created.id);
    expect((await api().get(created.id)).certificateStatus).toBe('pending_validation');
    const active = await api().get(created.id);
    expect(active).toMatchObject({ status: 'active', certificateStatus: 'active', error: null });
    await api().delete(created.id);
    await api().delete(created.id); // already gone counts as deleted
    const err = await api()
      .get(created.id)
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CustomHostnameApiError);
    expect((err as CustomHostnameApiError).status).toBe(404);
  });

  it('fails with the API error when the token is wrong', async () => {
    const wrong = cloudflareCustomHostnames({ zoneId: 'z', apiToken: 'nope', baseUrl: standIn.url });
    await expect(wrong.create(host())).rejects.toThrow(/10000: Authentication error/);
  });

  it('is chosen by CUSTOM_HOSTNAMES', () => {
    expect(customHostnamesFromVars({})).toBeNull();
    expect(customHostnamesFromVars({ CUSTOM_HOSTNAMES: 'off' })).toBeNull();
    expect(
      customHostnamesFromVars({ CUSTOM_HOSTNAMES: 'local', CUSTOM_HOSTNAMES_API_URL: standIn.url }),
    ).not.toBeNull();
    expect(() => customHostnamesFromVars({ CUSTOM_HOSTNAMES: 'cloudflare' })).toThrow(/CF_ZONE_ID/);
    expect(() => customHostnamesFromVars({ CUSTOM_HOSTNAMES: 'yes' })).toThrow(/cloudflare, local or off/);
  });
});

describe('custom domains with custom hostnames', () => {
  const deps = { ...nodeDeps(), customHostnames: null as ReturnType<typeof api> | null };
  beforeAll(() => {
    deps.customHostnames = api();
  });

  it('adding registers the hostname, verifying refreshes its certificate, removing deletes it', async () => {
    const scope = await createTestOrg(deps);
    const { site } = await createPublishedSite(deps, scope);
    const before = standIn.count();
    const d = await addDomain(deps, scope, actor, { siteId: site.id, hostname: host() });
    expect(standIn.count()).toBe(before + 1);
    expect(d.certificate?.status).toBe('pending_validation');
    // Cloudflare's pre-validation records are offered until the certificate is active.
    expect(d.certificate?.records.map((r) => r.name)).toEqual([
      `_cf-custom-hostname.${d.hostname}`,
      `_acme-challenge.${d.hostname}`,
    ]);

    const resolver = fakeResolver(deps.redis);
    await setFakeTxtRecords(deps.redis, d.dnsRecords[0]!.name, [d.dnsRecords[0]!.value]);
    const first = await verifyDomain(deps, scope, actor, d.id, resolver);
    expect(first.status).toBe('verified');
    expect(first.certificate?.status).toBe('pending_validation');
    const second = await verifyDomain(deps, scope, actor, d.id, resolver);
    expect(second.certificate).toEqual({ status: 'active', records: [] });

    await removeDomain(deps, scope, actor, d.id);
    expect(standIn.count()).toBe(before);
  });

  it('keeps the domain when the API is unreachable, and registers it on the next verification', async () => {
    const scope = await createTestOrg(deps);
    const { site } = await createPublishedSite(deps, scope);
    const down = {
      ...deps,
      customHostnames: cloudflareCustomHostnames({
        zoneId: 'zone-test',
        apiToken: 'test-cf-token',
        baseUrl: 'http://127.0.0.1:9/client/v4',
      }),
    };
    const d = await addDomain(down, scope, actor, { siteId: site.id, hostname: host() });
    expect(d.status).toBe('pending');
    expect(d.certificate).toBeNull();
    expect(d.lastError).toMatch(/^Certificate request failed/);

    const before = standIn.count();
    const v = await verifyDomain(deps, scope, actor, d.id, fakeResolver(deps.redis));
    expect(standIn.count()).toBe(before + 1);
    expect(v.certificate?.status).toBe('pending_validation');
    expect((await getDomain(deps, scope, d.id)).certificate?.status).toBe('pending_validation');

    // Removal succeeds even when the API fails; the leftover hostname is named in the audit log.
    await removeDomain(down, scope, actor, d.id);
    const entries = await dbOf(deps).select().from(auditLog).where(eq(auditLog.targetId, d.id));
    const removed = entries.find((e) => e.action === 'domain.removed');
    expect(JSON.stringify(removed?.metadata)).toMatch(/not deleted/);
  });
});
