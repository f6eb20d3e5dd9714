import { analyticsEvents, userTokens, webhookDeliveries, webhookMessages } from '@mewayz/db/schema';
import { and, inArray, isNotNull, lt, or } from 'drizzle-orm';
import { dbOf, type HasDb } from '../data/db-handle.ts';
import { type IdKind, idPrefixes, idTimePart } from '../ids.ts';

/** How long raw analytics events are kept; the daily rollups (what every report reads) are kept for good. */
export const rawEventRetentionDays = 90;

/** How long the webhook delivery log (and the messages it sent) is kept: what an integrator can look back on. */
export const webhookLogRetentionDays = 30;

export interface RetentionResult {
  rawEventsDeleted: number;
  userTokensDeleted: number;
  webhookDeliveriesDeleted: number;
  webhookMessagesDeleted: number;
}

/**
 * The smallest event id minted at `at`: event ids are `evt_<ULID>`, whose first ten characters are the
 * time in ms, so every event minted before `at` sorts below this. Deleting by primary-key range needs
 * no index on time and never scans the table.
 */
export function eventIdFloor(at: Date): string {
  return idFloor('event', at);
}

/** The smallest id of `kind` minted at `at` (see `eventIdFloor`). */
export function idFloor(kind: IdKind, at: Date): string {
  return `${idPrefixes[kind]}_${idTimePart(at.getTime())}${'0'.repeat(16)}`;
}

async function deleteInChunks(run: () => Promise<number>, chunk: number, maxChunks: number): Promise<number> {
  let total = 0;
  for (let i = 0; i < maxChunks; i++) {
    const n = await run();
    total += n;
    if (n < chunk) break;
  }
  return total;
}

/**
 * The cron's housekeeping, bounded per run (the rest waits for the next tick): raw analytics events
 * older than the retention (their rollups stay), email-verification/reset tokens that expired or were
 * used more than a day ago, and webhook deliveries and messages past the log's retention (a delivery
 * still pending is never that old: retries end after about a day).
 */
export async function applyRetention(
  deps: HasDb,
  now: Date,
  opts: { chunk?: number; maxChunks?: number; rawEventDays?: number; webhookLogDays?: number } = {},
): Promise<RetentionResult> {
  const db = dbOf(deps);
  const chunk = opts.chunk ?? 5000;
  const maxChunks = opts.maxChunks ?? 20;
  const rawCutoff = new Date(now.getTime() - (opts.rawEventDays ?? rawEventRetentionDays) * 86_400_000);
  const floor = eventIdFloor(rawCutoff);
  const rawEventsDeleted = await deleteInChunks(
    async () => {
      const res = await db.delete(analyticsEvents).where(lt(analyticsEvents.id, floor)).limit(chunk);
      return Number((res as unknown as { rowsAffected?: number }).rowsAffected ?? 0);
    },
    chunk,
    maxChunks,
  );
  const dayAgo = new Date(now.getTime() - 86_400_000);
  const userTokensDeleted = await deleteInChunks(
    async () => {
      const res = await db
        .delete(userTokens)
        .where(
          or(lt(userTokens.expiresAt, now), and(isNotNull(userTokens.usedAt), lt(userTokens.usedAt, dayAgo))),
        )
        .limit(chunk);
      return Number((res as unknown as { rowsAffected?: number }).rowsAffected ?? 0);
    },
    chunk,
    maxChunks,
  );
  const webhookCutoff = new Date(
    now.getTime() - (opts.webhookLogDays ?? webhookLogRetentionDays) * 86_400_000,
  );
  const webhookDeliveriesDeleted = await deleteInChunks(
    async () => {
      const res = await db
        .delete(webhookDeliveries)
        .where(
          and(
            lt(webhookDeliveries.id, idFloor('webhookDelivery', webhookCutoff)),
            inArray(webhookDeliveries.status, ['succeeded', 'failed', 'cancelled']),
          ),
        )
        .limit(chunk);
      return Number((res as unknown as { rowsAffected?: number }).rowsAffected ?? 0);
    },
    chunk,
    maxChunks,
  );
  const webhookMessagesDeleted = await deleteInChunks(
    async () => {
      const res = await db
        .delete(webhookMessages)
        .where(lt(webhookMessages.id, idFloor('webhookMessage', webhookCutoff)))
        .limit(chunk);
      return Number((res as unknown as { rowsAffected?: number }).rowsAffected ?? 0);
    },
    chunk,
    maxChunks,
  );
  return { rawEventsDeleted, userTokensDeleted, webhookDeliveriesDeleted, webhookMessagesDeleted };
}
