import { auditLog } from '@mewayz/db/schema';
import type { Db } from '../data/db.ts';
import { newId } from '../ids.ts';

/** An audit-log row for an event of a user's own account, outside any organization. */
export async function recordUserAudit(
  db: Db,
  entry: {
    userId: string | null;
    action: string;
    requestId?: string | null;
    metadata?: Record<string, unknown>;
  },
): Promise<void> {
  await db.insert(auditLog).values({
    id: newId('audit'),
    organizationId: null,
    actorUserId: entry.userId,
    action: entry.action,
    targetType: entry.userId ? 'user' : null,
    targetId: entry.userId,
    metadata: entry.metadata ?? null,
    requestId: entry.requestId ?? null,
  });
}
