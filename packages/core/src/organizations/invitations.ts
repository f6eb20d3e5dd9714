import { invitations, memberships, organizations, type Role } from '@mewayz/db/schema';
import { and, desc, eq, gt, isNull } from 'drizzle-orm';
import { recordAudit } from '../audit/record.ts';
import { sha256Hex } from '../crypto/hash.ts';
import { randomToken } from '../crypto/random.ts';
import { dbOf } from '../data/db-handle.ts';
import { isDuplicateKey } from '../data/mysql-errors.ts';
import { AppError, Conflict, Forbidden, Gone, NotFound } from '../errors.ts';
import { invitationMessage } from '../identity/emails.ts';
import type { IdentityDeps } from '../identity/identity-deps.ts';
import { findUserByEmail, findUserById, normaliseEmail } from '../identity/users.ts';
import { assertId, newId } from '../ids.ts';
import { trustOrgId } from '../tenancy/org-id.ts';
import { forTenant, type TenantScope } from '../tenancy/scope.ts';
import { transactionWithEvents } from '../webhooks/outbox.ts';
import { actingRole, getMember, type MemberActor, type Page } from './organizations.ts';
import { mayActOn } from './permissions.ts';

export const INVITATION_TTL_SECONDS = 60 * 60 * 24 * 7;

type InvitationRow = typeof invitations.$inferSelect;

export function invitationView(row: InvitationRow, now: Date) {
  const status: 'accepted' | 'revoked' | 'expired' | 'pending' = row.acceptedAt
    ? 'accepted'
    : row.revokedAt
      ? 'revoked'
      : row.expiresAt <= now
        ? 'expired'
        : 'pending';
  return {
    id: row.id,
    email: row.email,
    role: row.role,
    status,
    invitedBy: row.invitedBy,
    expiresAt: row.expiresAt.toISOString(),
    createdAt: row.createdAt.toISOString(),
  };
}
export type InvitationView = ReturnType<typeof invitationView>;

/**
 * Invite someone by email with a role (at most the inviter's own). The mailed token is single-use,
 * expires in 7 days and is stored only as its SHA-256. Returns the token too, for the operator CLI
 * and tests; the API never shows it.
 */
export async function createInvitation(
  deps: IdentityDeps,
  scope: TenantScope,
  actor: MemberActor & { userId: string },
  input: { email: string; role: Role },
) {
  const inviterRole = await actingRole(scope, actor);
  if (inviterRole && !mayActOn(inviterRole, input.role))
    throw new Forbidden('You cannot invite someone to a role above your own.');
  const email = normaliseEmail(input.email);
  const existing = await findUserByEmail(dbOf(deps), email);
  if (existing && (await scope.first(memberships, eq(memberships.userId, existing.id)))) {
    throw new Conflict('This person is already a member.', [
      { path: 'email', message: 'already a member', code: 'already_member' },
    ]);
  }
  const token = randomToken(32);
  const id = newId('invitation');
  const now = deps.now();
  const tokenHash = await sha256Hex(token);
  await scope.transaction(async (tx) => {
    await tx.insert(invitations, {
      id,
      email,
      role: input.role,
      tokenHash,
      invitedBy: actor.userId,
      expiresAt: new Date(now.getTime() + INVITATION_TTL_SECONDS * 1000),
    });
    await recordAudit(tx, actor, {
      action: 'invitation.created',
      targetType: 'invitation',
      targetId: id,
      metadata: { email, role: input.role },
    });
  });
  // Mailed after the commit: an email never names an invitation that does not exist.
  const [org] = await dbOf(deps)
    .select({ name: organizations.name })
    .from(organizations)
    .where(eq(organizations.id, scope.orgId));
  const msg = invitationMessage(
    org?.name ?? 'an organization',
    input.role,
    `${deps.appUrl}/invitations/accept?token=${encodeURIComponent(token)}`,
  );
  await deps.mailer.send({ to: email, organizationId: scope.orgId, ...msg });
  const row = await scope.first(invitations, eq(invitations.id, id));
  return { invitation: invitationView(row!, now), token };
}

