import type { TenantScope } from '@mewayz/core';
import { auditLog } from '@mewayz/db/schema';
import { desc, lt } from 'drizzle-orm';

/**
 * The organization's audit log, newest first, through the tenant scope (core has no listing
 * function yet — see the report). Keyset pagination by id (ids are time-ordered).
 */
export async function listAudit(scope: TenantScope, opts: { before?: string; limit?: number } = {}) {
  const limit = Math.min(Math.max(opts.limit ?? 50, 1), 200);
  const rows = await scope.list(auditLog, opts.before ? lt(auditLog.id, opts.before) : undefined, {
    orderBy: [desc(auditLog.id)],
    limit: limit + 1,
  });
  return {
    items: rows.slice(0, limit).map((r) => ({
      id: r.id,
      action: r.action,
      actorUserId: r.actorUserId,
      actorTokenId: r.actorTokenId,
      targetType: r.targetType,
      targetId: r.targetId,
      metadata: r.metadata,
      createdAt: r.createdAt.toISOString(),
    })),
    next: rows.length > limit ? rows[limit - 1]!.id : null,
  };
}
