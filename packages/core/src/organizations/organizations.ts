import { hasControlCharacters } from '@mewayz/contracts';
import { apiTokens, memberships, organizations, type Role, users } from '@mewayz/db/schema';
import { and, asc, count, eq, inArray, isNull } from 'drizzle-orm';
import { recordAudit } from '../audit/record.ts';
import { randomString } from '../crypto/random.ts';
import type { Db } from '../data/db.ts';
import { type DB, dbOf, type HasDb } from '../data/db-handle.ts';
import { isDuplicateKey } from '../data/mysql-errors.ts';
import type { Actor, CoreDeps } from '../deps.ts';
import { Conflict, Forbidden, NotFound, ValidationFailed } from '../errors.ts';
import { assertId, newId } from '../ids.ts';
import { trustOrgId } from '../tenancy/org-id.ts';
import { forTenant, type TenantScope } from '../tenancy/scope.ts';
import { mayActOn, ownerRoles } from './permissions.ts';

export interface Page {
  page: number;
  perPage: number;
}

type OrgRow = typeof organizations.$inferSelect;

export function organizationView(row: OrgRow) {
  return { id: row.id, name: row.name, slug: row.slug, createdAt: row.createdAt.toISOString() };
}
export type OrganizationView = ReturnType<typeof organizationView>;

/** Who performs a membership change, with their role in the organization (none for operators). */
export interface MemberActor extends Actor {
  /** The acting member's role; undefined for the operator CLI, which may do anything. */
  role?: Role;
}

function slugify(name: string): string {
  const base = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return base.length >= 2 ? base : 'org';
}

function checkName(name: string): string {
  const clean = name.trim();
  if (clean.length < 1 || clean.length > 120 || hasControlCharacters(clean)) {
    throw new ValidationFailed('The organization name is not valid.', [
      { path: 'name', message: '1–120 characters, no control characters' },
    ]);
  }
  return clean;
}

/**
 * Create an organization with `ownerUserId` as its super_admin. Returns it with a scope for it (the
 * creator is its first member, so trust is established here).
 */
export async function createOrganization(
  deps: Pick<CoreDeps, typeof DB>,
  ownerUserId: string,
  input: { name: string; slug?: string },
  actor: Actor = {},
): Promise<{ organization: OrganizationView; scope: TenantScope }> {
  const name = checkName(input.name);
  const [owner] = await dbOf(deps)
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.id, ownerUserId), isNull(users.deletedAt)));
  if (!owner) throw new NotFound('User');
  const id = newId('organization');
  // The organization, its first member and the audit row exist together or not at all: an
  // organization without an owner could never be reached or cleaned up from the dashboard.
  await dbOf(deps).transaction(async (txDb) => {
    let slug = input.slug ?? slugify(name);
    for (let attempt = 0; ; attempt++) {
      try {
        // A duplicate key fails only this statement; the transaction goes on with the next slug.
        await txDb.insert(organizations).values({ id, name, slug });
        break;
      } catch (err) {
        if (!isDuplicateKey(err)) throw err;
        if (input.slug || attempt >= 4)
          throw new Conflict('That organization slug is already taken.', [
            { path: 'slug', message: 'already taken' },
          ]);
        slug = `${slugify(name).slice(0, 32)}-${randomString(6, 'abcdefghijkmnpqrstuvwxyz23456789')}`;
      }
    }
    const tx = forTenant(txDb as unknown as Db, trustOrgId(id));
    await tx.insert(memberships, { userId: ownerUserId, role: 'super_admin' });
    await recordAudit(
      tx,
      { ...actor, userId: actor.userId ?? ownerUserId },
      { action: 'organization.created', targetType: 'organization', targetId: id, metadata: { slug } },
    );
  });
  const scope = forTenant(dbOf(deps), trustOrgId(id));
  const [row] = await dbOf(deps).select().from(organizations).where(eq(organizations.id, id));
  return { organization: organizationView(row!), scope };
}

/** The organization of a scope. */
export async function getOrganization(
  deps: Pick<CoreDeps, typeof DB>,
  scope: TenantScope,
): Promise<OrganizationView> {
  const [row] = await dbOf(deps)
    .select()
    .from(organizations)
    .where(and(eq(organizations.id, scope.orgId), isNull(organizations.deletedAt)));
  if (!row) throw new NotFound('Organization');
  return organizationView(row);
}

