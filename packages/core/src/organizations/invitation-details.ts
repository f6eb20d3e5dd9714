import { invitations, organizations, users } from '@mewayz/db/schema';
import { eq } from 'drizzle-orm';
import { sha256Hex } from '../crypto/hash.ts';
import { type DB, dbOf } from '../data/db-handle.ts';
import type { IdentityDeps } from '../identity/identity-deps.ts';
import { type InvitationView, invitationView } from './invitations.ts';

export interface InvitationDetails {
  organizationName: string;
  email: string;
  role: InvitationView['role'];
  status: InvitationView['status'];
  expiresAt: string;
  invitedBy: { name: string; email: string } | null;
}

/**
 * What an invitation link offers, for the pages the invitee sees before and after signing in: the
 * workspace, the role and who sent it. Knowing the token is the proof (as for accepting it); an
 * unknown or malformed token is null, like a missing one.
 */
export async function invitationDetails(
  deps: Pick<IdentityDeps, typeof DB | 'now'>,
  token: string,
): Promise<InvitationDetails | null> {
  if (!token || token.length > 100) return null;
  const [row] = await dbOf(deps)
    .select({ invitation: invitations, organizationName: organizations.name })
    .from(invitations)
    .innerJoin(organizations, eq(organizations.id, invitations.organizationId))
    .where(eq(invitations.tokenHash, await sha256Hex(token)))
    .limit(1);
  if (!row) return null;
  const view = invitationView(row.invitation, deps.now());
  const [inviter] = view.invitedBy
    ? await dbOf(deps)
        .select({ name: users.name, email: users.email })
        .from(users)
        .where(eq(users.id, view.invitedBy))
        .limit(1)
    : [];
  return {
    organizationName: row.organizationName,
    email: view.email,
    role: view.role,
    status: view.status,
    expiresAt: view.expiresAt,
    invitedBy: inviter ?? null,
  };
}
