import { createTestOrg, nodeDeps } from '@mewayz/testing';
import { describe, expect, it } from 'vitest';
import type { AppError } from '../errors.ts';
import { lookupShortLink, shortLinkKey } from './lookup.ts';
import {
  createShortLink,
  deleteShortLink,
  getShortLink,
  listShortLinks,
  updateShortLink,
} from './service.ts';

const deps = nodeDeps();
const actor = { userId: null, requestId: 'req_test' };

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    return (e as AppError).code;
  }
  return 'no error';
}

describe('short links service', () => {
  it('creates with a random code and caches the target for the edge', async () => {
    const scope = await createTestOrg(deps);
    const link = await createShortLink(deps, scope, actor, {
      url: 'https://example.com/a',
      passQuery: true,
      active: true,
    });
    expect(link.code).toMatch(/^[A-Za-z0-9]{7}$/);
    expect(link.shortUrl).toBe(`http://mewayz.localhost/${link.code}`);
    const cached = await deps.redis.get<{ url: string; organizationId: string }>(
      shortLinkKey(link.domain, link.code),
    );
    expect(cached).toMatchObject({ url: 'https://example.com/a', organizationId: scope.orgId });
  });

  it('keeps custom codes unique per domain (case-insensitively), reserved and valid', async () => {
    const a = await createTestOrg(deps);
    const b = await createTestOrg(deps);
    const code = `Promo-${Math.random().toString(36).slice(2, 8)}`;
    await createShortLink(deps, a, actor, {
      url: 'https://example.com',
      code,
      passQuery: true,
      active: true,
    });
    expect(
      await codeOf(
        createShortLink(deps, b, actor, { url: 'https://example.com', code, passQuery: true, active: true }),
      ),
    ).toBe('conflict');
    expect(
      await codeOf(
        createShortLink(deps, b, actor, {
          url: 'https://example.com',
          code: code.toLowerCase(),
          passQuery: true,
          active: true,
        }),
      ),
    ).toBe('conflict');
    expect(
      await codeOf(
        createShortLink(deps, b, actor, {
          url: 'https://example.com',
          code: 'API',
          passQuery: true,
          active: true,
        }),
      ),
    ).toBe('conflict');
    expect(
      await codeOf(
        createShortLink(deps, b, actor, {
          url: 'https://example.com',
          code: 'a/b',
          passQuery: true,
          active: true,
        }),
      ),
    ).toBe('validation_failed');
    expect(
      await codeOf(
        createShortLink(deps, b, actor, { url: 'javascript:alert(1)', passQuery: true, active: true }),
      ),
    ).toBe('validation_failed');
  });

  it('updates and deletes, refreshing the edge cache; the code stays reserved', async () => {
    const scope = await createTestOrg(deps);
    const other = await createTestOrg(deps);
    const link = await createShortLink(deps, scope, actor, {
      url: 'https://example.com/1',
      passQuery: true,
      active: true,
    });
    expect(await codeOf(getShortLink(deps, other, link.id))).toBe('not_found');
    expect(await codeOf(updateShortLink(deps, other, actor, link.id, { url: 'https://evil.example' }))).toBe(
      'not_found',
    );
    await updateShortLink(deps, scope, actor, link.id, { url: 'https://example.com/2', active: false });
    expect(await lookupShortLink(deps, link.domain, link.code)).toMatchObject({
      url: 'https://example.com/2',
      active: false,
    });
    expect(
      await codeOf(
        updateShortLink(deps, scope, actor, link.id, {
          startsAt: '2030-01-02T00:00:00Z',
          expiresAt: '2030-01-01T00:00:00Z',
        }),
      ),
    ).toBe('validation_failed');
    await deleteShortLink(deps, scope, actor, link.id);
    expect(await deps.redis.get(shortLinkKey(link.domain, link.code))).toEqual({ missing: true });
    expect(await lookupShortLink(deps, link.domain, link.code)).toBeNull();
    expect((await listShortLinks(deps, scope, { page: 1, perPage: 10 })).total).toBe(0);
    expect(
      await codeOf(
        createShortLink(deps, other, actor, {
          url: 'https://example.com',
          code: link.code,
          passQuery: true,
          active: true,
        }),
      ),
    ).toBe('conflict');
  });

  it('never lets a lookup write back a row older than what a change stored meanwhile', async () => {
    const scope = await createTestOrg(deps);
    const link = await createShortLink(deps, scope, actor, {
      url: 'https://old.example.com/',
      passQuery: false,
      active: true,
    });
    const key = shortLinkKey(link.domain, link.code);
    await deps.redis.del(key);
    // A click misses Redis and reads the row; before it writes the row back, an update stores a
    // newer target (simulated by storing it when the click's Redis read answers).
    const racing = {
      ...deps,
      redis: new Proxy(deps.redis, {
        get(target, prop, receiver) {
          if (prop !== 'get') return Reflect.get(target, prop, receiver);
          return async (k: string) => {
            const value = await target.get(k);
            await target.set(k, JSON.stringify({ ...link, url: 'https://new.example.com/' }));
            return value;
          };
        },
      }),
    };
    expect((await lookupShortLink(racing, link.domain, link.code))?.url).toBe('https://old.example.com/');
    expect(await deps.redis.get(key)).toMatchObject({ url: 'https://new.example.com/' });
  });
});
