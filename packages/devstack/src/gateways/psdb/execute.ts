import type { FieldPacket, ResultSetHeader } from 'mysql2';
import type { Pool, PoolConnection } from 'mysql2/promise';
import { type PsdbError, sqlError, unavailableError } from './mysql-errors.ts';
import type { MysqlTarget } from './mysql-target.ts';
import { encodeHeader, encodeResultSet, type PsdbResult } from './result-encoding.ts';
import type { Session, SessionRegistry } from './sessions.ts';
import { changesConnectionState, isPlanetScaleOnly, readsLastInsertId, statementHead } from './statements.ts';

/** What the Execute endpoint answers: an HTTP status and its JSON body. */
export interface ExecuteReply {
  status: number;
  body: { session: unknown; result?: PsdbResult; error?: PsdbError; timing?: number };
}

export interface ExecuteContext {
  pool: Pool;
  target: MysqlTarget;
  sessions: SessionRegistry;
  idleMs: number;
}

const SERVER_STATUS_IN_TRANS = 1;
const plainRollback = /^rollback(?:\s+work)?\s*;?\s*$/i;

type RawRows = (Buffer | null)[][];

/**
 * Run one statement for a session, on its pinned connection or a pooled one, pinning the connection
 * when the statement leaves a transaction or other connection state behind.
 */
export async function executeStatement(
  ctx: ExecuteContext,
  session: Session,
  sql: string,
): Promise<ExecuteReply> {
  const started = performance.now();
  const reply = (status: number, extra: { result?: PsdbResult; error?: PsdbError }): ExecuteReply => ({
    status,
    body: { session: ctx.sessions.toJson(session), ...extra, timing: (performance.now() - started) / 1000 },
  });

  if (isPlanetScaleOnly(sql)) return reply(200, { result: {} });

  if (session.transactionLost) {
    if (plainRollback.test(statementHead(sql))) {
      session.transactionLost = false;
      session.inTransaction = false;
      if (session.conn) await session.conn.query('ROLLBACK').catch(() => undefined);
      releasePinned(session);
      return reply(200, { result: {} });
    }
    return reply(200, {
      error: {
        code: 'ABORTED',
        message:
          `transaction lost: its MySQL connection was closed (idle for more than ${ctx.idleMs} ms, broken, ` +
          'or the gateway restarted) or MySQL rolled it back; ROLLBACK and retry the transaction',
      },
    });
  }

  const pinned = session.conn;
  let conn: PoolConnection;
  try {
    conn = pinned ?? (await ctx.pool.getConnection());
  } catch (err) {
    return reply(503, { error: unavailableError(err, ctx.target) });
  }

  try {
    if (!pinned && session.lastInsertId && readsLastInsertId(sql)) {
      // A pooled connection has another LAST_INSERT_ID(); give it this session's.
      await conn.query(`SELECT LAST_INSERT_ID(${BigInt(session.lastInsertId)})`);
    }
    const [rows, fields] = await conn.query({ sql, rowsAsArray: true, typeCast: false });
    let result: PsdbResult;
    if (Array.isArray(rows)) {
      // CALL returns several result sets even without multipleStatements; PlanetScale shows the first.
      const multi = Array.isArray(fields?.[0]);
      const set = (multi ? rows[0] : rows) as unknown as RawRows;
      const setFields = (multi ? fields[0] : fields) as unknown as FieldPacket[];
      result = encodeResultSet(Array.isArray(set) ? set : [], setFields ?? []);
    } else {
      const header = rows as ResultSetHeader;
      result = encodeHeader(header);
      session.inTransaction = (header.serverStatus & SERVER_STATUS_IN_TRANS) !== 0;
      if (result.insertId) session.lastInsertId = result.insertId;
    }
    if (changesConnectionState(sql)) session.keepsState = true;
    keepOrRelease(session, conn);
    return reply(200, { result });
  } catch (err) {
    const error = sqlError(err);
    if (!error) {
      // Never hand a broken connection to another session.
      conn.destroy();
      if (session.conn === conn) session.conn = null;
      session.keepsState = false;
      if (session.inTransaction) session.transactionLost = true;
      const reason = (err as { code?: string; message?: string }).code ?? (err as Error).message;
      return reply(503, {
        error: { code: 'UNAVAILABLE', message: `lost connection to MySQL at ${ctx.target.label}: ${reason}` },
      });
    }
    if (session.inTransaction && pinned) await noticeImplicitRollback(session, conn);
    keepOrRelease(session, conn);
    return reply(200, { error });
  }
}

/** A deadlock (and some other errors) makes MariaDB roll the whole transaction back. */
async function noticeImplicitRollback(session: Session, conn: PoolConnection): Promise<void> {
  try {
    const [rows] = await conn.query({ sql: 'SELECT @@in_transaction', rowsAsArray: true });
    const open = (rows as unknown as unknown[][])[0]?.[0];
    if (Number(open) === 0) session.transactionLost = true;
  } catch {
    // MySQL has no @@in_transaction: assume the transaction is still open, as it usually is.
  }
}

function keepOrRelease(session: Session, conn: PoolConnection): void {
  if (session.inTransaction || session.keepsState) {
    session.conn = conn;
    return;
  }
  session.conn = null;
  conn.release();
}

function releasePinned(session: Session): void {
  if (session.conn && !session.keepsState) {
    session.conn.release();
    session.conn = null;
  }
}
