import { createTestUser, identityDeps, nodeDeps } from '@mewayz/testing';
import { describe, expect, it } from 'vitest';
import { addMember, changeMemberRole, createOrganization } from '../organizations/organizations.ts';
import { auditActors, listAuditLog } from './list.ts';
import { recordAudit } from './record.ts';

const deps = identityDeps(nodeDeps());

async function workspace() {
  const alice = await createTestUser(deps, { name: 'Alice Rivera' });
  const bob = await createTestUser(deps, { name: 'Bob Stone' });
  const { scope } = await createOrganization(deps, alice.id, { name: 'Audit Co' });
  const actor = { userId: alice.id, role: 'super_admin' as const };
  await addMember(deps, scope, actor, bob.id, 'editor');
  await changeMemberRole(deps, scope, actor, bob.id, 'manager');
  return { alice, bob, scope };
}

describe('listAuditLog', () => {
  it('pages newest first and names the people it mentions, former members included', async () => {
    const { alice, bob, scope } = await workspace();
    for (let i = 0; i < 5; i++)
      await recordAudit(scope, { userId: bob.id }, { action: 'link.created', metadata: { code: `c${i}` } });
    const first = await listAuditLog(deps, scope, {}, { page: 1, perPage: 3 });
    expect(first.total).toBeGreaterThanOrEqual(8);
    expect(first.items).toHaveLength(3);
    expect(first.items.map((e) => e.action)).toEqual(['link.created', 'link.created', 'link.created']);
    const all = await listAuditLog(deps, scope, {}, { page: 1, perPage: 50 });
    const change = all.items.find((e) => e.action === 'member.role_changed')!;
    expect(change.metadata).toEqual({ from: 'editor', to: 'manager' });
    expect(all.people[change.actorUserId!]?.name).toBe('Alice Rivera');
    expect(all.people[change.targetId!]?.name).toBe('Bob Stone');
    expect(all.people[alice.id]).toBeDefined();
  });

  it('filters by person, by action or family, and by a date range', async () => {
    const { alice, bob, scope } = await workspace();
    await recordAudit(scope, { userId: bob.id }, { action: 'link.created' });
    const byBob = await listAuditLog(deps, scope, { actorUserId: bob.id }, { page: 1, perPage: 50 });
    expect(byBob.items.map((e) => e.action)).toEqual(['link.created']);
    const members = await listAuditLog(deps, scope, { action: 'member' }, { page: 1, perPage: 50 });
    expect(members.items.map((e) => e.action).sort()).toEqual(['member.added', 'member.role_changed']);
    const exact = await listAuditLog(deps, scope, { action: 'member.added' }, { page: 1, perPage: 50 });
    expect(exact.total).toBe(1);
    // A family name is not a pattern: `%` matches nothing.
    expect((await listAuditLog(deps, scope, { action: '%' }, { page: 1, perPage: 50 })).total).toBe(0);
    const past = await listAuditLog(
      deps,
      scope,
      { from: new Date('2020-01-01'), to: new Date('2020-02-01') },
      { page: 1, perPage: 50 },
    );
    expect(past.total).toBe(0);
    const now = await listAuditLog(
      deps,
      scope,
      { from: new Date(Date.now() - 3_600_000), to: new Date(Date.now() + 3_600_000) },
      { page: 1, perPage: 50 },
    );
    expect(now.total).toBe(byBob.total + members.total + 1);
    const actors = await auditActors(deps, scope);
    expect(actors.map((a) => a.name)).toEqual(['Alice Rivera', 'Bob Stone']);
    expect(actors.map((a) => a.id)).toEqual([alice.id, bob.id]);
  });

  it('never shows another workspace’s entries', async () => {
    const one = await workspace();
    const two = await workspace();
    const seen = await listAuditLog(deps, two.scope, { actorUserId: one.alice.id }, { page: 1, perPage: 50 });
    expect(seen.total).toBe(0);
  });
});
