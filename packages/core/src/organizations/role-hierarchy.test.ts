import { roles } from '@mewayz/db/schema';
import { createTestUser, identityDeps, nodeDeps, uniqueEmail } from '@mewayz/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AppError } from '../errors.ts';
import type { TenantScope } from '../tenancy/scope.ts';
import { createApiToken, revokeApiToken } from '../tokens/api-tokens.ts';
import { createInvitation } from './invitations.ts';
import { addMember, changeMemberRole, createOrganization, removeMember } from './organizations.ts';
import { allScopes, mayActOn, roleCan, roleRank, scopePermissions } from './permissions.ts';

const deps = identityDeps(nodeDeps());
const operator = { userId: null, requestId: 'req_hierarchy' };

/** 'ok' or the error code a call ends with. */
async function outcome(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'ok';
  } catch (e) {
    return (e as AppError).code ?? String(e);
  }
}

let scope: TenantScope;
/** One acting member per role (the organization's creator stays its first super_admin). */
const actors = new Map<(typeof roles)[number], string>();

/** A member with `role` who holds an API token (made while they could, as a demoted creator's would be). */
async function memberWithToken(role: (typeof roles)[number]) {
  const user = await createTestUser(deps);
  await addMember(deps, scope, operator, user.id, 'super_admin');
  const { token } = await createApiToken(deps, scope, { userId: user.id }, 'super_admin', {
    name: 'target',
    scopes: ['sites:read'],
  });
  await changeMemberRole(deps, scope, operator, user.id, role);
  return { userId: user.id, tokenId: token.id };
}

beforeAll(async () => {
  const owner = await createTestUser(deps);
  ({ scope } = await createOrganization(deps, owner.id, { name: 'Hierarchy org' }));
  for (const role of roles) {
    const user = await createTestUser(deps);
    await addMember(deps, scope, operator, user.id, role);
    actors.set(role, user.id);
  }
}, 120_000);

const pairs = roles.flatMap((actor) => roles.map((target) => ({ actor, target })));

describe('no one acts on a member, invitation or token above their own role', () => {
  it('states the rule as rank order', () => {
    for (const { actor, target } of pairs)
      expect(mayActOn(actor, target)).toBe(roleRank[target] <= roleRank[actor]);
  });

  // The actor carries only its user id (as the dashboard's may): core reads the role itself.
  it.each(pairs)('$actor on a $target: revoke token, change role, remove', async ({ actor, target }) => {
    const expected = mayActOn(actor, target) ? 'ok' : 'forbidden';
    const who = { userId: actors.get(actor)!, requestId: 'req_pair' };
    const victim = await memberWithToken(target);
    expect(await outcome(revokeApiToken(deps, scope, who, victim.tokenId)), 'revoke token').toBe(expected);
    expect(await outcome(changeMemberRole(deps, scope, who, victim.userId, target)), 'change role').toBe(
      expected,
    );
    expect(await outcome(removeMember(deps, scope, who, victim.userId)), 'remove').toBe(expected);
  });

  it.each(pairs)('$actor grants $target (role change and invitation)', async ({ actor, target }) => {
    const expected = mayActOn(actor, target) ? 'ok' : 'forbidden';
    const who = { userId: actors.get(actor)!, requestId: 'req_pair' };
    const grantee = await createTestUser(deps);
    await addMember(deps, scope, operator, grantee.id, 'user');
    expect(await outcome(changeMemberRole(deps, scope, who, grantee.id, target)), 'promote').toBe(expected);
    const invite = createInvitation(deps, scope, who, { email: uniqueEmail('inv'), role: target });
    expect(await outcome(invite), 'invite').toBe(expected);
  });

  it.each([...roles])('a %s creates tokens only with scopes its role backs', async (actor) => {
    const userId = actors.get(actor)!;
    for (const s of allScopes) {
      const made = createApiToken(deps, scope, { userId }, actor, { name: s, scopes: [s] });
      expect(await outcome(made), s).toBe(roleCan(actor, scopePermissions[s]) ? 'ok' : 'forbidden');
    }
  });
});
