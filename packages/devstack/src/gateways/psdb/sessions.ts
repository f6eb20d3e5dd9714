import { randomBytes, randomUUID } from 'node:crypto';
import type { PoolConnection } from 'mysql2/promise';

/** Server-side state of one PlanetScale session. */
export interface Session {
  readonly id: string;
  readonly signature: string;
  /** The pinned connection, or null while the session runs on pooled connections. */
  conn: PoolConnection | null;
  inTransaction: boolean;
  /** The open transaction cannot continue (connection gone, or MariaDB rolled it back): only ROLLBACK clears it. */
  transactionLost: boolean;
  /** A statement left connection state (variables, temporary tables, locks): keep `conn` until idle. */
  keepsState: boolean;
  lastInsertId: string | null;
  tail: Promise<void>;
  pending: number;
  timer: NodeJS.Timeout | null;
}

/** The opaque session object the driver sends back; Vitess-shaped like ps-http-sim's. */
export interface SessionJson {
  signature: string;
  vitessSession: Record<string, unknown>;
}

function readClientSession(raw: unknown): { id?: string; signature?: string; inTransaction: boolean } {
  if (!raw || typeof raw !== 'object') return { inTransaction: false };
  const r = raw as {
    signature?: unknown;
    vitessSession?: { SessionUUID?: unknown; inTransaction?: unknown };
  };
  const v = r.vitessSession && typeof r.vitessSession === 'object' ? r.vitessSession : {};
  return {
    id: typeof v.SessionUUID === 'string' ? v.SessionUUID : undefined,
    signature: typeof r.signature === 'string' ? r.signature : undefined,
    inTransaction: v.inTransaction === true,
  };
}

/**
 * All live sessions: a FIFO per session so concurrent requests of one session run in order, and an
 * idle timer that destroys a pinned connection (rolling back whatever it held).
 */
export class SessionRegistry {
  private readonly sessions = new Map<string, Session>();
  private closed = false;

  constructor(
    private readonly idleMs: number,
    private readonly database: string,
  ) {}

  /** A new session with no connection. */
  create(): Session {
    const session: Session = {
      id: randomUUID(),
      signature: randomBytes(32).toString('base64'),
      conn: null,
      inTransaction: false,
      transactionLost: false,
      keepsState: false,
      lastInsertId: null,
      tail: Promise.resolve(),
      pending: 0,
      timer: null,
    };
    this.sessions.set(session.id, session);
    this.arm(session);
    return session;
  }

  /**
   * The session a request's `session` object names. An unknown one that claims an open transaction
   * (expired, or from before a restart) comes back as a new session whose transaction is lost, so
   * the client gets an error instead of silently continuing in autocommit.
   */
  resolve(raw: unknown): Session {
    const claim = readClientSession(raw);
    const known = claim.id ? this.sessions.get(claim.id) : undefined;
    if (known && known.signature === claim.signature) return known;
    const session = this.create();
    if (claim.inTransaction) {
      session.inTransaction = true;
      session.transactionLost = true;
    }
    return session;
  }

  /** Look a session up without creating one. */
  find(raw: unknown): Session | undefined {
    const claim = readClientSession(raw);
    const known = claim.id ? this.sessions.get(claim.id) : undefined;
    return known && known.signature === claim.signature ? known : undefined;
  }

  /** Run `task` after every earlier task of the same session; the idle timer waits for the queue. */
  run<T>(session: Session, task: () => Promise<T>): Promise<T> {
    if (session.timer) clearTimeout(session.timer);
    session.timer = null;
    session.pending++;
    const result = session.tail.then(task);
    session.tail = result.then(
      () => this.settle(session),
      () => this.settle(session),
    );
    return result;
  }

  /** Forget a session and destroy its pinned connection. */
  drop(session: Session): void {
    if (session.timer) clearTimeout(session.timer);
    session.timer = null;
    this.sessions.delete(session.id);
    // Destroy, not release: the connection may hold a transaction or variables.
    session.conn?.destroy();
    session.conn = null;
  }

  /** Drop every session; later requests still work but start fresh. */
  closeAll(): void {
    this.closed = true;
    for (const session of [...this.sessions.values()]) this.drop(session);
  }

  /** Number of sessions holding a pinned connection (for tests and diagnostics). */
  pinnedCount(): number {
    let n = 0;
    for (const s of this.sessions.values()) if (s.conn) n++;
    return n;
  }

  /** The JSON the driver stores and sends back. */
  toJson(session: Session): SessionJson {
    const v: Record<string, unknown> = {
      SessionUUID: session.id,
      autocommit: true,
      targetString: this.database,
      options: { includedFields: 'ALL', clientFoundRows: true },
      DDLStrategy: 'direct',
      enableSystemSettings: true,
    };
    if (session.inTransaction) v.inTransaction = true;
    if (session.conn && session.keepsState) v.inReservedConn = true;
    if (session.lastInsertId) v.lastInsertId = session.lastInsertId;
    return { signature: session.signature, vitessSession: v };
  }

  private settle(session: Session): void {
    session.pending--;
    if (session.pending === 0) this.arm(session);
  }

  private arm(session: Session): void {
    if (this.closed || !this.sessions.has(session.id)) return;
    if (session.timer) clearTimeout(session.timer);
    session.timer = setTimeout(() => {
      if (session.pending === 0) this.drop(session);
    }, this.idleMs);
    session.timer.unref();
  }
}