export async function listInvitations(deps: Pick<IdentityDeps, 'now'>, scope: TenantScope, page: Page) {
  const pending = and(
    isNull(invitations.acceptedAt),
    isNull(invitations.revokedAt),
    gt(invitations.expiresAt, deps.now()),
  );
  const [rows, total] = await Promise.all([
    scope.list(invitations, pending, {
      orderBy: desc(invitations.createdAt),
      limit: page.perPage,
      offset: (page.page - 1) * page.perPage,
    }),
    scope.count(invitations, pending),
  ]);
  return { items: rows.map((r) => invitationView(r, deps.now())), total };
}

/** Withdraw a pending invitation; its link stops working. */
export async function revokeInvitation(
  deps: Pick<IdentityDeps, 'now'>,
  scope: TenantScope,
  actor: MemberActor,
  invitationId: string,
) {
  assertId('invitation', invitationId);
  const row = await scope.first(invitations, eq(invitations.id, invitationId));
  if (!row) throw new NotFound('Invitation');
  const role = await actingRole(scope, actor);
  if (role && !mayActOn(role, row.role))
    throw new Forbidden('You cannot manage an invitation above your own role.');
  await scope.transaction(async (tx) => {
    if (!row.acceptedAt && !row.revokedAt) {
      await tx.update(invitations, { revokedAt: deps.now() }, eq(invitations.id, invitationId));
    }
    await recordAudit(tx, actor, {
      action: 'invitation.revoked',
      targetType: 'invitation',
      targetId: invitationId,
    });
  });
}

/**
 * Accept an invitation as the signed-in user `userId`, whose email must be the invited one. The token
 * works once; an expired or revoked one answers 410.
 */
export async function acceptInvitation(
  deps: IdentityDeps,
  userId: string,
  token: string,
  ctx: { requestId?: string | null } = {},
) {
  if (!token || token.length > 100)
    throw new AppError('invalid_token', 400, 'This invitation link is not valid.');
  const [row] = await dbOf(deps)
    .select()
    .from(invitations)
    .where(eq(invitations.tokenHash, await sha256Hex(token)))
    .limit(1);
  if (!row) throw new AppError('invalid_token', 400, 'This invitation link is not valid.');
  if (row.acceptedAt || row.revokedAt) throw new Gone('This invitation was already used or withdrawn.');
  if (row.expiresAt <= deps.now()) throw new Gone('This invitation has expired.');
  const user = await findUserById(deps, userId);
  if (!user) throw new NotFound('User');
  if (user.email !== row.email) throw new Forbidden('This invitation was sent to another email address.');
  // The token was proven; the organization it names is the one the user may join.
  const scope = forTenant(dbOf(deps), trustOrgId(row.organizationId));
  // One transaction: the token is used, the membership exists and `member.joined` is recorded together.
  try {
    await transactionWithEvents(deps, scope, async (tx, emit) => {
      const used = await tx.update(
        invitations,
        { acceptedAt: deps.now() },
        and(eq(invitations.id, row.id), isNull(invitations.acceptedAt), isNull(invitations.revokedAt)),
      );
      if (used !== 1) throw new Gone('This invitation was already used or withdrawn.');
      await tx.insert(memberships, { userId, role: row.role });
      await recordAudit(
        tx,
        { userId, requestId: ctx.requestId },
        {
          action: 'invitation.accepted',
          targetType: 'invitation',
          targetId: row.id,
          metadata: { role: row.role },
        },
      );
      await emit('member.joined', () => getMember(deps, tx, userId));
    });
  } catch (err) {
    if (!isDuplicateKey(err)) throw err;
    throw new Conflict('You are already a member of this organization.');
  }
  return { organizationId: row.organizationId, role: row.role };
}
