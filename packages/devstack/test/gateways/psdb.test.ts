import { Client, connect } from '@planetscale/database';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningGateways, startGateways } from '../../src/gateways/index.ts';
import { startPsdbGateway } from '../../src/gateways/psdb/server.ts';
import {
  type ConformanceWorker,
  createScratchDatabase,
  randomSuffix,
  type ScratchDatabase,
  startConformanceWorker,
  type WorkerError,
} from './harness.ts';

// Drives the PlanetScale HTTP gateway with @planetscale/database and drizzle running in workerd.
const idleMs = 400;
let db: ScratchDatabase;
let gateways: RunningGateways;
let idleGateways: RunningGateways;
let worker: ConformanceWorker;

beforeAll(async () => {
  db = await createScratchDatabase();
  // Credentials that need percent-encoding in the URL: the gateway must decode them.
  gateways = await startGateways({
    psdbPort: 0,
    redisPort: 0,
    mysqlUrl: db.url,
    psdbUser: 'gw user',
    psdbPassword: 'p@ss/wörd:%',
  });
  idleGateways = await startGateways({ psdbPort: 0, redisPort: 0, mysqlUrl: db.url, sessionIdleMs: idleMs });
  const bad = new URL(gateways.psdbUrl);
  bad.password = 'wrong';
  worker = await startConformanceWorker({
    PSDB_URL: gateways.psdbUrl,
    PSDB_BAD_URL: bad.toString(),
    PSDB_IDLE_URL: idleGateways.psdbUrl,
    PSDB_DOWN_URL: '',
    REDIS_URL: gateways.redisUrl,
    REDIS_TOKEN: gateways.redisToken,
    REDIS_DOWN_URL: '',
  });
});

afterAll(async () => {
  await worker?.dispose();
  await gateways?.close();
  await idleGateways?.close();
  await db?.drop();
});

const prefix = () => `p${randomSuffix()}`;

async function countSkus(like: string): Promise<number> {
  const [rows] = await db.admin.query('SELECT COUNT(*) AS n FROM gw_items WHERE sku LIKE ?', [like]);
  return Number((rows as { n: string }[])[0].n);
}

async function connectionAlive(id: number): Promise<boolean> {
  const [rows] = await db.admin.query(
    'SELECT COUNT(*) AS n FROM information_schema.PROCESSLIST WHERE ID = ?',
    [id],
  );
  return Number((rows as { n: string }[])[0].n) > 0;
}

async function waitUntilGone(id: number): Promise<boolean> {
  for (let i = 0; i < 40 && (await connectionAlive(id)); i++) await new Promise((r) => setTimeout(r, 50));
  return !(await connectionAlive(id));
}

