import { analyticsEvents } from '@mewayz/db/schema';
import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../data/db.ts';
import { dbOf, type HasDb } from '../data/db-handle.ts';
import type { Redis } from '../data/redis.ts';
import { newId } from '../ids.ts';
import type { Logger } from '../platform/logger.ts';
import type { AnalyticsEvent } from './event.ts';

/** Breakdown dimensions: rollup name → column of analytics_events / analytics_visitors ('' for the total). */
const dimensions: [string, SQL][] = [
  ['total', sql`''`],
  ['country', sql`${sql.identifier('country')}`],
  ['device', sql`${sql.identifier('device')}`],
  ['browser', sql`${sql.identifier('browser')}`],
  ['os', sql`${sql.identifier('os')}`],
  ['referrer', sql`${sql.identifier('referrer_host')}`],
];

function unionOver(select: (dimension: string, column: SQL) => SQL): SQL {
  return sql.join(
    dimensions.map(([d, col]) => select(d, col)),
    sql` UNION ALL `,
  );
}

/** Bot traffic counts only in the 'total' row; breakdowns are of human traffic. */
const botsOf = (d: string) => (d === 'total' ? sql`is_bot` : sql`0`);
const humansOnly = (d: string) => (d === 'total' ? sql`` : sql` AND is_bot = 0`);

// Site-level rows (link_id ''): views, clicks and, in the 'total' row only, excluded bot traffic.
const siteRollup = (batch: string) => sql`
INSERT INTO analytics_daily (organization_id, site_id, link_id, day, dimension, value, views, visitors, clicks, bots)
SELECT organization_id, site_id, '', day, dim, val, SUM(v), 0, SUM(c), SUM(b) FROM (${unionOver(
  (d, col) => sql`SELECT organization_id, site_id, day, ${d} AS dim, ${col} AS val,
    (kind = 'view' AND is_bot = 0) AS v, (kind = 'click' AND is_bot = 0) AS c, ${botsOf(d)} AS b
  FROM analytics_events WHERE ingest_batch = ${batch}${humansOnly(d)}`,
)}) AS x GROUP BY organization_id, site_id, day, dim, val
ON DUPLICATE KEY UPDATE views = views + VALUES(views), clicks = clicks + VALUES(clicks), bots = bots + VALUES(bots)`;

// Per-link rows: clicks of each bio-site link or short link, and views of each product page (a view
// whose link_id is the product's id), by the same dimensions, plus 'item' rows (human clicks per
// item of a block with several links, value = the item's index).
const linkRollup = (batch: string) => sql`
INSERT INTO analytics_daily (organization_id, site_id, link_id, day, dimension, value, views, visitors, clicks, bots)
SELECT organization_id, site_id, link_id, day, dim, val, SUM(v), 0, SUM(c), SUM(b) FROM (${unionOver(
  (d, col) => sql`SELECT organization_id, site_id, link_id, day, ${d} AS dim, ${col} AS val,
    (kind = 'view' AND is_bot = 0) AS v, (kind = 'click' AND is_bot = 0) AS c, ${botsOf(d)} AS b
  FROM analytics_events WHERE ingest_batch = ${batch} AND link_id <> ''${humansOnly(d)}`,
)} UNION ALL SELECT organization_id, site_id, link_id, day, 'item' AS dim, CONCAT('', link_item) AS val,
    0 AS v, 1 AS c, 0 AS b
  FROM analytics_events WHERE ingest_batch = ${batch} AND kind = 'click' AND link_id <> '' AND link_item >= 0 AND is_bot = 0
) AS x GROUP BY organization_id, site_id, link_id, day, dim, val
ON DUPLICATE KEY UPDATE views = views + VALUES(views), clicks = clicks + VALUES(clicks), bots = bots + VALUES(bots)`;

