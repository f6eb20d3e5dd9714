import { createPool, type Pool, type PoolOptions } from 'mysql2/promise';

/** Where the PlanetScale gateway forwards to, parsed from a `mysql://user:pass@host:port/db` URL. */
export interface MysqlTarget {
  host: string;
  port: number;
  user: string;
  password: string;
  database: string;
  /** `host:port`, for messages. */
  label: string;
}

/** Parse a `mysql://` URL; the database is the path, credentials are percent-decoded. */
export function parseMysqlUrl(url: string): MysqlTarget {
  const u = new URL(url);
  if (u.protocol !== 'mysql:' && u.protocol !== 'mariadb:') throw new Error(`not a mysql:// URL: ${url}`);
  const host = u.hostname.replace(/^\[(.*)\]$/, '$1') || '127.0.0.1';
  const port = u.port ? Number(u.port) : 3306;
  return {
    host,
    port,
    user: decodeURIComponent(u.username) || 'root',
    password: decodeURIComponent(u.password),
    database: decodeURIComponent(u.pathname.replace(/^\//, '')),
    label: `${host}:${port}`,
  };
}

/** Short enough that an unreachable MariaDB is reported well within a client's patience. */
export const mysqlConnectTimeoutMs = 3000;

/** Connection options shared by the gateway pool and the upstream check. */
export function mysqlConnectionOptions(target: MysqlTarget): PoolOptions {
  return {
    host: target.host,
    port: target.port,
    user: target.user,
    password: target.password,
    // Keeps every BIGINT and insertId exact.
    supportBigNumbers: true,
    bigNumberStrings: true,
    // PlanetScale runs one statement per call.
    multipleStatements: false,
    connectTimeout: mysqlConnectTimeoutMs,
    enableKeepAlive: true,
  };
}

// Mirrors PlanetScale: UTC session time zone (drizzle parses DATETIME as UTC) and backslash escapes
// on, because the driver formats parameters client-side with `\` escapes.
const sessionSetupSql =
  "SET time_zone = '+00:00', sql_mode = TRIM(BOTH ',' FROM REPLACE(CONCAT(',', @@sql_mode, ','), ',NO_BACKSLASH_ESCAPES,', ','))";

/** A pool whose every new connection is set up like a PlanetScale (Vitess) session. */
export function createGatewayPool(target: MysqlTarget, connectionLimit = 64): Pool {
  const pool = createPool({
    ...mysqlConnectionOptions(target),
    database: target.database || undefined,
    connectionLimit,
    maxIdle: 8,
    idleTimeout: 60_000,
  });
  // mysql2 queues commands per connection, so this runs before the query that asked for the connection.
  pool.pool.on('connection', (conn) => {
    conn.query(sessionSetupSql, (err: Error | null) => {
      if (err) console.error(`psdb gateway: session setup failed on ${target.label}: ${err.message}`);
    });
  });
  return pool;
}