describe('types through drizzle and the driver', () => {
  // biome-ignore lint/suspicious/noExplicitAny: the Worker's JSON result
  let r: any;
  beforeAll(async () => {
    r = await worker.run('types');
  });

  it('maps JSON, boolean, BIGINT, DECIMAL, DATETIME(3), utf8mb4 and empty strings exactly', () => {
    const [full, empty] = r.rows;
    expect(full.doc).toEqual({ a: 1, nested: { b: [1, 2, 3] }, text: 'héllo 😀', quote: `it's "q" \\ \n` });
    expect(full.list).toEqual([1, 'two', null, { three: 3 }]);
    expect(full.flag).toBe(true);
    expect(empty.flag).toBe(false);
    // drizzle bigint({mode:'bigint'}) gives a BigInt (shown as `<digits>n`), exact beyond 2^53.
    expect(full.big).toBe('9007199254740993n');
    expect(full.ubig).toBe('18446744073709551615n');
    expect(full.amount).toBe('12345678901234567890.0123456789');
    expect(full.at).toEqual({ iso: '2024-02-29T23:59:58.123Z', isDate: true });
    expect(full.label).toBe('emoji 😀🎉 ünïcödé');
    expect(full.note).toBe('');
    expect(empty.note).toBeNull();
    expect(empty.label).toBeNull();
    expect(empty.doc).toBeNull();
    expect(empty.at).toBeNull();
  });

  it('reports Vitess type names and returns binary columns as bytes', () => {
    expect(r.rawTypes).toEqual({
      bin: 'VARBINARY',
      blobby: 'BLOB',
      flag: 'INT8',
      big: 'INT64',
      amount: 'DECIMAL',
      at: 'DATETIME',
      doc: 'JSON',
      note: 'TEXT',
      label: 'VARCHAR',
    });
    expect(r.rowsAffectedByUpdate).toBe(1);
    const [full, empty] = r.rawRows;
    expect(full.binIsBytes).toBe(true);
    expect(full.bin).toEqual([0, 1, 127, 128, 255, 0xc3, 0x28]);
    expect(full.blobby).toEqual(r.blob);
    expect(full.at).toBe('2024-02-29 23:59:58.123');
    expect(full.flag).toBe(1);
    expect(full.big).toBe('9007199254740993');
    expect(full.amount).toBe('12345678901234567890.0123456789');
    expect(empty.bin).toBeNull();
    expect(empty.note).toBeNull();
    expect(r.expr.types).toEqual({ j: 'JSON', f: 'DECIMAL', n: 'NULL', s: 'VARCHAR' });
    expect(r.expr.row).toEqual({ j: { k: 1, e: '😀' }, f: '1.5', n: null, s: '' });
  });

  it('stores what the client meant (UTC datetime, exact numbers, bytes, NULL vs empty)', async () => {
    const [rows] = await db.admin.query(
      `SELECT CAST(at AS CHAR) AS at, HEX(bin) AS bin, label, CAST(big AS CHAR) AS big, CAST(amount AS CHAR) AS amount,
              note IS NULL AS noteNull, note = '' AS noteEmpty
       FROM gw_types ORDER BY id`,
    );
    const [full, empty] = rows as Record<string, unknown>[];
    expect(full).toMatchObject({
      at: '2024-02-29 23:59:58.123',
      bin: '00017F80FFC328',
      label: 'emoji 😀🎉 ünïcödé',
      big: '9007199254740993',
      amount: '12345678901234567890.0123456789',
    });
    expect(Number(full.noteNull)).toBe(0);
    expect(Number(full.noteEmpty)).toBe(1);
    expect(Number(empty.noteNull)).toBe(1);
  });
});

describe('insert ids and affected rows', () => {
  it('gives $returningId, insertId, rowsAffected (found rows) and nothing for SELECT', async () => {
    // biome-ignore lint/suspicious/noExplicitAny: the Worker's JSON result
    const r: any = await worker.run('ids', { prefix: prefix() });
    const first = r.returned[0].id;
    expect(r.returned).toEqual([{ id: first }, { id: first + 1 }, { id: first + 2 }]);
    expect(typeof r.multi.insertId).toBe('string');
    expect(r.multi.rowsAffected).toBe(2);
    expect(r.storedIds).toEqual([Number(r.multi.insertId), Number(r.multi.insertId) + 1]);
    expect(r.update).toBe(5);
    expect(r.unchanged).toBe(1);
    expect(r.select).toEqual({ insertId: '0', rowsAffected: 0, rows: [{ n: '5' }] });
    expect(r.count).toBe(5);
  });
});

