import { contactImports } from '@mewayz/db/schema';
import { and, asc, eq, inArray, lt } from 'drizzle-orm';
import { dbOf } from '../../data/db-handle.ts';
import type { CoreDeps } from '../../deps.ts';
import { trustOrgId } from '../../tenancy/org-id.ts';
import { forTenant } from '../../tenancy/scope.ts';
import { type ContactImportMessage, deleteImportFiles } from './contact-import.ts';

/** An import whose cursor has not moved for this long lost its message (a chunk takes seconds). */
export const IMPORT_STALL_MS = 10 * 60_000;
/** Re-sends before the sweep gives up: a chunk that keeps vanishing will not come back. */
export const IMPORT_MAX_REQUEUES = 3;

/**
 * The jobs cron's sweep for imports whose message was lost (a queue outage, a send that failed after
 * the commit): a queued or running import that has not moved for `IMPORT_STALL_MS` gets its message
 * again, at most `IMPORT_MAX_REQUEUES` times, then is failed (its files deleted). Each decision is a
 * conditional update on the cursor and the re-send count as read, so of two overlapping sweeps only
 * one re-sends or fails a given import, and an import that moved meanwhile is left alone. (A message
 * that was only slow, not lost, arrives beside the new one: the cursor applies the chunk once.)
 */
export async function sweepStalledImports(
  deps: CoreDeps,
  now: Date,
  enqueue: (message: ContactImportMessage) => Promise<void>,
  /** One organization's imports only (tests sharing a database). */
  only?: { organizationId: string },
) {
  const stalled = await dbOf(deps)
    .select()
    .from(contactImports)
    .where(
      and(
        inArray(contactImports.status, ['queued', 'running']),
        lt(contactImports.updatedAt, new Date(now.getTime() - IMPORT_STALL_MS)),
        only ? eq(contactImports.organizationId, only.organizationId) : undefined,
      ),
    )
    .orderBy(asc(contactImports.updatedAt))
    .limit(50);
  let requeued = 0;
  let failed = 0;
  for (const row of stalled) {
    const scope = forTenant(dbOf(deps), trustOrgId(row.organizationId));
    const unmoved = and(
      eq(contactImports.id, row.id),
      inArray(contactImports.status, ['queued', 'running']),
      eq(contactImports.processed, row.processed),
      eq(contactImports.stallRequeues, row.stallRequeues),
    );
    if (row.stallRequeues < IMPORT_MAX_REQUEUES) {
      // Claiming also stamps `updated_at`: the next sweep waits a full stall window again.
      if (await scope.update(contactImports, { stallRequeues: row.stallRequeues + 1 }, unmoved)) {
        await enqueue({ organizationId: row.organizationId, importId: row.id });
        requeued++;
      }
      continue;
    }
    const gaveUp = await scope.update(
      contactImports,
      {
        status: 'failed',
        error: 'The import stopped making progress. Upload the file again to import the rest.',
        finishedAt: now,
      },
      unmoved,
    );
    if (gaveUp) {
      await deleteImportFiles(deps, row);
      failed++;
    }
  }
  return { requeued, failed };
}
