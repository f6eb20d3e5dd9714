import { apiTokens, auditLog, products, sites, users } from '@mewayz/db/schema';
import { and, desc, eq, gte, inArray, like, lt, type SQL } from 'drizzle-orm';
import { dbOf, type HasDb } from '../data/db-handle.ts';
import type { TenantScope } from '../tenancy/scope.ts';

export interface AuditFilter {
  /** Only what this user did (directly or through one of their API tokens). */
  actorUserId?: string;
  /** An action code (`member.role_changed`) or a family of them (`member`, `site`). */
  action?: string;
  /** From this instant (inclusive) … */
  from?: Date;
  /** … to this one (exclusive). */
  to?: Date;
}

export interface AuditPerson {
  name: string;
  email: string;
}

export interface AuditRow {
  id: string;
  action: string;
  actorUserId: string | null;
  actorTokenId: string | null;
  targetType: string | null;
  targetId: string | null;
  metadata: Record<string, unknown> | null;
  createdAt: string;
}

function conditions(filter: AuditFilter): SQL | undefined {
  const conds: SQL[] = [];
  if (filter.actorUserId) conds.push(eq(auditLog.actorUserId, filter.actorUserId));
  if (filter.action) {
    conds.push(
      filter.action.includes('.')
        ? eq(auditLog.action, filter.action)
        : like(auditLog.action, `${filter.action.replace(/[%_\\]/g, '\\$&')}.%`),
    );
  }
  if (filter.from) conds.push(gte(auditLog.createdAt, filter.from));
  if (filter.to) conds.push(lt(auditLog.createdAt, filter.to));
  return conds.length ? and(...conds) : undefined;
}

/**
 * One page of the organization's audit log, newest first, with the filters a person reading it
 * asks for, and the people (actors and members acted on) and token names it mentions — former
 * members included, so old entries still read as names rather than ids.
 */
export async function listAuditLog(
  deps: HasDb,
  scope: TenantScope,
  filter: AuditFilter,
  page: { page: number; perPage: number },
) {
  const db = dbOf(deps);
  const where = conditions(filter);
  const [rows, total] = await Promise.all([
    scope.list(auditLog, where, {
      orderBy: [desc(auditLog.createdAt), desc(auditLog.id)],
      limit: page.perPage,
      offset: (page.page - 1) * page.perPage,
    }),
    scope.count(auditLog, where),
  ]);
  const items: AuditRow[] = rows.map((r) => ({
    id: r.id,
    action: r.action,
    actorUserId: r.actorUserId,
    actorTokenId: r.actorTokenId,
    targetType: r.targetType,
    targetId: r.targetId,
    metadata: r.metadata ?? null,
    createdAt: r.createdAt.toISOString(),
  }));
  const userIds = new Set<string>();
  const tokenIds = new Set<string>();
  const siteIds = new Set<string>();
  const productIds = new Set<string>();
  for (const r of items) {
    if (r.targetType === 'product' && r.targetId) productIds.add(r.targetId);
    if (typeof r.metadata?.productId === 'string') productIds.add(r.metadata.productId);
    if (r.targetType === 'site' && r.targetId) siteIds.add(r.targetId);
    if (typeof r.metadata?.siteId === 'string') siteIds.add(r.metadata.siteId);
    if (r.actorUserId) userIds.add(r.actorUserId);
    if (r.targetType === 'user' && r.targetId) userIds.add(r.targetId);
    if (r.actorTokenId) tokenIds.add(r.actorTokenId);
    if (r.targetType === 'api_token' && r.targetId) tokenIds.add(r.targetId);
  }
  const [people, tokens, siteRows, productRows] = await Promise.all([
    userIds.size
      ? db
          .select({ id: users.id, name: users.name, email: users.email })
          .from(users)
          .where(inArray(users.id, [...userIds]))
      : [],
    tokenIds.size
      ? scope.list(apiTokens, inArray(apiTokens.id, [...tokenIds]))
      : ([] as (typeof apiTokens.$inferSelect)[]),
    // Deleted sites too: an old entry still names the site it was about.
    siteIds.size
      ? scope.list(sites, inArray(sites.id, [...siteIds]), { withDeleted: true })
      : ([] as (typeof sites.$inferSelect)[]),
    // Deleted products too, for the same reason.
    productIds.size
      ? scope.list(products, inArray(products.id, [...productIds]), { withDeleted: true })
      : ([] as (typeof products.$inferSelect)[]),
  ]);
  return {
    items,
    total,
    people: Object.fromEntries(people.map((p) => [p.id, { name: p.name, email: p.email }])) as Record<
      string,
      AuditPerson
    >,
    tokenNames: Object.fromEntries(tokens.map((t) => [t.id, t.name])) as Record<string, string>,
    sites: Object.fromEntries(
      siteRows.map((s) => [s.id, { name: s.name, slug: s.slug, deleted: Boolean(s.deletedAt) }]),
    ) as Record<string, { name: string; slug: string; deleted: boolean }>,
    products: Object.fromEntries(
      productRows.map((p) => [p.id, { name: p.name, deleted: Boolean(p.deletedAt) }]),
    ) as Record<string, { name: string; deleted: boolean }>,
  };
}

/** Everyone who appears as an actor in the organization's log (for the "who" filter). */
export async function auditActors(deps: HasDb, scope: TenantScope) {
  const db = dbOf(deps);
  const rows = await scope.aggregate(auditLog, { userId: auditLog.actorUserId }, undefined, {
    groupBy: [auditLog.actorUserId],
  });
  const ids = rows.map((r) => r.userId).filter((id): id is string => Boolean(id));
  if (!ids.length) return [];
  const people = await db
    .select({ id: users.id, name: users.name, email: users.email })
    .from(users)
    .where(inArray(users.id, ids));
  return people.sort((a, b) => (a.name || a.email).localeCompare(b.name || b.email));
}
