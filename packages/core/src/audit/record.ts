import { auditLog } from '@mewayz/db/schema';
import type { Actor } from '../deps.ts';
import { newId } from '../ids.ts';
import type { TenantScope } from '../tenancy/scope.ts';

export interface AuditEntry {
  action: string;
  targetType?: string;
  targetId?: string;
  metadata?: Record<string, unknown>;
}

/** Write one audit-log row for a mutation in this organization. */
export async function recordAudit(scope: TenantScope, actor: Actor, entry: AuditEntry): Promise<void> {
  await scope.insert(
    auditLog as never,
    {
      id: newId('audit'),
      actorUserId: actor.userId ?? null,
      actorTokenId: actor.tokenId ?? null,
      requestId: actor.requestId ?? null,
      action: entry.action,
      targetType: entry.targetType ?? null,
      targetId: entry.targetId ?? null,
      metadata: entry.metadata ?? null,
    } as never,
  );
}
