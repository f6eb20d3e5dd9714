import type { IncomingMessage, ServerResponse } from 'node:http';
import { BodyTooLargeError, hostPort, listen, readBody, secretsEqual, sendJson } from '../http-server.ts';
import { executeStatement } from './execute.ts';
import { createGatewayPool, parseMysqlUrl } from './mysql-target.ts';
import { SessionRegistry } from './sessions.ts';

export interface PsdbGatewayOptions {
  host: string;
  port: number;
  mysqlUrl: string;
  user: string;
  password: string;
  sessionIdleMs: number;
}

export interface PsdbGateway {
  /** `http://user:pass@host:port`, the URL the PlanetScale driver takes. */
  url: string;
  port: number;
  sessions: SessionRegistry;
  close(): Promise<void>;
}

const maxBodyBytes = 64 * 1024 * 1024;
const servicePrefix = '/psdb.v1alpha1.Database/';

function fail(res: ServerResponse, status: number, code: string, message: string): void {
  sendJson(res, status, { error: { code, message } });
}

/** Credentials of a Basic header, percent-decoded because the driver sends URL userinfo as is. */
function basicCredentials(header: string | undefined): { user: string; password: string } | null {
  const m = /^Basic\s+(\S+)\s*$/i.exec(header ?? '');
  if (!m) return null;
  const decoded = Buffer.from(m[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return null;
  const decode = (s: string) => {
    try {
      return decodeURIComponent(s);
    } catch {
      return s;
    }
  };
  return { user: decode(decoded.slice(0, colon)), password: decode(decoded.slice(colon + 1)) };
}

/**
 * Start the PlanetScale HTTP API (`/psdb.v1alpha1.Database/*`) in front of MariaDB, so
 * `@planetscale/database` and drizzle run unchanged against a local database.
 */
export async function startPsdbGateway(opts: PsdbGatewayOptions): Promise<PsdbGateway> {
  const target = parseMysqlUrl(opts.mysqlUrl);
  const pool = createGatewayPool(target);
  const sessions = new SessionRegistry(opts.sessionIdleMs, target.database);
  const ctx = { pool, target, sessions, idleMs: opts.sessionIdleMs };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = new URL(req.url ?? '/', 'http://gateway').pathname;
    if (!path.startsWith(servicePrefix)) {
      return fail(res, 404, 'NOT_FOUND', `no such endpoint: ${path}`);
    }
    if (req.method !== 'POST')
      return fail(res, 405, 'UNIMPLEMENTED', `${req.method} is not supported; use POST`);
    const creds = basicCredentials(req.headers.authorization);
    if (!creds || !secretsEqual(creds.user, opts.user) || !secretsEqual(creds.password, opts.password)) {
      return fail(res, 401, 'UNAUTHENTICATED', 'invalid username or password for the PlanetScale gateway');
    }
    let body: Record<string, unknown>;
    try {
      const text = (await readBody(req, maxBodyBytes)).toString('utf8');
      const parsed: unknown = text.trim() === '' ? {} : JSON.parse(text);
      if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
        throw new Error('body must be a JSON object');
      body = parsed as Record<string, unknown>;
    } catch (err) {
      if (err instanceof BodyTooLargeError) return fail(res, 413, 'RESOURCE_EXHAUSTED', err.message);
      return fail(res, 400, 'INVALID_ARGUMENT', `malformed request body: ${(err as Error).message}`);
    }
    const session = body.session;
    if (
      session !== undefined &&
      session !== null &&
      (typeof session !== 'object' || Array.isArray(session))
    ) {
      return fail(
        res,
        400,
        'INVALID_ARGUMENT',
        'malformed request body: "session" must be an object or null',
      );
    }

    switch (path.slice(servicePrefix.length)) {
      case 'Execute': {
        if (typeof body.query !== 'string') {
          return fail(res, 400, 'INVALID_ARGUMENT', 'malformed request body: "query" must be a string');
        }
        const query = body.query;
        const s = sessions.resolve(session);
        const reply = await sessions.run(s, () => executeStatement(ctx, s, query));
        return sendJson(res, reply.status, reply.body);
      }
      case 'CreateSession': {
        const s = sessions.create();
        return sendJson(res, 200, {
          session: sessions.toJson(s),
          branch: target.database,
          user: { username: creds.user, psid: 'local' },
        });
      }
      case 'CloseSession': {
        const s = sessions.find(session);
        if (s) await sessions.run(s, async () => sessions.drop(s));
        return sendJson(res, 200, {});
      }
      default:
        return fail(res, 404, 'UNIMPLEMENTED', `unsupported method: ${path}`);
    }
  }

  const listening = await listen(opts.host, opts.port, handle, (message) => ({
    error: { code: 'INTERNAL', message },
  }));
  const userinfo = `${encodeURIComponent(opts.user)}:${encodeURIComponent(opts.password)}`;
  return {
    url: `http://${userinfo}@${hostPort(opts.host, listening.port)}`,
    port: listening.port,
    sessions,
    async close() {
      await listening.close();
      sessions.closeAll();
      await pool.end().catch(() => undefined);
    },
  };
}