describe('transactions', () => {
  it('commits', async () => {
    const p = prefix();
    const r = await worker.run<{ inside: number; after: string[] }>('txCommit', { prefix: p });
    expect(r).toEqual({ inside: 2, after: [`${p}-1`, `${p}-2`] });
    expect(await countSkus(`${p}-%`)).toBe(2);
  });

  it('rolls back when the callback throws', async () => {
    const p = prefix();
    const r = await worker.run<{ error: WorkerError; after: string[] }>('txRollback', { prefix: p });
    expect(r.error.message).toBe('boom');
    expect(r.after).toEqual([]);
    expect(await countSkus(`${p}-%`)).toBe(0);
  });

  it('rolls back a nested transaction to its savepoint only', async () => {
    const p = prefix();
    const r = await worker.run<{ innerError: WorkerError; after: string[] }>('txSavepoint', { prefix: p });
    expect(r.innerError.message).toBe('inner boom');
    expect(r.after).toEqual([`${p}-a`, `${p}-c`]);
  });

  it('queues concurrent statements of one transaction on one connection', async () => {
    const p = prefix();
    const r = await worker.run('txConcurrent', { prefix: p });
    expect(r).toEqual({ inside: 8, outside: 0, distinctConnections: 1, after: 8 });
  });

  it('keeps a transaction open after a statement error the callback catches', async () => {
    const p = prefix();
    const r = await worker.run<{ duplicate: WorkerError; after: string[] }>('txErrorContinues', {
      prefix: p,
    });
    expect(r.duplicate.cause?.message).toMatch(/\(errno 1062\)/);
    expect(r.after).toEqual([`${p}-a`, `${p}-b`]);
  });

  it('fails the rest of a transaction MariaDB rolled back on deadlock, until ROLLBACK', async () => {
    const p = prefix();
    // biome-ignore lint/suspicious/noExplicitAny: the Worker's JSON result
    const r: any = await worker.run('deadlock', { prefix: p });
    expect(r.deadlockErrors).toHaveLength(1);
    expect(r.deadlockErrors[0].message).toMatch(/Deadlock found.*\(errno 1213\)/);
    expect(r.afterDeadlock.message).toMatch(/^transaction lost/);
    expect(r.rollback).toBeNull();
    const q = r.survivorQty;
    expect(r.rows).toEqual([
      { sku: `${p}-d1`, qty: q },
      { sku: `${p}-d2`, qty: q },
    ]);
  });

  it('fails a transaction whose connection broke instead of continuing in autocommit', async () => {
    const p = prefix();
    const key = randomSuffix();
    const { cid } = await worker.run<{ cid: number }>('killableOpen', { prefix: p, key });
    await db.admin.query(`KILL ${Number(cid)}`);
    // biome-ignore lint/suspicious/noExplicitAny: the Worker's JSON result
    const r: any = await worker.run('killableContinue', { prefix: p, key });
    expect(r.broken.name).toBe('DatabaseError');
    expect(r.broken.status).toBe(503);
    expect(r.broken.body.code).toBe('UNAVAILABLE');
    expect(r.commit.message).toMatch(/transaction lost/);
    expect(r.rollback).toBeNull();
    expect(r.afterRollback).toEqual({ one: 1 });
    expect(r.freshRowsAffected).toBe(1);
    expect(await countSkus(`${p}-killed-%`)).toBe(0);
    expect(await countSkus(`${p}-after-kill`)).toBe(1);
  });
});

describe('errors', () => {
  it('surfaces a duplicate key as DatabaseError with errno 1062', async () => {
    const r = await worker.run<WorkerError>('duplicate', { prefix: prefix() });
    expect(r.message).toMatch(/^Failed query: insert into `gw_items`/);
    expect(r.cause?.name).toBe('DatabaseError');
    expect(r.cause?.status).toBe(400);
    expect(r.cause?.message).toMatch(
      /^Duplicate entry '.*-dup' for key 'sku' \(errno 1062\) \(sqlstate 23000\)$/,
    );
    expect(r.cause?.body?.code).toBe('ALREADY_EXISTS');
  });

  it('surfaces a foreign key violation with errno 1452', async () => {
    const r = await worker.run<WorkerError>('foreignKey');
    expect(r.cause?.name).toBe('DatabaseError');
    expect(r.cause?.message).toMatch(/foreign key constraint fails.*\(errno 1452\) \(sqlstate 23000\)$/);
    expect(r.cause?.body?.code).toBe('UNKNOWN');
  });

  it('rejects wrong credentials with 401 and executes nothing', async () => {
    const p = prefix();
    const r = await worker.run<{ error: WorkerError; drizzleError: WorkerError }>('wrongCredentials', {
      prefix: p,
    });
    expect(r.error).toMatchObject({ name: 'DatabaseError', status: 401, body: { code: 'UNAUTHENTICATED' } });
    expect(r.drizzleError.cause).toMatchObject({ name: 'DatabaseError', status: 401 });
    expect(await countSkus(`${p}-intruder%`)).toBe(0);
  });
});

describe('sessions', () => {
  it('keeps user variables and LAST_INSERT_ID() on a connect() session only', async () => {
    // biome-ignore lint/suspicious/noExplicitAny: the Worker's JSON result
    const r: any = await worker.run('sessionState', { prefix: prefix() });
    expect(r.variable).toEqual({ v: '42' });
    expect(r.lastInsertId).toEqual({ id: r.insertId });
    expect(r.fresh).toEqual({ v: null });
    expect(r.boost).toEqual([]);
    expect(r.replica).toEqual([]);
  });

  it('closes idle sessions: variables are gone and an open transaction fails until ROLLBACK', async () => {
    const p = prefix();
    // biome-ignore lint/suspicious/noExplicitAny: the Worker's JSON result
    const r: any = await worker.run('idleTimeout', { prefix: p, idleMs });
    expect(r.before.v).toBe('7');
    expect(r.after).toEqual({ v: null });
    expect(r.lost.name).toBe('DatabaseError');
    expect(r.lost.message).toMatch(/^transaction lost/);
    expect(r.lost.body.code).toBe('ABORTED');
    expect(r.commit.message).toMatch(/^transaction lost/);
    expect(r.rollback).toBeNull();
    expect(r.afterRollback).toEqual({ one: 1 });
    expect(await waitUntilGone(r.before.cid)).toBe(true);
    expect(await waitUntilGone(r.txCid)).toBe(true);
    expect(await countSkus(`${p}-idle-tx%`)).toBe(0);
  });
});

