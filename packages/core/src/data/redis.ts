import { Redis } from '@upstash/redis/cloudflare';

export type { Redis };

/** Connect to Upstash (production) or the local Upstash-REST gateway. */
export function createRedis(url: string, token: string): Redis {
  return new Redis({ url, token, enableTelemetry: false });
}
