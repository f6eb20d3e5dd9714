/** Options for {@link startGateways}; every field falls back to an environment variable, then a default. */
export interface GatewayOptions {
  /** PlanetScale HTTP gateway port (`PSDB_GATEWAY_PORT` ?? 3900); 0 picks a free port. */
  psdbPort?: number;
  /** Upstash REST gateway port (`REDIS_GATEWAY_PORT` ?? 8079); 0 picks a free port. */
  redisPort?: number;
  /** Interface both gateways listen on (127.0.0.1). */
  host?: string;
  /** MariaDB to forward to (`MYSQL_URL` ?? `mysql://root@127.0.0.1:3306/mewayz`). */
  mysqlUrl?: string;
  /** Redis to forward to (`REDIS_URL` ?? `redis://127.0.0.1:6379`). */
  redisUrl?: string;
  /** Basic-auth user the PlanetScale gateway accepts (`PSDB_GATEWAY_USER` ?? `mewayz`). */
  psdbUser?: string;
  /** Basic-auth password the PlanetScale gateway accepts (`PSDB_GATEWAY_PASSWORD` ?? `mewayz`). */
  psdbPassword?: string;
  /** Bearer token the Upstash gateway accepts (`REDIS_GATEWAY_TOKEN` ?? `mewayz-local-token`). */
  redisToken?: string;
  /** How long an idle PlanetScale session keeps its pinned connection (10 000 ms). */
  sessionIdleMs?: number;
}

export type ResolvedGatewayOptions = Required<GatewayOptions>;

export const defaultMysqlUrl = 'mysql://root@127.0.0.1:3306/mewayz';
export const defaultRedisUrl = 'redis://127.0.0.1:6379';

function envPort(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`${name}=${raw} is not a port number`);
  return port;
}

/** Fill every option from the environment or the documented default. */
export function resolveGatewayOptions(opts: GatewayOptions = {}): ResolvedGatewayOptions {
  const env = process.env;
  return {
    psdbPort: opts.psdbPort ?? envPort('PSDB_GATEWAY_PORT', 3900),
    redisPort: opts.redisPort ?? envPort('REDIS_GATEWAY_PORT', 8079),
    host: opts.host ?? '127.0.0.1',
    mysqlUrl: opts.mysqlUrl ?? env.MYSQL_URL ?? defaultMysqlUrl,
    redisUrl: opts.redisUrl ?? env.REDIS_URL ?? defaultRedisUrl,
    psdbUser: opts.psdbUser ?? env.PSDB_GATEWAY_USER ?? 'mewayz',
    psdbPassword: opts.psdbPassword ?? env.PSDB_GATEWAY_PASSWORD ?? 'mewayz',
    redisToken: opts.redisToken ?? env.REDIS_GATEWAY_TOKEN ?? 'mewayz-local-token',
    sessionIdleMs: opts.sessionIdleMs ?? 10_000,
  };
}
