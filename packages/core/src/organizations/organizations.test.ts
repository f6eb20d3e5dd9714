import { apiScopes, roleSchema } from '@mewayz/contracts';
import { auditLog, roles as dbRoles, invitations } from '@mewayz/db/schema';
import { createTestUser, identityDeps, nodeDeps, uniqueEmail } from '@mewayz/testing';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { dbOf } from '../data/db-handle.ts';
import { listOutbox } from '../email/outbox.ts';
import type { AppError } from '../errors.ts';
import { acceptInvitation, createInvitation, listInvitations, revokeInvitation } from './invitations.ts';
import {
  addMember,
  changeMemberRole,
  createOrganization,
  findMembershipRole,
  listMembers,
  listOrganizationsForUser,
  removeMember,
} from './organizations.ts';
import { allScopes, roleCan, rolePermissions, scopesForRole } from './permissions.ts';

const contractRoles = roleSchema.options;

const deps = identityDeps(nodeDeps());

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    return (e as AppError).code;
  }
  return 'no error';
}

describe('roles and permissions table', () => {
  it('keeps the product spec roles and their spec permissions', () => {
    expect(rolePermissions.super_admin).toEqual(['*']);
    for (const p of ['users.manage', 'sites.manage', 'analytics.view'] as const)
      expect(roleCan('admin', p)).toBe(true);
    for (const p of ['sites.manage', 'analytics.view'] as const) expect(roleCan('manager', p)).toBe(true);
    for (const p of ['sites.edit', 'content.manage'] as const) expect(roleCan('editor', p)).toBe(true);
    for (const p of ['analytics.view', 'content.view'] as const) expect(roleCan('viewer', p)).toBe(true);
    for (const p of ['profile.manage', 'own_content.manage'] as const) expect(roleCan('user', p)).toBe(true);
    expect(roleCan('viewer', 'sites.edit')).toBe(false);
    expect(roleCan('editor', 'users.manage')).toBe(false);
  });
  it('uses the same six roles as the database column and the API contracts', () => {
    expect([...contractRoles]).toEqual([...dbRoles]);
    expect(Object.keys(rolePermissions).sort()).toEqual([...dbRoles].sort());
    expect([...apiScopes].sort()).toEqual([...allScopes].sort());
  });

  it('lets viewers hold read scopes only', () => {
    expect(scopesForRole('viewer').every((s) => s.endsWith(':read'))).toBe(true);
    expect(scopesForRole('super_admin')).toContain('tokens:write');
  });
});

describe('organizations and members', () => {
  it('makes the creator super_admin; a user can be in several organizations', async () => {
    const user = await createTestUser(deps);
    const a = await createOrganization(deps, user.id, { name: 'Alpha Co' });
    const b = await createOrganization(deps, user.id, { name: 'Alpha Co' });
    expect(a.organization.slug).not.toBe(b.organization.slug);
    expect(await findMembershipRole(deps, a.organization.id, user.id)).toBe('super_admin');
    const mine = await listOrganizationsForUser(deps, user.id);
    expect(mine.map((o) => o.id).sort()).toEqual([a.organization.id, b.organization.id].sort());
    const audit = await dbOf(deps)
      .select()
      .from(auditLog)
      .where(
        and(eq(auditLog.organizationId, a.organization.id), eq(auditLog.action, 'organization.created')),
      );
    expect(audit[0]?.actorUserId).toBe(user.id);
  });

  it('never removes or demotes the last super_admin/admin', async () => {
    const owner = await createTestUser(deps);
    const { scope } = await createOrganization(deps, owner.id, { name: 'Solo' });
    expect(await codeOf(removeMember(deps, scope, { userId: owner.id, role: 'super_admin' }, owner.id))).toBe(
      'conflict',
    );
    expect(
      await codeOf(
        changeMemberRole(deps, scope, { userId: owner.id, role: 'super_admin' }, owner.id, 'editor'),
      ),
    ).toBe('conflict');
    const second = await createTestUser(deps);
    await addMember(deps, scope, { userId: owner.id, role: 'super_admin' }, second.id, 'admin');
    await changeMemberRole(deps, scope, { userId: owner.id, role: 'super_admin' }, owner.id, 'editor');
    expect(await codeOf(removeMember(deps, scope, { userId: second.id, role: 'admin' }, second.id))).toBe(
      'conflict',
    );
    expect((await listMembers(deps, scope, { page: 1, perPage: 10 })).total).toBe(2);
  });

  it('stops members from managing above their own role', async () => {
    const owner = await createTestUser(deps);
    const { scope } = await createOrganization(deps, owner.id, { name: 'Ranks' });
    const admin = await createTestUser(deps);
    const editor = await createTestUser(deps);
    await addMember(deps, scope, {}, admin.id, 'admin');
    await addMember(deps, scope, {}, editor.id, 'editor');
    const asAdmin = { userId: admin.id, role: 'admin' as const };
    expect(await codeOf(changeMemberRole(deps, scope, asAdmin, editor.id, 'super_admin'))).toBe('forbidden');
    expect(await codeOf(removeMember(deps, scope, asAdmin, owner.id))).toBe('forbidden');
    expect((await changeMemberRole(deps, scope, asAdmin, editor.id, 'manager')).role).toBe('manager');
    await removeMember(deps, scope, asAdmin, editor.id);
    expect(await findMembershipRole(deps, scope.orgId, editor.id)).toBeNull();
  });
});

