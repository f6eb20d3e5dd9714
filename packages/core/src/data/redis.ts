import { Redis } from '@upstash/redis/cloudflare';

export type { Redis };

/**
 * Connect to Upstash (production) or the local Upstash-REST gateway. Replies come as plain JSON
 * (`responseEncoding: false`): everything we store is UTF-8 text, and base64-decoding a site
 * snapshot on every cache miss is measurable on the edge.
 */
export function createRedis(url: string, token: string): Redis {
  return new Redis({ url, token, enableTelemetry: false, responseEncoding: false });
}
