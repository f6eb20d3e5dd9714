import { analyticsEvents } from '@mewayz/db/schema';
import { sql } from 'drizzle-orm';
import type { Db } from '../data/db.ts';
import type { Redis } from '../data/redis.ts';
import { newId } from '../ids.ts';
import type { AnalyticsEvent } from './event.ts';

/** Breakdown dimensions: rollup name → column of analytics_events / analytics_visitors. */
const dimensions = [
  ['total', "''"],
  ['country', 'country'],
  ['device', 'device'],
  ['browser', 'browser'],
  ['os', 'os'],
  ['referrer', 'referrer_host'],
] as const;

function unionOver(select: (dimension: string, column: string) => string): string {
  return dimensions.map(([d, col]) => select(d, col)).join('\nUNION ALL\n');
}

// Site-level rows (link_id ''): views, clicks and, in the 'total' row only, excluded bot traffic.
const siteRollup = `
INSERT INTO analytics_daily (organization_id, site_id, link_id, day, dimension, value, views, visitors, clicks, bots)
SELECT organization_id, site_id, '', day, dim, val, SUM(v), 0, SUM(c), SUM(b) FROM (
${unionOver(
  (d, col) => `  SELECT organization_id, site_id, day, '${d}' AS dim, ${col} AS val,
    (kind = 'view' AND is_bot = 0) AS v, (kind = 'click' AND is_bot = 0) AS c, ${d === 'total' ? 'is_bot' : '0'} AS b
  FROM analytics_events WHERE ingest_batch = ?${d === 'total' ? '' : ' AND is_bot = 0'}`,
)}
) AS x GROUP BY organization_id, site_id, day, dim, val
ON DUPLICATE KEY UPDATE views = views + VALUES(views), clicks = clicks + VALUES(clicks), bots = bots + VALUES(bots)`;

// Per-link rows: clicks of each bio-site link or short link, by the same dimensions.
const linkRollup = `
INSERT INTO analytics_daily (organization_id, site_id, link_id, day, dimension, value, views, visitors, clicks, bots)
SELECT organization_id, site_id, link_id, day, dim, val, 0, 0, SUM(c), SUM(b) FROM (
${unionOver(
  (d, col) => `  SELECT organization_id, site_id, link_id, day, '${d}' AS dim, ${col} AS val,
    (is_bot = 0) AS c, ${d === 'total' ? 'is_bot' : '0'} AS b
  FROM analytics_events WHERE ingest_batch = ? AND kind = 'click' AND link_id <> ''${d === 'total' ? '' : ' AND is_bot = 0'}`,
)}
) AS x GROUP BY organization_id, site_id, link_id, day, dim, val
ON DUPLICATE KEY UPDATE clicks = clicks + VALUES(clicks), bots = bots + VALUES(bots)`;

// First view of each visitor per site and day; INSERT IGNORE keeps the earliest sighting only.
const visitorInsert = `
INSERT IGNORE INTO analytics_visitors (organization_id, site_id, day, visitor_hash, country, referrer_host, device, browser, os, ingest_batch)
SELECT organization_id, site_id, day, visitor_hash, country, referrer_host, device, browser, os, ?
FROM analytics_events WHERE ingest_batch = ? AND kind = 'view' AND is_bot = 0 AND site_id <> ''
ORDER BY occurred_at, id`;

const visitorRollup = `
INSERT INTO analytics_daily (organization_id, site_id, link_id, day, dimension, value, views, visitors, clicks, bots)
SELECT organization_id, site_id, '', day, dim, val, 0, COUNT(*), 0, 0 FROM (
${unionOver(
  (d, col) =>
    `  SELECT organization_id, site_id, day, '${d}' AS dim, ${col} AS val FROM analytics_visitors WHERE ingest_batch = ?`,
)}
) AS x GROUP BY organization_id, site_id, day, dim, val
ON DUPLICATE KEY UPDATE visitors = visitors + VALUES(visitors)`;

const liveTotals = `
SELECT site_id AS siteId, day, SUM(kind = 'view' AND is_bot = 0) AS views, SUM(kind = 'click' AND is_bot = 0) AS clicks
FROM analytics_events WHERE ingest_batch = ? AND site_id <> '' GROUP BY site_id, day`;

/** Redis key of a site's live counter for one UTC day. */
export const liveCounterKey = (siteId: string, day: string, metric: 'views' | 'clicks') =>
  `live:${siteId}:${day}:${metric}`;

export interface IngestResult {
  /** Events stored by this call; events already stored (redeliveries) are not counted again. */
  inserted: number;
}

function repeat(n: number, value: string): string[] {
  return Array.from({ length: n }, () => value);
}

/**
 * Store a batch of events and fold them into the daily rollups, exactly once per event id, in one
 * transaction: raw rows go in with `INSERT IGNORE` stamped with a fresh batch id, and the rollups are
 * computed only from rows carrying that id — so a redelivered event adds nothing, and a failure
 * anywhere rolls the whole batch back for a clean retry.
 */
export async function ingestEvents(
  db: Db,
  redis: Redis | null,
  events: AnalyticsEvent[],
  opts: { failAfterInsert?: boolean } = {},
): Promise<IngestResult> {
  if (events.length === 0) return { inserted: 0 };
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
    if (opts.failAfterInsert) throw new Error('injected failure after raw insert');
    if (count === 0) return 0;
    await tx.execute(sql.raw(bind(siteRollup, repeat(dimensions.length, batch))));
    await tx.execute(sql.raw(bind(linkRollup, repeat(dimensions.length, batch))));
    await tx.execute(sql.raw(bind(visitorInsert, [batch, batch])));
    await tx.execute(sql.raw(bind(visitorRollup, repeat(dimensions.length, batch))));
    return count;
  });
  if (inserted > 0 && redis) {
    // The rollups are the truth and are already committed; a lost live-counter bump must not make
    // the batch retry (the retry would find nothing new and the counters would stay short anyway).
    await bumpLiveCounters(db, redis, batch).catch((err) =>
      console.error(
        JSON.stringify({ level: 'error', msg: 'live counter update failed', error: String(err) }),
      ),
    );
  }
  return { inserted };
}

/** Bind batch ids (our own `bat_…` ids, checked below) into the rollup SQL. */
function bind(query: string, values: string[]): string {
  let i = 0;
  return query.replace(/\?/g, () => {
    const v = values[i++];
    if (!v || !/^bat_[0-9a-z]{26}$/.test(v)) throw new Error('rollup binding must be a batch id');
    return `'${v}'`;
  });
}

async function bumpLiveCounters(db: Db, redis: Redis, batch: string): Promise<void> {
  const rows = (await db.execute(sql.raw(bind(liveTotals, [batch])))).rows as {
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