// First view of each visitor per site and day; INSERT IGNORE keeps the earliest sighting only.
const visitorInsert = (batch: string) => sql`
INSERT IGNORE INTO analytics_visitors (organization_id, site_id, day, visitor_hash, country, referrer_host, device, browser, os, ingest_batch)
SELECT organization_id, site_id, day, visitor_hash, country, referrer_host, device, browser, os, ${batch}
FROM analytics_events WHERE ingest_batch = ${batch} AND kind = 'view' AND is_bot = 0 AND site_id <> ''
ORDER BY occurred_at, id`;

const visitorRollup = (batch: string) => sql`
INSERT INTO analytics_daily (organization_id, site_id, link_id, day, dimension, value, views, visitors, clicks, bots)
SELECT organization_id, site_id, '', day, dim, val, 0, COUNT(*), 0, 0 FROM (${unionOver(
  (d, col) =>
    sql`SELECT organization_id, site_id, day, ${d} AS dim, ${col} AS val FROM analytics_visitors WHERE ingest_batch = ${batch}`,
)}) AS x GROUP BY organization_id, site_id, day, dim, val
ON DUPLICATE KEY UPDATE visitors = visitors + VALUES(visitors)`;

const liveTotals = (batch: string) => sql`
SELECT site_id AS siteId, day, SUM(kind = 'view' AND is_bot = 0) AS views, SUM(kind = 'click' AND is_bot = 0) AS clicks
FROM analytics_events WHERE ingest_batch = ${batch} AND site_id <> '' GROUP BY site_id, day`;

/** Redis key of a site's live counter for one UTC day. */
export const liveCounterKey = (siteId: string, day: string, metric: 'views' | 'clicks') =>
  `live:${siteId}:${day}:${metric}`;

export interface IngestResult {
  /** Events stored by this call; events already stored (redeliveries) are not counted again. */
  inserted: number;
}

/**
 * Store a batch of events and fold them into the daily rollups, exactly once per event id, in one
 * transaction: raw rows go in with `INSERT IGNORE` stamped with a fresh batch id, and the rollups are
 * computed only from rows carrying that id — so a redelivered event adds nothing, and a failure
 * anywhere rolls the whole batch back for a clean retry.
 */
export async function ingestEvents(
  deps: HasDb,
  redis: Redis | null,
  events: AnalyticsEvent[],
  log?: Logger,
): Promise<IngestResult> {
  if (events.length === 0) return { inserted: 0 };
  const db = dbOf(deps);
  const batch = newId('batch');
  const inserted = await db.transaction(async (tx) => {
    const res = await tx
      .insert(analyticsEvents)
      .ignore()
      .values(
        events.map((e) => ({
          ...e,
          occurredAt: new Date(e.occurredAt),
          day: e.occurredAt.slice(0, 10),
          ingestBatch: batch,
        })),
      );
    const count = Number((res as unknown as { rowsAffected?: number }).rowsAffected ?? 0);
    if (count === 0) return 0;
    await tx.execute(siteRollup(batch));
    await tx.execute(linkRollup(batch));
    await tx.execute(visitorInsert(batch));
    await tx.execute(visitorRollup(batch));
    return count;
  });
  if (inserted > 0 && redis) {
    // The rollups are the truth and are already committed; a lost live-counter bump must not make
    // the batch retry (the retry would find nothing new and the counters would stay short anyway).
    await bumpLiveCounters(db, redis, batch).catch((err) =>
      log?.error('live counter update failed', { error: err }),
    );
  }
  return { inserted };
}

async function bumpLiveCounters(db: Db, redis: Redis, batch: string): Promise<void> {
  const rows = (await db.execute(liveTotals(batch))).rows as {
    siteId: string;
    day: string;
    views: string | number;
    clicks: string | number;
  }[];
  if (rows.length === 0) return;
  const p = redis.pipeline();
  let queued = 0;
  for (const r of rows) {
    for (const metric of ['views', 'clicks'] as const) {
      const n = Number(r[metric]);
      if (n > 0) {
        const key = liveCounterKey(r.siteId, String(r.day).slice(0, 10), metric);
        p.incrby(key, n);
        p.expire(key, 60 * 60 * 48);
        queued++;
      }
    }
  }
  if (queued > 0) await p.exec();
}