export async function updateOrganization(
  deps: Pick<CoreDeps, typeof DB>,
  scope: TenantScope,
  actor: Actor,
  patch: { name?: string },
) {
  const name = patch.name === undefined ? undefined : checkName(patch.name);
  await dbOf(deps).transaction(async (txDb) => {
    if (name !== undefined) {
      await txDb.update(organizations).set({ name }).where(eq(organizations.id, scope.orgId));
    }
    await recordAudit(forTenant(txDb as unknown as Db, scope.orgId), actor, {
      action: 'organization.updated',
      targetType: 'organization',
      targetId: scope.orgId,
      metadata: { fields: Object.keys(patch) },
    });
  });
  return getOrganization(deps, scope);
}

/** The organizations a user belongs to, with their role in each (a user may be in several). */
export async function listOrganizationsForUser(deps: HasDb, userId: string) {
  const rows = await dbOf(deps)
    .select({
      id: organizations.id,
      name: organizations.name,
      slug: organizations.slug,
      createdAt: organizations.createdAt,
      role: memberships.role,
    })
    .from(memberships)
    .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
    .where(and(eq(memberships.userId, userId), isNull(organizations.deletedAt)))
    .orderBy(asc(organizations.name));
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    slug: r.slug,
    createdAt: r.createdAt.toISOString(),
    role: r.role,
  }));
}

/**
 * A user's role in an organization, or null. This is how authentication (sessions, API tokens)
 * establishes that a principal may act in a tenant, so it reads memberships directly.
 */
export async function findMembershipRole(
  deps: HasDb,
  organizationId: string,
  userId: string,
): Promise<Role | null> {
  const [row] = await dbOf(deps)
    .select({ role: memberships.role })
    .from(memberships)
    .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
    .where(
      and(
        eq(memberships.organizationId, organizationId),
        eq(memberships.userId, userId),
        isNull(organizations.deletedAt),
      ),
    )
    .limit(1);
  return row?.role ?? null;
}

// ---- members ----

export function memberView(
  m: { userId: string; role: Role; createdAt: Date },
  u: { email: string; name: string } | undefined,
) {
  return {
    userId: m.userId,
    email: u?.email ?? '',
    name: u?.name ?? '',
    role: m.role,
    joinedAt: m.createdAt.toISOString(),
  };
}
export type MemberView = ReturnType<typeof memberView>;

async function withUsers(db: Db, rows: (typeof memberships.$inferSelect)[]) {
  const ids = rows.map((r) => r.userId);
  const us = ids.length
    ? await db
        .select({ id: users.id, email: users.email, name: users.name })
        .from(users)
        .where(inArray(users.id, ids))
    : [];
  const byId = new Map(us.map((u) => [u.id, u]));
  return rows.map((r) => memberView(r, byId.get(r.userId)));
}

export async function listMembers(deps: Pick<CoreDeps, typeof DB>, scope: TenantScope, page: Page) {
  const [rows, total] = await Promise.all([
    scope.list(memberships, undefined, {
      orderBy: [asc(memberships.createdAt), asc(memberships.userId)],
      limit: page.perPage,
      offset: (page.page - 1) * page.perPage,
    }),
    scope.count(memberships),
  ]);
  return { items: await withUsers(dbOf(deps), rows), total };
}

export async function getMember(
  deps: Pick<CoreDeps, typeof DB>,
  scope: TenantScope,
  userId: string,
): Promise<MemberView> {
  assertId('user', userId, 'Member');
  const row = await scope.first(memberships, eq(memberships.userId, userId));
  if (!row) throw new NotFound('Member');
  return (await withUsers(dbOf(deps), [row]))[0]!;
}

async function ownerCount(scope: TenantScope): Promise<number> {
  const [r] = await scope.aggregate(memberships, { n: count() }, inArray(memberships.role, [...ownerRoles]));
  return Number(r?.n ?? 0);
}

/**
 * The role an actor acts with in this organization: the one it states, else its membership's (read
 * now), so every caller gets the hierarchy rule even when it did not pass a role. Null for the
 * operator CLI (no user), which may do anything. A user who is not a member may do nothing.
 */
export async function actingRole(scope: TenantScope, actor: MemberActor): Promise<Role | null> {
  if (actor.role) return actor.role;
  if (!actor.userId) return null;
  const row = await scope.first(memberships, eq(memberships.userId, actor.userId));
  if (!row) throw new Forbidden('You are not a member of this organization.');
  return row.role;
}

