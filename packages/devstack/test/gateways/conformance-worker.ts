// A Worker that drives the local gateways with the production clients from inside workerd.
// POST /run {"case": "<name>", ...} answers {"ok": <result>} or {"error": <described error>}.
import { Client, connect } from '@planetscale/database';
import { Ratelimit } from '@upstash/ratelimit';
import { Redis } from '@upstash/redis/cloudflare';
import { eq, inArray, sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  datetime,
  decimal,
  int,
  json,
  mysqlTable,
  text,
  varchar,
} from 'drizzle-orm/mysql-core';
import { drizzle } from 'drizzle-orm/planetscale-serverless';

interface Env {
  PSDB_URL: string;
  PSDB_BAD_URL: string;
  PSDB_IDLE_URL: string;
  PSDB_DOWN_URL: string;
  REDIS_URL: string;
  REDIS_TOKEN: string;
  REDIS_DOWN_URL: string;
}

type Params = Record<string, unknown> & { case: string; prefix?: string };

const typesTable = mysqlTable('gw_types', {
  id: bigint('id', { mode: 'number' }).autoincrement().primaryKey(),
  doc: json('doc').$type<Record<string, unknown>>(),
  list: json('list').$type<unknown[]>(),
  flag: boolean('flag'),
  big: bigint('big', { mode: 'bigint' }),
  ubig: bigint('ubig', { mode: 'bigint', unsigned: true }),
  amount: decimal('amount', { precision: 30, scale: 10 }),
  at: datetime('at', { mode: 'date', fsp: 3 }),
  label: varchar('label', { length: 191 }),
  note: text('note'),
});

const items = mysqlTable('gw_items', {
  id: bigint('id', { mode: 'number' }).autoincrement().primaryKey(),
  sku: varchar('sku', { length: 64 }).notNull().unique(),
  qty: int('qty').notNull().default(0),
});

const children = mysqlTable('gw_children', {
  id: bigint('id', { mode: 'number' }).autoincrement().primaryKey(),
  parentId: bigint('parent_id', { mode: 'number' }).notNull(),
});

interface DescribedError {
  name: string;
  message: string;
  status?: number;
  body?: unknown;
  cause?: DescribedError;
}

function describe(err: unknown): DescribedError {
  const e = err as Error & { status?: number; body?: unknown; cause?: unknown };
  return {
    name: e?.name ?? typeof err,
    message: e?.message ?? String(err),
    status: e?.status,
    body: e?.body,
    cause: e?.cause ? describe(e.cause) : undefined,
  };
}

async function caught(fn: () => Promise<unknown>): Promise<DescribedError | null> {
  try {
    await fn();
    return null;
  } catch (err) {
    return describe(err);
  }
}

/** Driver connections kept across requests (the isolate lives as long as the Miniflare instance). */
const openConnections = new Map<string, ReturnType<typeof connect>>();

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function sha1Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-1', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

function database(env: Env) {
  // No `mode` here: drizzle 0.45's isConfig() rejects it (planetscale-serverless is always planetscale mode).
  return drizzle({ client: new Client({ url: env.PSDB_URL }) });
}

function redisClient(env: Env, overrides: { url?: string; token?: string } = {}) {
  return new Redis({
    url: overrides.url ?? env.REDIS_URL,
    token: overrides.token ?? env.REDIS_TOKEN,
    enableTelemetry: false,
    retry: false,
  });
}

const skusOf = async (env: Env, skus: string[]) =>
  (await database(env).select({ sku: items.sku }).from(items).where(inArray(items.sku, skus)))
    .map((r) => r.sku)
    .sort();

