import { Redis, type RedisOptions } from 'ioredis';

/** Redis could not be reached: the gateway answers 500 `{"error": "cannot reach Redis at …"}`. */
export class RedisUnreachableError extends Error {}

/** Short enough that an unreachable Redis is reported well within a client's patience. */
export const redisConnectTimeoutMs = 2000;

/** Whether an ioredis failure means the connection to Redis is gone (as opposed to a gateway bug). */
export function isConnectionFailure(err: unknown): boolean {
  if (err instanceof RedisUnreachableError) return true;
  const e = err as { name?: string; code?: unknown; message?: string };
  if (e.name === 'MaxRetriesPerRequestError') return true;
  if (typeof e.code === 'string' && e.code.startsWith('E')) return true;
  return /Connection is closed|Stream isn't writeable|ECONN|EPIPE|ETIMEDOUT/.test(e.message ?? '');
}

/** `host:port` of a `redis://` URL, for messages. */
export function redisLabel(url: string): string {
  const u = new URL(url);
  return `${u.hostname || '127.0.0.1'}:${u.port || '6379'}`;
}

/** ioredis options that keep replies in RESP2 shapes and fail fast instead of queueing. */
export function redisClientOptions(): RedisOptions {
  return {
    // ioredis 6 defaults to RESP3, which changes reply shapes (WITHSCORES pairs, maps).
    protocol: 2,
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    // No background reconnect loop: the next request reconnects, and reports failure if it cannot.
    retryStrategy: () => null,
    connectTimeout: redisConnectTimeoutMs,
    disableClientInfo: true,
  };
}

/** The shared connection to Redis, (re)connected on demand. */
export class RedisUpstream {
  readonly label: string;
  private readonly client: Redis;
  private lastError: Error | null = null;
  private connecting: Promise<void> | null = null;

  constructor(readonly url: string) {
    this.label = redisLabel(url);
    this.client = this.createClient();
  }

  /** The connected shared client; throws {@link RedisUnreachableError} quickly when Redis is down. */
  async ready(): Promise<Redis> {
    if (this.client.status === 'ready') return this.client;
    this.connecting ??= this.connect(this.client).finally(() => {
      this.connecting = null;
    });
    await this.connecting;
    return this.client;
  }

  /** A connection of its own (for blocking commands); the caller must `disconnect()` it. */
  async dedicated(): Promise<Redis> {
    const client = this.createClient();
    try {
      await this.connect(client);
    } catch (err) {
      client.disconnect();
      throw err;
    }
    return client;
  }

  /** Wrap a connection-level failure (not a Redis error reply) for the HTTP answer. */
  unreachable(err: unknown): RedisUnreachableError {
    if (err instanceof RedisUnreachableError) return err;
    const cause = this.lastError ?? (err as Error);
    return new RedisUnreachableError(`cannot reach Redis at ${this.label}: ${cause.message}`);
  }

  async close(): Promise<void> {
    this.client.disconnect();
  }

  private createClient(): Redis {
    const client = new Redis(this.url, redisClientOptions());
    client.on('error', (err: Error) => {
      this.lastError = err;
    });
    client.on('ready', () => {
      this.lastError = null;
    });
    return client;
  }

  private async connect(client: Redis): Promise<void> {
    const deadline = Date.now() + redisConnectTimeoutMs + 1000;
    while (client.status !== 'ready') {
      if (client.status === 'wait' || client.status === 'end') {
        try {
          await client.connect();
        } catch (err) {
          throw this.unreachable(err);
        }
        continue;
      }
      if (Date.now() > deadline) throw this.unreachable(new Error('timed out connecting'));
      await new Promise((r) => setTimeout(r, 20));
    }
  }
}