describe('invitations', () => {
  async function setup() {
    const owner = await createTestUser(deps);
    const { scope } = await createOrganization(deps, owner.id, { name: 'Invites Inc' });
    return { owner, scope, actor: { userId: owner.id, role: 'super_admin' as const } };
  }

  it('mails a single-use token that only the invited address can accept', async () => {
    const { scope, actor } = await setup();
    const invitee = await createTestUser(deps);
    const stranger = await createTestUser(deps);
    await createInvitation(deps, scope, actor, { email: invitee.email.toUpperCase(), role: 'editor' });
    const [mail] = await listOutbox(dbOf(deps), { to: invitee.email });
    expect(mail?.subject).toMatch(/Invites Inc/);
    const token = decodeURIComponent(/token=([^\s&]+)/.exec(mail!.text)![1]!);
    const [row] = await dbOf(deps).select().from(invitations).where(eq(invitations.email, invitee.email));
    expect(row!.tokenHash).not.toBe(token);
    expect(await codeOf(acceptInvitation(deps, stranger.id, token))).toBe('forbidden');
    expect(await acceptInvitation(deps, invitee.id, token)).toEqual({
      organizationId: scope.orgId,
      role: 'editor',
    });
    expect(await findMembershipRole(deps, scope.orgId, invitee.id)).toBe('editor');
    expect(await codeOf(acceptInvitation(deps, invitee.id, token))).toBe('gone');
    expect(await codeOf(acceptInvitation(deps, invitee.id, 'made-up'))).toBe('invalid_token');
  });

  it('expires, can be revoked, refuses roles above the inviter and existing members', async () => {
    const { owner, scope, actor } = await setup();
    const invitee = await createTestUser(deps);
    const { token, invitation } = await createInvitation(deps, scope, actor, {
      email: invitee.email,
      role: 'viewer',
    });
    await dbOf(deps)
      .update(invitations)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(invitations.id, invitation.id));
    expect(await codeOf(acceptInvitation(deps, invitee.id, token))).toBe('gone');

    const second = await createInvitation(deps, scope, actor, { email: invitee.email, role: 'viewer' });
    expect((await listInvitations(deps, scope, { page: 1, perPage: 10 })).items.map((i) => i.id)).toContain(
      second.invitation.id,
    );
    await revokeInvitation(deps, scope, actor, second.invitation.id);
    expect(await codeOf(acceptInvitation(deps, invitee.id, second.token))).toBe('gone');

    const editor = await createTestUser(deps);
    await addMember(deps, scope, {}, editor.id, 'editor');
    expect(
      await codeOf(
        createInvitation(
          deps,
          scope,
          { userId: editor.id, role: 'editor' },
          { email: uniqueEmail(), role: 'admin' },
        ),
      ),
    ).toBe('forbidden');
    expect(await codeOf(createInvitation(deps, scope, actor, { email: owner.email, role: 'viewer' }))).toBe(
      'conflict',
    );
  });
});
