import { hasControlCharacters } from '@mewayz/contracts';
import { apiTokens, memberships, type Role } from '@mewayz/db/schema';
import { and, desc, eq, isNull } from 'drizzle-orm';
import { recordAudit } from '../audit/record.ts';
import { sha256Hex } from '../crypto/hash.ts';
import { randomString } from '../crypto/random.ts';
import { type DB, dbOf, type HasDb } from '../data/db-handle.ts';
import type { Actor, CoreDeps } from '../deps.ts';
import { Forbidden, NotFound, ValidationFailed } from '../errors.ts';
import { assertId, newId } from '../ids.ts';
import {
  actingRole,
  findMembershipRole,
  type MemberActor,
  type Page,
} from '../organizations/organizations.ts';
import { isScope, mayActOn, roleCan, type Scope, scopePermissions } from '../organizations/permissions.ts';
import { trustOrgId } from '../tenancy/org-id.ts';
import { forTenant, type TenantScope } from '../tenancy/scope.ts';

/**
 * API tokens: `mwz_<40 random base62>` secrets, shown once. Stored are the SHA-256 of the whole
 * secret and a visible prefix (`mwz_` + 8 characters) to recognise a token in lists and logs.
 */
export const TOKEN_PREFIX = 'mwz_';
const secretAlphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const secretPattern = /^mwz_[A-Za-z0-9]{40}$/;

type TokenRow = typeof apiTokens.$inferSelect;

export function apiTokenView(row: TokenRow, now: Date) {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    scopes: row.scopes,
    createdBy: row.createdBy,
    expiresAt: row.expiresAt?.toISOString() ?? null,
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
    active: !row.revokedAt && (!row.expiresAt || row.expiresAt > now),
    createdAt: row.createdAt.toISOString(),
  };
}
export type ApiTokenView = ReturnType<typeof apiTokenView>;

export interface CreateApiTokenInput {
  name: string;
  scopes: string[];
  expiresAt?: string | Date | null;
}

/**
 * Create a token for `createdBy` in the organization. Its scopes must be ones the creator's role can
 * back (`creatorRole`), and — when created through another token — a subset of that token's scopes.
 * Returns the view and the secret, the only time it exists in clear.
 */
export async function createApiToken(
  deps: Pick<CoreDeps, 'now'>,
  scope: TenantScope,
  actor: Actor & { userId: string },
  creatorRole: Role,
  input: CreateApiTokenInput,
  opts: { withinScopes?: readonly string[] } = {},
): Promise<{ token: ApiTokenView; secret: string }> {
  const name = input.name.trim();
  if (!name || name.length > 120 || hasControlCharacters(name)) {
    throw new ValidationFailed('The token name is not valid.', [
      { path: 'name', message: '1–120 characters' },
    ]);
  }
  const scopes = [...new Set(input.scopes)];
  const unknown = scopes.filter((s) => !isScope(s));
  if (scopes.length === 0 || unknown.length) {
    throw new ValidationFailed('Unknown or missing scopes.', [
      { path: 'scopes', message: unknown.length ? `unknown: ${unknown.join(', ')}` : 'at least one scope' },
    ]);
  }
  const beyondRole = scopes.filter((s) => !roleCan(creatorRole, scopePermissions[s as Scope]));
  const beyondToken = opts.withinScopes ? scopes.filter((s) => !opts.withinScopes!.includes(s)) : [];
  if (beyondRole.length || beyondToken.length) {
    throw new Forbidden(
      `You cannot grant scopes you do not hold: ${[...new Set([...beyondRole, ...beyondToken])].join(', ')}.`,
    );
  }
  const now = deps.now();
  const expiresAt = input.expiresAt ? new Date(input.expiresAt) : null;
  if (expiresAt && (Number.isNaN(expiresAt.getTime()) || expiresAt <= now)) {
    throw new ValidationFailed('The expiry must be in the future.', [
      { path: 'expiresAt', message: 'must be in the future' },
    ]);
  }
  const secret = `${TOKEN_PREFIX}${randomString(40, secretAlphabet)}`;
  const id = newId('token');
  const secretHash = await sha256Hex(secret);
  await scope.transaction(async (tx) => {
    await tx.insert(apiTokens, {
      id,
      createdBy: actor.userId,
      name,
      prefix: secret.slice(0, TOKEN_PREFIX.length + 8),
      secretHash,
      scopes,
      expiresAt,
    });
    await recordAudit(tx, actor, {
      action: 'token.created',
      targetType: 'api_token',
      targetId: id,
      metadata: { scopes, name },
    });
  });
  const row = await scope.first(apiTokens, eq(apiTokens.id, id));
  return { token: apiTokenView(row!, now), secret };
}