async function assertMayManage(scope: TenantScope, actor: MemberActor, targetRole: Role, newRole?: Role) {
  const role = await actingRole(scope, actor);
  if (!role) return;
  if (!mayActOn(role, targetRole) || (newRole && !mayActOn(role, newRole))) {
    throw new Forbidden('You cannot manage a member or grant a role above your own.');
  }
}

/** Add an existing user to the organization (operator CLI; the API invites instead). */
export async function addMember(
  deps: Pick<CoreDeps, typeof DB>,
  scope: TenantScope,
  actor: MemberActor,
  userId: string,
  role: Role,
) {
  await assertMayManage(scope, actor, role, role);
  const [u] = await dbOf(deps)
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.id, userId), isNull(users.deletedAt)));
  if (!u) throw new NotFound('User');
  await scope.transaction(async (tx) => {
    try {
      await tx.insert(memberships, { userId, role });
    } catch (err) {
      if (isDuplicateKey(err)) throw new Conflict('This user is already a member.');
      throw err;
    }
    await recordAudit(tx, actor, {
      action: 'member.added',
      targetType: 'user',
      targetId: userId,
      metadata: { role },
    });
  });
  return getMember(deps, scope, userId);
}

/** Change a member's role. The organization always keeps at least one super_admin or admin. */
export async function changeMemberRole(
  deps: Pick<CoreDeps, typeof DB>,
  scope: TenantScope,
  actor: MemberActor,
  userId: string,
  role: Role,
) {
  assertId('user', userId, 'Member');
  const current = await scope.first(memberships, eq(memberships.userId, userId));
  if (!current) throw new NotFound('Member');
  await assertMayManage(scope, actor, current.role, role);
  if (current.role === role) return getMember(deps, scope, userId);
  if (ownerRoles.includes(current.role) && !ownerRoles.includes(role) && (await ownerCount(scope)) <= 1) {
    throw new Conflict('The organization needs at least one super_admin or admin.', [], 'conflict');
  }
  await scope.transaction(async (tx) => {
    await tx.update(memberships, { role }, eq(memberships.userId, userId));
    await recordAudit(tx, actor, {
      action: 'member.role_changed',
      targetType: 'user',
      targetId: userId,
      metadata: { from: current.role, to: role },
    });
  });
  return getMember(deps, scope, userId);
}

/**
 * Remove a member (or leave, when `userId` is the actor's own). Their API tokens in this organization
 * are revoked. The last super_admin/admin cannot be removed.
 */
export async function removeMember(
  deps: Pick<CoreDeps, typeof DB | 'now'>,
  scope: TenantScope,
  actor: MemberActor,
  userId: string,
) {
  assertId('user', userId, 'Member');
  const current = await scope.first(memberships, eq(memberships.userId, userId));
  if (!current) throw new NotFound('Member');
  if (actor.userId !== userId) await assertMayManage(scope, actor, current.role);
  // The membership, the member's tokens and the audit row change together: a removed member never
  // keeps a working token, and a failed removal leaves the member as they were.
  await scope.transaction(async (tx) => {
    if (ownerRoles.includes(current.role) && (await ownerCount(tx)) <= 1) {
      throw new Conflict('The last super_admin or admin cannot be removed.');
    }
    await tx.hardDelete(memberships, eq(memberships.userId, userId));
    await tx.update(
      apiTokens,
      { revokedAt: deps.now() },
      and(eq(apiTokens.createdBy, userId), isNull(apiTokens.revokedAt)),
    );
    await recordAudit(tx, actor, {
      action: actor.userId === userId ? 'member.left' : 'member.removed',
      targetType: 'user',
      targetId: userId,
      metadata: { role: current.role },
    });
  });
}

/**
 * The organizations a signed-in user belongs to and the one they work in: `wantedOrgId` (the
 * dashboard's cookie) when they are a member of it, else the first. The memberships are read now, in
 * one query, so a removed member loses access on the next request; the organization id from the
 * request is only a choice among them, never trusted by itself. Null when the user has no workspace.
 */
export async function memberWorkspace(deps: HasDb, userId: string, wantedOrgId: string | null) {
  const orgs = await listOrganizationsForUser(deps, userId);
  const chosen = orgs.find((o) => o.id === wantedOrgId) ?? orgs[0];
  if (!chosen) return null;
  return { orgs, org: chosen, role: chosen.role, scope: forTenant(dbOf(deps), trustOrgId(chosen.id)) };
}
