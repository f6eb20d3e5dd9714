import { createTestUser, identityDeps, nodeDeps, uniqueEmail } from '@mewayz/testing';
import { describe, expect, it } from 'vitest';
import { invitationDetails } from './invitation-details.ts';
import { createInvitation, revokeInvitation } from './invitations.ts';
import { createOrganization } from './organizations.ts';

const deps = identityDeps(nodeDeps());

describe('invitationDetails', () => {
  it('tells the workspace, role and inviter of a token, and its status', async () => {
    const alice = await createTestUser(deps, { name: 'Alice Rivera' });
    const { scope } = await createOrganization(deps, alice.id, { name: 'Invite Co' });
    const email = uniqueEmail();
    const { invitation, token } = await createInvitation(
      deps,
      scope,
      { userId: alice.id, role: 'super_admin' },
      { email, role: 'viewer' },
    );
    expect(await invitationDetails(deps, token)).toMatchObject({
      organizationName: 'Invite Co',
      email,
      role: 'viewer',
      status: 'pending',
      invitedBy: { name: 'Alice Rivera', email: alice.email },
    });
    await revokeInvitation(deps, scope, { userId: alice.id, role: 'super_admin' }, invitation.id);
    expect((await invitationDetails(deps, token))?.status).toBe('revoked');
    expect(await invitationDetails(deps, 'not-a-token')).toBeNull();
    expect(await invitationDetails(deps, '')).toBeNull();
  });
});