export async function listApiTokens(deps: Pick<CoreDeps, 'now'>, scope: TenantScope, page: Page) {
  const [rows, total] = await Promise.all([
    scope.list(apiTokens, undefined, {
      orderBy: [desc(apiTokens.createdAt), desc(apiTokens.id)],
      limit: page.perPage,
      offset: (page.page - 1) * page.perPage,
    }),
    scope.count(apiTokens),
  ]);
  return { items: rows.map((r) => apiTokenView(r, deps.now())), total };
}

export async function getApiToken(deps: Pick<CoreDeps, 'now'>, scope: TenantScope, tokenId: string) {
  assertId('token', tokenId);
  const row = await scope.first(apiTokens, eq(apiTokens.id, tokenId));
  if (!row) throw new NotFound('Token');
  return apiTokenView(row, deps.now());
}

/**
 * Revoke a token; it stops working on the next request. Revoking twice is harmless. One may revoke
 * one's own tokens and those of members at or below one's role — never a token of a member above
 * (a manager cannot cut off the super_admin's integration). A token whose creator left is dead anyway.
 */
export async function revokeApiToken(
  deps: Pick<CoreDeps, 'now'>,
  scope: TenantScope,
  actor: MemberActor,
  tokenId: string,
) {
  assertId('token', tokenId);
  const row = await scope.first(apiTokens, eq(apiTokens.id, tokenId));
  if (!row) throw new NotFound('Token');
  const role = await actingRole(scope, actor);
  if (role && row.createdBy !== actor.userId) {
    const creator = await scope.first(memberships, eq(memberships.userId, row.createdBy));
    if (creator && !mayActOn(role, creator.role)) {
      throw new Forbidden('You cannot revoke a token of a member above your own role.');
    }
  }
  await scope.transaction(async (tx) => {
    await tx.update(
      apiTokens,
      { revokedAt: deps.now() },
      and(eq(apiTokens.id, tokenId), isNull(apiTokens.revokedAt)),
    );
    await recordAudit(tx, actor, { action: 'token.revoked', targetType: 'api_token', targetId: tokenId });
  });
  return getApiToken(deps, scope, tokenId);
}

/** Who a valid token acts for. `organizationId` is a plain string: the caller decides to trust it. */
export interface TokenPrincipal {
  tokenId: string;
  organizationId: string;
  userId: string;
  /** The creator's current role in the organization. */
  role: Role;
  /** The token's own scopes. */
  scopes: Scope[];
  /** Scopes it may use now: its own, cut down to what the creator's current role allows. */
  effectiveScopes: Scope[];
  prefix: string;
  lastUsedAt: Date | null;
}

/**
 * Resolve a bearer secret to its principal: the token must exist (looked up by SHA-256), be neither
 * revoked nor expired, and its creator must still be a member. Null otherwise. Unscoped by nature:
 * the secret is what names the tenant.
 */
export async function authenticateApiToken(
  deps: Pick<CoreDeps, typeof DB | 'now'>,
  secret: string,
): Promise<TokenPrincipal | null> {
  if (!secretPattern.test(secret)) return null;
  const [row] = await dbOf(deps)
    .select()
    .from(apiTokens)
    .where(eq(apiTokens.secretHash, await sha256Hex(secret)))
    .limit(1);
  if (!row || row.revokedAt || (row.expiresAt && row.expiresAt <= deps.now())) return null;
  const role = await findMembershipRole(deps, row.organizationId, row.createdBy);
  if (!role) return null;
  const scopes = row.scopes.filter(isScope);
  const principal: TokenPrincipal = {
    tokenId: row.id,
    organizationId: row.organizationId,
    userId: row.createdBy,
    role,
    scopes,
    effectiveScopes: scopes.filter((s) => roleCan(role, scopePermissions[s])),
    prefix: row.prefix,
    lastUsedAt: row.lastUsedAt,
  };
  authenticated.add(principal);
  return Object.freeze(principal);
}

/** Principals that came out of authenticateApiToken (not hand-built objects). */
const authenticated = new WeakSet<TokenPrincipal>();

/**
 * The tenant scope of an authenticated token: the API's one way to a TenantScope. Refuses any
 * principal that did not come from `authenticateApiToken`, so an organization id read off a request
 * cannot be turned into a scope by building a principal by hand.
 */
export function tenantScopeOf(deps: HasDb, principal: TokenPrincipal): TenantScope {
  if (!authenticated.has(principal))
    throw new Error('tenantScopeOf needs a principal from authenticateApiToken');
  return forTenant(dbOf(deps), trustOrgId(principal.organizationId));
}

/**
 * Record that a token was used. Cheap: at most one database write per token per minute, gated by a
 * Redis key with NX.
 */
export async function touchApiToken(
  deps: Pick<CoreDeps, typeof DB | 'redis' | 'now'>,
  tokenId: string,
): Promise<void> {
  const first = await deps.redis.set(`token-used:${tokenId}`, '1', { nx: true, ex: 60 });
  if (first !== 'OK') return;
  await dbOf(deps).update(apiTokens).set({ lastUsedAt: deps.now() }).where(eq(apiTokens.id, tokenId));
}
