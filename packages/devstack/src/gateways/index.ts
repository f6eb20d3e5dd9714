import { type GatewayOptions, resolveGatewayOptions } from './config.ts';
import { startPsdbGateway } from './psdb/server.ts';
import { RedisUpstream } from './upstash/redis-upstream.ts';
import { startUpstashGateway } from './upstash/server.ts';

export type { GatewayOptions } from './config.ts';
export { defaultMysqlUrl, defaultRedisUrl, resolveGatewayOptions } from './config.ts';
export {
  checkUpstreams,
  startMariadbHint,
  startRedisHint,
  type UpstreamReport,
  UpstreamUnavailableError,
} from './upstreams.ts';

/** The two running gateways and how clients reach them. */
export interface RunningGateways {
  /** `http://user:pass@127.0.0.1:port`: the `url` for `@planetscale/database` / drizzle. */
  psdbUrl: string;
  /** `http://127.0.0.1:port`: the `url` for `@upstash/redis`. */
  redisUrl: string;
  /** The bearer token for `@upstash/redis`. */
  redisToken: string;
  /** Stop both servers and close every upstream connection. */
  close(): Promise<void>;
}

/**
 * Start the PlanetScale HTTP gateway (→ MariaDB) and the Upstash REST gateway (→ Redis). Upstreams
 * are connected on demand, so this succeeds even if they are down; requests then fail fast with
 * UNAVAILABLE / "cannot reach Redis". Use {@link checkUpstreams} first for a friendly diagnosis.
 */
export async function startGateways(opts: GatewayOptions = {}): Promise<RunningGateways> {
  const o = resolveGatewayOptions(opts);
  const psdb = await startPsdbGateway({
    host: o.host,
    port: o.psdbPort,
    mysqlUrl: o.mysqlUrl,
    user: o.psdbUser,
    password: o.psdbPassword,
    sessionIdleMs: o.sessionIdleMs,
  });
  const upstream = new RedisUpstream(o.redisUrl);
  let upstash: Awaited<ReturnType<typeof startUpstashGateway>>;
  try {
    upstash = await startUpstashGateway({ host: o.host, port: o.redisPort, token: o.redisToken, upstream });
  } catch (err) {
    await psdb.close();
    await upstream.close();
    throw err;
  }
  return {
    psdbUrl: psdb.url,
    redisUrl: upstash.url,
    redisToken: o.redisToken,
    async close() {
      await Promise.all([psdb.close(), upstash.close()]);
      await upstream.close();
    },
  };
}
