import { createConnection } from 'mysql2/promise';
import { type ResolvedGatewayOptions, resolveGatewayOptions } from './config.ts';
import { unavailableError } from './psdb/mysql-errors.ts';
import { mysqlConnectionOptions, parseMysqlUrl } from './psdb/mysql-target.ts';
import { RedisUpstream } from './upstash/redis-upstream.ts';

/** The command that starts MariaDB on the project's machines. */
export const startMariadbHint = 'start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd';
/** The command that starts Redis on the project's machines. */
export const startRedisHint =
  'redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no';

/** What {@link checkUpstreams} found when both upstreams answer. */
export interface UpstreamReport {
  /** Whether the database named in the MySQL URL exists yet (it may still need migrating). */
  mysqlDatabaseExists: boolean;
  mysqlDatabase: string;
}

/** One or both upstreams are down; the message says which and how to start them. */
export class UpstreamUnavailableError extends Error {}

async function checkMysql(url: string): Promise<boolean> {
  const target = parseMysqlUrl(url);
  let conn: Awaited<ReturnType<typeof createConnection>> | undefined;
  try {
    conn = await createConnection(mysqlConnectionOptions(target));
    const [rows] = await conn.query({
      sql: 'SELECT 1 FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = ?',
      values: [target.database],
      rowsAsArray: true,
    });
    return (rows as unknown[]).length > 0;
  } catch (err) {
    throw new Error(
      `MariaDB: ${unavailableError(err, target).message}\n  start it with: ${startMariadbHint}`,
    );
  } finally {
    conn?.destroy();
  }
}

async function checkRedis(url: string): Promise<void> {
  const upstream = new RedisUpstream(url);
  try {
    const client = await upstream.dedicated();
    try {
      await client.ping();
    } finally {
      client.disconnect();
    }
  } catch (err) {
    throw new Error(`Redis: ${upstream.unreachable(err).message}\n  start it with: ${startRedisHint}`);
  } finally {
    await upstream.close();
  }
}

/**
 * Check that MariaDB and Redis answer (a few seconds at most). Throws an
 * {@link UpstreamUnavailableError} naming each one that is down and the command that starts it.
 */
export async function checkUpstreams(
  opts: Pick<Partial<ResolvedGatewayOptions>, 'mysqlUrl' | 'redisUrl'> = {},
): Promise<UpstreamReport> {
  const { mysqlUrl, redisUrl } = resolveGatewayOptions(opts);
  const [mysql, redis] = await Promise.allSettled([checkMysql(mysqlUrl), checkRedis(redisUrl)]);
  const problems = [mysql, redis].flatMap((r) =>
    r.status === 'rejected' ? [(r.reason as Error).message] : [],
  );
  if (problems.length > 0 || mysql.status !== 'fulfilled') {
    throw new UpstreamUnavailableError(`upstream not reachable:\n${problems.join('\n')}`);
  }
  return { mysqlDatabaseExists: mysql.value, mysqlDatabase: parseMysqlUrl(mysqlUrl).database };
}