describe('connection pinning (gateway internals, driven from Node)', () => {
  it('pins a connection only while a transaction or session state needs it', async () => {
    const gw = await startPsdbGateway({
      host: '127.0.0.1',
      port: 0,
      mysqlUrl: db.url,
      user: 'u',
      password: 'p',
      sessionIdleMs: 60_000,
    });
    try {
      const client = new Client({ url: gw.url });
      await client.execute('SELECT 1');
      expect(gw.sessions.pinnedCount()).toBe(0);
      await client.transaction(async (tx) => {
        await tx.execute('SELECT 1');
        expect(gw.sessions.pinnedCount()).toBe(1);
      });
      expect(gw.sessions.pinnedCount()).toBe(0);
      await expect(
        client.transaction(async (tx) => {
          await tx.execute('SELECT 1');
          throw new Error('abort');
        }),
      ).rejects.toThrow('abort');
      expect(gw.sessions.pinnedCount()).toBe(0);
      const conn = connect({ url: gw.url });
      await conn.execute('SET @pinned = 1');
      expect(gw.sessions.pinnedCount()).toBe(1);
      await conn.execute("SELECT 'no state change'");
      expect(gw.sessions.pinnedCount()).toBe(1);
    } finally {
      await gw.close();
    }
    expect(gw.sessions.pinnedCount()).toBe(0);
  });
});

describe('HTTP protocol edges', () => {
  const endpoint = (name: string) => {
    const u = new URL(gateways.psdbUrl);
    return {
      url: `http://${u.host}/psdb.v1alpha1.Database/${name}`,
      // The driver sends the URL's userinfo still percent-encoded.
      auth: `Basic ${Buffer.from(`${u.username}:${u.password}`).toString('base64')}`,
    };
  };
  const post = (name: string, body: string, auth = endpoint(name).auth) =>
    fetch(endpoint(name).url, {
      method: 'POST',
      headers: { authorization: auth, 'content-type': 'application/json' },
      body,
    });

  it.each([
    ['not JSON', '{"query": '],
    ['not an object', '["SELECT 1"]'],
    ['query not a string', '{"query": 42}'],
    ['session not an object', '{"query": "SELECT 1", "session": "abc"}'],
  ])('answers a malformed body (%s) with 400 and an error object', async (_label, body) => {
    const res = await post('Execute', body);
    expect(res.status).toBe(400);
    const json = (await res.json()) as { error: { code: string; message: string } };
    expect(json.error.code).toBe('INVALID_ARGUMENT');
    expect(json.error.message).toMatch(/malformed request body/);
  });

  it('answers bad credentials with 401 UNAUTHENTICATED before reading the body', async () => {
    const res = await post(
      'Execute',
      '{"query":"SELECT 1"}',
      `Basic ${Buffer.from('gw%20user:nope').toString('base64')}`,
    );
    expect(res.status).toBe(401);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('UNAUTHENTICATED');
    const none = await post('Execute', '{"query":"SELECT 1"}', '');
    expect(none.status).toBe(401);
  });

  it('creates a session that Execute then continues', async () => {
    const created = (await (await post('CreateSession', '{}')).json()) as {
      session: { vitessSession: { SessionUUID: string } };
    };
    expect(created.session.vitessSession.SessionUUID).toMatch(/[0-9a-f-]{36}/);
    const res = await post('Execute', JSON.stringify({ query: 'SELECT 1 AS one', session: created.session }));
    const json = (await res.json()) as {
      session: typeof created.session;
      result: { rows: unknown[] };
      timing: number;
    };
    expect(res.status).toBe(200);
    expect(json.session.vitessSession.SessionUUID).toBe(created.session.vitessSession.SessionUUID);
    expect(json.result.rows).toEqual([{ lengths: ['1'], values: Buffer.from('1').toString('base64') }]);
    expect(typeof json.timing).toBe('number');
    expect((await post('CloseSession', JSON.stringify({ session: json.session }))).status).toBe(200);
  });

  it('answers unknown endpoints with 404', async () => {
    const res = await post('Prepare', '{}');
    expect(res.status).toBe(404);
  });
});
