import { apiTokens } from '@mewayz/db/schema';
import { createTestUser, nodeDeps } from '@mewayz/testing';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../crypto/hash.ts';
import { dbOf } from '../data/db-handle.ts';
import type { AppError } from '../errors.ts';
import {
  addMember,
  changeMemberRole,
  createOrganization,
  removeMember,
} from '../organizations/organizations.ts';
import {
  authenticateApiToken,
  createApiToken,
  listApiTokens,
  revokeApiToken,
  touchApiToken,
} from './api-tokens.ts';

const deps = nodeDeps();

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    return (e as AppError).code;
  }
  return 'no error';
}

async function org() {
  const owner = await createTestUser(deps);
  const { scope } = await createOrganization(deps, owner.id, { name: 'Token org' });
  return { owner, scope };
}

describe('API tokens', () => {
  it('shows the secret once and stores only its hash and a visible prefix', async () => {
    const { owner, scope } = await org();
    const { token, secret } = await createApiToken(deps, scope, { userId: owner.id }, 'super_admin', {
      name: 'CI',
      scopes: ['sites:read', 'sites:read'],
    });
    expect(secret).toMatch(/^mwz_[A-Za-z0-9]{40}$/);
    expect(token.prefix).toBe(secret.slice(0, 12));
    expect(token.scopes).toEqual(['sites:read']);
    const [row] = await dbOf(deps).select().from(apiTokens).where(eq(apiTokens.id, token.id));
    expect(row!.secretHash).toBe(await sha256Hex(secret));
    expect(JSON.stringify(row)).not.toContain(secret.slice(12));
    const listed = await listApiTokens(deps, scope, { page: 1, perPage: 10 });
    expect(JSON.stringify(listed)).not.toContain(secret);
  });

  it('authenticates until revoked or expired', async () => {
    const { owner, scope } = await org();
    const { token, secret } = await createApiToken(deps, scope, { userId: owner.id }, 'super_admin', {
      name: 'a',
      scopes: ['links:read'],
    });
    const p = await authenticateApiToken(deps, secret);
    expect(p).toMatchObject({
      tokenId: token.id,
      organizationId: scope.orgId,
      userId: owner.id,
      role: 'super_admin',
      effectiveScopes: ['links:read'],
    });
    // One character off (never the same character: a secret may well end in 'x').
    const tampered = `${secret.slice(0, -1)}${secret.endsWith('x') ? 'y' : 'x'}`;
    expect(await authenticateApiToken(deps, tampered)).toBeNull();
    expect(await authenticateApiToken(deps, 'Bearer nonsense')).toBeNull();
    await revokeApiToken(deps, scope, { userId: owner.id }, token.id);
    expect(await authenticateApiToken(deps, secret)).toBeNull();

    const soon = await createApiToken(deps, scope, { userId: owner.id }, 'super_admin', {
      name: 'b',
      scopes: ['links:read'],
      expiresAt: new Date(Date.now() + 60_000),
    });
    expect(await authenticateApiToken(deps, soon.secret)).not.toBeNull();
    expect(
      await authenticateApiToken({ ...deps, now: () => new Date(Date.now() + 120_000) }, soon.secret),
    ).toBeNull();
    expect(
      await codeOf(
        createApiToken(deps, scope, { userId: owner.id }, 'super_admin', {
          name: 'c',
          scopes: ['links:read'],
          expiresAt: new Date(Date.now() - 1),
        }),
      ),
    ).toBe('validation_failed');
  });

  it('never exceeds the creator: scopes beyond the role are refused, and a later demotion cuts them', async () => {
    const { owner, scope } = await org();
    const member = await createTestUser(deps);
    await addMember(deps, scope, {}, member.id, 'manager');
    expect(
      await codeOf(
        createApiToken(deps, scope, { userId: member.id }, 'viewer', { name: 'x', scopes: ['sites:write'] }),
      ),
    ).toBe('forbidden');
    expect(
      await codeOf(
        createApiToken(deps, scope, { userId: member.id }, 'manager', {
          name: 'x',
          scopes: ['nonsense:scope'],
        }),
      ),
    ).toBe('validation_failed');
    expect(
      await codeOf(
        createApiToken(
          deps,
          scope,
          { userId: member.id },
          'manager',
          { name: 'x', scopes: ['sites:write'] },
          { withinScopes: ['sites:read'] },
        ),
      ),
    ).toBe('forbidden');
    const { secret } = await createApiToken(deps, scope, { userId: member.id }, 'manager', {
      name: 'x',
      scopes: ['sites:read', 'sites:write'],
    });
    await changeMemberRole(deps, scope, { userId: owner.id }, member.id, 'viewer');
    expect((await authenticateApiToken(deps, secret))?.effectiveScopes).toEqual(['sites:read']);
    await removeMember(deps, scope, { userId: owner.id }, member.id);
    expect(await authenticateApiToken(deps, secret)).toBeNull();
  });

  it('records last use at most once a minute', async () => {
    const { owner, scope } = await org();
    const { token } = await createApiToken(deps, scope, { userId: owner.id }, 'super_admin', {
      name: 't',
      scopes: ['links:read'],
    });
    const t1 = new Date('2026-01-01T00:00:00Z');
    await touchApiToken({ ...deps, now: () => t1 }, token.id);
    await touchApiToken({ ...deps, now: () => new Date('2026-01-01T00:00:30Z') }, token.id);
    const [row] = await dbOf(deps).select().from(apiTokens).where(eq(apiTokens.id, token.id));
    expect(row!.lastUsedAt?.toISOString()).toBe(t1.toISOString());
  });
});