const cases: Record<string, (env: Env, p: Params) => Promise<unknown>> = {
  async types(env) {
    const db = database(env);
    const client = new Client({ url: env.PSDB_URL });
    const [{ id: fullId }] = await db
      .insert(typesTable)
      .values({
        doc: { a: 1, nested: { b: [1, 2, 3] }, text: 'héllo 😀', quote: `it's "q" \\ \n` },
        list: [1, 'two', null, { three: 3 }],
        flag: true,
        big: 9007199254740993n,
        ubig: 18446744073709551615n,
        amount: '12345678901234567890.0123456789',
        at: new Date('2024-02-29T23:59:58.123Z'),
        label: 'emoji 😀🎉 ünïcödé',
        note: '',
      })
      .$returningId();
    const [{ id: emptyId }] = await db
      .insert(typesTable)
      .values({ flag: false, label: null, note: null })
      .$returningId();
    const bin = new Uint8Array([0, 1, 127, 128, 255, 0xc3, 0x28]);
    const blob = new Uint8Array(300).map((_, i) => (i * 7) % 256);
    const updated = await client.execute('UPDATE gw_types SET bin = ?, blobby = ? WHERE id = ?', [
      bin,
      blob,
      fullId,
    ]);
    const rows = await db
      .select()
      .from(typesTable)
      .where(inArray(typesTable.id, [fullId, emptyId]))
      .orderBy(typesTable.id);
    const raw = await client.execute(
      'SELECT bin, blobby, flag, big, amount, at, doc, note, label FROM gw_types ORDER BY id',
    );
    const expr = await client.execute(
      "SELECT JSON_OBJECT('k', 1, 'e', '😀') AS j, 1.5 AS f, NULL AS n, '' AS s",
    );
    return {
      rows: rows.map((r) => ({
        ...r,
        big: typeof r.big === 'bigint' ? `${r.big}n` : r.big,
        ubig: typeof r.ubig === 'bigint' ? `${r.ubig}n` : r.ubig,
        at: r.at ? { iso: r.at.toISOString(), isDate: r.at instanceof Date } : null,
      })),
      rowsAffectedByUpdate: updated.rowsAffected,
      rawTypes: raw.types,
      rawRows: raw.rows.map((r) => {
        const row = r as Record<string, unknown>;
        return {
          ...row,
          bin: row.bin instanceof Uint8Array ? [...row.bin] : row.bin,
          blobby: row.blobby instanceof Uint8Array ? [...row.blobby] : row.blobby,
          binIsBytes: row.bin instanceof Uint8Array,
        };
      }),
      expr: { types: expr.types, row: expr.rows[0] },
      blob: [...blob],
    };
  },

  async ids(env, p) {
    const db = database(env);
    const client = new Client({ url: env.PSDB_URL });
    const prefix = String(p.prefix);
    const returned = await db
      .insert(items)
      .values([{ sku: `${prefix}-a` }, { sku: `${prefix}-b` }, { sku: `${prefix}-c` }])
      .$returningId();
    const multi = await client.execute('INSERT INTO gw_items (sku) VALUES (?), (?)', [
      `${prefix}-d`,
      `${prefix}-e`,
    ]);
    const stored = await db
      .select()
      .from(items)
      .where(inArray(items.sku, [`${prefix}-d`, `${prefix}-e`]));
    const update = await client.execute('UPDATE gw_items SET qty = qty + 1 WHERE sku LIKE ?', [
      `${prefix}-%`,
    ]);
    const unchanged = await client.execute('UPDATE gw_items SET qty = 1 WHERE sku = ?', [`${prefix}-a`]);
    const select = await client.execute('SELECT COUNT(*) AS n FROM gw_items WHERE sku LIKE ?', [
      `${prefix}-%`,
    ]);
    const count = await db.$count(items, sql`${items.sku} LIKE ${`${prefix}-%`}`);
    return {
      returned,
      multi: { insertId: multi.insertId, rowsAffected: multi.rowsAffected },
      storedIds: stored.map((r) => r.id).sort((a, b) => a - b),
      update: update.rowsAffected,
      unchanged: unchanged.rowsAffected,
      select: { insertId: select.insertId, rowsAffected: select.rowsAffected, rows: select.rows },
      count,
    };
  },

  async txCommit(env, p) {
    const db = database(env);
    const skus = [`${p.prefix}-1`, `${p.prefix}-2`];
    const inside = await db.transaction(async (tx) => {
      await tx.insert(items).values({ sku: skus[0] });
      await tx.insert(items).values({ sku: skus[1] });
      return tx.$count(items, inArray(items.sku, skus));
    });
    return { inside, after: await skusOf(env, skus) };
  },

  async txRollback(env, p) {
    const db = database(env);
    const sku = `${p.prefix}-rolled-back`;
    const error = await caught(() =>
      db.transaction(async (tx) => {
        await tx.insert(items).values({ sku });
        const seen = await tx.select().from(items).where(eq(items.sku, sku));
        if (seen.length !== 1) throw new Error('insert not visible inside the transaction');
        throw new Error('boom');
      }),
    );
    return { error, after: await skusOf(env, [sku]) };
  },

  async txSavepoint(env, p) {
    const db = database(env);
    const [a, b, c] = ['a', 'b', 'c'].map((x) => `${p.prefix}-${x}`);
    const innerError = await db.transaction(async (tx) => {
      await tx.insert(items).values({ sku: a });
      const error = await caught(() =>
        tx.transaction(async (nested) => {
          await nested.insert(items).values({ sku: b });
          throw new Error('inner boom');
        }),
      );
      await tx.insert(items).values({ sku: c });
      return error;
    });
    return { innerError, after: await skusOf(env, [a, b, c]) };
  },

  async txConcurrent(env, p) {
    const db = database(env);
    const skus = Array.from({ length: 8 }, (_, i) => `${p.prefix}-c${i}`);
    const result = await db.transaction(async (tx) => {
      await Promise.all(skus.map((sku, i) => tx.insert(items).values({ sku, qty: i })));
      const connectionIds = await Promise.all(
        Array.from({ length: 5 }, () => tx.execute(sql`SELECT CONNECTION_ID() AS cid`)),
      );
      const [inside, outside] = await Promise.all([
        tx.$count(items, inArray(items.sku, skus)),
        db.$count(items, inArray(items.sku, skus)),
      ]);
      const cids = connectionIds.map((r) => String((r.rows[0] as { cid: unknown }).cid));
      return { inside, outside, distinctConnections: new Set(cids).size };
    });
    return { ...result, after: (await skusOf(env, skus)).length };
  },

  async txErrorContinues(env, p) {
    const db = database(env);
    const [a, b] = ['a', 'b'].map((x) => `${p.prefix}-${x}`);
    const duplicate = await db.transaction(async (tx) => {
      await tx.insert(items).values({ sku: a });
      const error = await caught(() => tx.insert(items).values({ sku: a }));
      await tx.insert(items).values({ sku: b });
      return error;
    });
    return { duplicate, after: await skusOf(env, [a, b]) };
  },

  async deadlock(env, p) {
    const [d1, d2] = [`${p.prefix}-d1`, `${p.prefix}-d2`];
    await new Client({ url: env.PSDB_URL }).execute('INSERT INTO gw_items (sku) VALUES (?), (?)', [d1, d2]);
    const t1 = connect({ url: env.PSDB_URL });
    const t2 = connect({ url: env.PSDB_URL });
    const update = (t: typeof t1, qty: number, sku: string) =>
      t.execute('UPDATE gw_items SET qty = ? WHERE sku = ?', [qty, sku]);
    await t1.execute('BEGIN');
    await t2.execute('BEGIN');
    await update(t1, 1, d1);
    await update(t2, 2, d2);
    const first = caught(() => update(t1, 1, d2));
    await sleep(200);
    const second = await caught(() => update(t2, 2, d1));
    const firstError = await first;
    const [victim, survivor] = second ? [t2, t1] : [t1, t2];
    const afterDeadlock = await caught(() => update(victim, 9, d1));
    await survivor.execute('COMMIT');
    const rollback = await caught(() => victim.execute('ROLLBACK'));
    const rows = await new Client({ url: env.PSDB_URL }).execute(
      'SELECT sku, qty FROM gw_items WHERE sku IN (?, ?) ORDER BY sku',
      [d1, d2],
    );
    return {
      deadlockErrors: [firstError, second].filter(Boolean),
      afterDeadlock,
      rollback,
      survivorQty: second ? 1 : 2,
      rows: rows.rows,
    };
  },

  async duplicate(env, p) {
    const db = database(env);
    const sku = `${p.prefix}-dup`;
    await db.insert(items).values({ sku });
    return caught(() => db.insert(items).values({ sku }));
  },

  async foreignKey(env) {
    return caught(() => database(env).insert(children).values({ parentId: 987654 }));
  },

  async wrongCredentials(env, p) {
    const client = new Client({ url: env.PSDB_BAD_URL });
    const error = await caught(() =>
      client.execute('INSERT INTO gw_items (sku) VALUES (?)', [`${p.prefix}-intruder`]),
    );
    const drizzleError = await caught(() =>
      drizzle({ client: new Client({ url: env.PSDB_BAD_URL }) })
        .insert(items)
        .values({ sku: `${p.prefix}-intruder2` }),
    );
    return { error, drizzleError };
  },

  async sessionState(env, p) {
    const conn = connect({ url: env.PSDB_URL });
    await conn.execute('SET @gw_v = 42');
    const variable = (await conn.execute('SELECT @gw_v AS v')).rows[0];
    const inserted = await conn.execute('INSERT INTO gw_items (sku) VALUES (?)', [`${p.prefix}-session`]);
    await new Client({ url: env.PSDB_URL }).execute('INSERT INTO gw_items (sku) VALUES (?)', [
      `${p.prefix}-other`,
    ]);
    const lastInsertId = (await conn.execute('SELECT LAST_INSERT_ID() AS id')).rows[0];
    const fresh = (await new Client({ url: env.PSDB_URL }).execute('SELECT @gw_v AS v')).rows[0];
    const boost = await conn.execute('SET @@boost_cached_queries = true');
    const replica = await conn.execute('USE @replica');
    return {
      variable,
      insertId: inserted.insertId,
      lastInsertId,
      fresh,
      boost: boost.rows,
      replica: replica.rows,
    };
  },

  async idleTimeout(env, p) {
    const idleMs = Number(p.idleMs);
    const conn = connect({ url: env.PSDB_IDLE_URL });
    await conn.execute('SET @gw_idle = 7');
    const before = (await conn.execute('SELECT @gw_idle AS v, CONNECTION_ID() AS cid')).rows[0] as {
      v: string;
      cid: number;
    };
    await sleep(idleMs * 2 + 300);
    const after = (await conn.execute('SELECT @gw_idle AS v')).rows[0];

    const tx = connect({ url: env.PSDB_IDLE_URL });
    await tx.execute('BEGIN');
    await tx.execute('INSERT INTO gw_items (sku) VALUES (?)', [`${p.prefix}-idle-tx`]);
    const txCid = (await tx.execute('SELECT CONNECTION_ID() AS cid')).rows[0] as { cid: number };
    await sleep(idleMs * 2 + 300);
    const lost = await caught(() =>
      tx.execute('INSERT INTO gw_items (sku) VALUES (?)', [`${p.prefix}-idle-tx2`]),
    );
    const commit = await caught(() => tx.execute('COMMIT'));
    const rollback = await caught(() => tx.execute('ROLLBACK'));
    const afterRollback = (await tx.execute('SELECT 1 AS one')).rows[0];
    return { before, after, txCid: txCid.cid, lost, commit, rollback, afterRollback };
  },

  async killableOpen(env, p) {
    const tx = connect({ url: env.PSDB_URL });
    openConnections.set(String(p.key), tx);
    await tx.execute('BEGIN');
    await tx.execute('INSERT INTO gw_items (sku) VALUES (?)', [`${p.prefix}-killed-1`]);
    return (await tx.execute('SELECT CONNECTION_ID() AS cid')).rows[0];
  },

  async killableContinue(env, p) {
    const tx = openConnections.get(String(p.key));
    if (!tx) throw new Error('no open connection under that key');
    openConnections.delete(String(p.key));
    const broken = await caught(() =>
      tx.execute('INSERT INTO gw_items (sku) VALUES (?)', [`${p.prefix}-killed-2`]),
    );
    const commit = await caught(() => tx.execute('COMMIT'));
    const rollback = await caught(() => tx.execute('ROLLBACK'));
    const afterRollback = (await tx.execute('SELECT 1 AS one')).rows[0];
    const fresh = await new Client({ url: env.PSDB_URL }).execute('INSERT INTO gw_items (sku) VALUES (?)', [
      `${p.prefix}-after-kill`,
    ]);
    return { broken, commit, rollback, afterRollback, freshRowsAffected: fresh.rowsAffected };
  },

  async psdbDown(env) {
    return caught(() => new Client({ url: env.PSDB_DOWN_URL }).execute('SELECT 1'));
  },

  async redisBasic(env, p) {
    const redis = redisClient(env);
    const k = (s: string) => `${p.prefix}${s}`;
    await redis.set(k('json'), { a: 1, list: [1, 'x'], emoji: '😀' });
    await redis.set(k('num'), 8);
    await redis.set(k('bool'), true);
    await redis.set(k('text'), 'ünïcödé 😀 中文');
    await redis.hset(k('hash'), { f1: 'v1', f2: 2 });
    await redis.zadd(k('z'), { score: 1.5, member: 'a' }, { score: 2, member: 'b' });
    return {
      json: await redis.get(k('json')),
      num: await redis.get(k('num')),
      bool: await redis.get(k('bool')),
      text: await redis.get(k('text')),
      incr: [
        await redis.incr(k('counter')),
        await redis.incr(k('counter')),
        await redis.incrby(k('counter'), 10),
      ],
      incrbyfloat: await redis.incrbyfloat(k('float'), 1.5),
      hgetall: await redis.hgetall(k('hash')),
      zrange: await redis.zrange(k('z'), 0, -1, { withScores: true }),
      zscore: await redis.zscore(k('z'), 'a'),
      missing: await redis.get(k('missing')),
      hgetallMissing: await redis.hgetall(k('missing-hash')),
      mget: await redis.mget(k('text'), k('missing'), k('num')),
      ttl: await redis.set(k('ttl'), 'x', { ex: 100 }).then(() => redis.ttl(k('ttl'))),
      ping: await redis.ping(),
      wrongType: await caught(() => redis.hget(k('text'), 'f')),
    };
  },

  async redisPipeline(env, p) {
    const redis = redisClient(env);
    const k = `${p.prefix}pipe`;
    const build = () => redis.pipeline().set(k, 'v').hget(k, 'f').get(k).incr(`${k}:n`);
    const kept = await build().exec({ keepErrors: true });
    const thrown = await caught(() => build().exec());
    return { kept, thrown };
  },

  async redisMulti(env, p) {
    const redis = redisClient(env);
    const k = `${p.prefix}multi`;
    const results = await redis.multi().incr(k).incr(k).get(k).set(`${k}:s`, 'x').exec();
    const withError = await redis
      .multi()
      .set(`${k}:t`, 'text')
      .lpush(`${k}:t`, 'x')
      .get(`${k}:t`)
      .exec({ keepErrors: true });
    return { results, withError };
  },

  async redisAutoPipeline(env, p) {
    const redis = redisClient(env);
    const k = (s: string) => `${p.prefix}auto:${s}`;
    await redis.set(k('seed'), 'seed');
    return Promise.all([
      redis.set(k('a'), 1),
      redis.get(k('seed')),
      redis.incr(k('n')),
      redis.exists(k('seed'), k('nope')),
      redis.hgetall(k('nope')),
      redis.get(k('nope')),
      redis.ping(),
    ]);
  },

  async redisWrongToken(env) {
    return caught(() => redisClient(env, { token: 'not-the-token' }).get('anything'));
  },

  async redisEval(env, p) {
    const redis = redisClient(env);
    const k = `${p.prefix}eval`;
    const plain = await redis.eval('return {KEYS[1], ARGV[1], 42, false, true}', [k], ['x']);
    const flagged = `#!lua flags=allow-key-locking,no-writes\nreturn redis.call('GET', KEYS[1]) or ARGV[1] -- ${p.prefix}`;
    const flaggedSha = await sha1Hex(flagged);
    const noscript = await caught(() => redis.evalsha(flaggedSha, [k], ['fallback']));
    const viaEval = await redis.eval(flagged, [k], ['fallback']);
    const viaSha = await redis.evalsha(flaggedSha, [k], ['again']);
    const loaded = `#!lua flags=allow-key-locking\nreturn ARGV[1] .. '${p.prefix}'`;
    const loadedSha = await redis.scriptLoad(loaded);
    const loadedResult = await redis.evalsha(loadedSha, [], ['v-']);
    const exists = await redis.scriptExists(loadedSha, '0000000000000000000000000000000000000000');
    const scriptError = await caught(() => redis.eval("return redis.error_reply('MYERR custom')", [], []));
    return {
      plain,
      noscript,
      viaEval,
      viaSha,
      loadedSha,
      expectedLoadedSha: await sha1Hex(loaded),
      loadedResult,
      exists,
      scriptError,
    };
  },

  async rateLimit(env, p) {
    const redis = redisClient(env);
    const run = async (limiter: ReturnType<typeof Ratelimit.slidingWindow>, name: string) => {
      const rl = new Ratelimit({ redis, limiter, prefix: `${p.prefix}rl:${name}`, ephemeralCache: false });
      const results = [];
      for (let i = 0; i < 4; i++) {
        const r = await rl.limit('user-1');
        results.push({
          success: r.success,
          remaining: r.remaining,
          limit: r.limit,
          reason: r.reason ?? null,
        });
      }
      const otherUser = (await rl.limit('user-2')).success;
      return { results, otherUser };
    };
    return {
      sliding: await run(Ratelimit.slidingWindow(3, '10 s'), 'sliding'),
      fixed: await run(Ratelimit.fixedWindow(3, '10 s'), 'fixed'),
    };
  },

  async redisDown(env) {
    return caught(() => redisClient(env, { url: env.REDIS_DOWN_URL }).get('anything'));
  },
};

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const params = (await request.json()) as Params;
    const handler = cases[params.case];
    if (!handler)
      return Response.json({ error: { name: 'UnknownCase', message: params.case } }, { status: 404 });
    try {
      return Response.json({ ok: await handler(env, params) });
    } catch (err) {
      return Response.json({ error: describe(err) });
    }
  },
};
