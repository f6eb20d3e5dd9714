import type { IncomingMessage, ServerResponse } from 'node:http';
import { type Redis, ReplyError } from 'ioredis';
import { BodyTooLargeError, hostPort, listen, readBody, secretsEqual, sendJson } from '../http-server.ts';
import {
  assertStateless,
  BadRequestError,
  ioredisCommandName,
  isBlocking,
  parseCommand,
  parseCommandList,
  type RedisCommand,
} from './commands.ts';
import { isConnectionFailure, type RedisUpstream } from './redis-upstream.ts';
import { encodeReply } from './reply-encoding.ts';
import { ScriptAliases } from './scripts.ts';

export interface UpstashGatewayOptions {
  host: string;
  port: number;
  token: string;
  upstream: RedisUpstream;
}

export interface UpstashGateway {
  /** `http://host:port`, the URL `@upstash/redis` takes. */
  url: string;
  port: number;
  close(): Promise<void>;
}

/** An entry of a `/pipeline` or `/multi-exec` reply. */
type Entry = { result: unknown } | { error: string };

const maxBodyBytes = 64 * 1024 * 1024;
const bootId = Date.now().toString(36);

function isReplyError(err: unknown): err is Error {
  return err instanceof ReplyError;
}

/**
 * Start the Upstash Redis REST API (`POST /`, `/pipeline`, `/multi-exec`) in front of Redis, so
 * `@upstash/redis` and `@upstash/ratelimit` run unchanged against a local Redis.
 */
export async function startUpstashGateway(opts: UpstashGatewayOptions): Promise<UpstashGateway> {
  const { upstream } = opts;
  const scripts = new ScriptAliases();
  let syncCounter = 0;

  async function send(client: Redis, command: RedisCommand): Promise<unknown> {
    const { command: rewritten, mapReply } = scripts.rewrite(command);
    const [name, ...args] = rewritten;
    const reply = await client.callBuffer(ioredisCommandName(name), ...args);
    return mapReply ? mapReply(reply) : reply;
  }

  /** Run commands in order without atomicity; a blocking one moves the batch to its own connection. */
  async function runPipeline(commands: RedisCommand[]): Promise<PromiseSettledResult<unknown>[]> {
    if (!commands.some(isBlocking)) {
      const client = await upstream.ready();
      return Promise.allSettled(commands.map((c) => send(client, c)));
    }
    const client = await upstream.dedicated();
    try {
      return await Promise.allSettled(commands.map((c) => send(client, c)));
    } finally {
      client.disconnect();
    }
  }

  async function runTransaction(commands: RedisCommand[]): Promise<Entry[]> {
    const client = await upstream.ready();
    const multi = client.multi();
    const mappers: ((reply: unknown) => unknown)[] = [];
    for (const command of commands) {
      const { command: rewritten, mapReply } = scripts.rewrite(command);
      const [name, ...args] = rewritten;
      multi.callBuffer(ioredisCommandName(name), ...args);
      mappers.push(mapReply ?? ((r) => r));
    }
    const results = (await multi.exec()) ?? [];
    return results.map(([err, reply], i) => {
      if (err) {
        if (!isReplyError(err)) throw err;
        return { error: err.message };
      }
      return { result: mappers[i](reply) };
    });
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // Changes on every response, as the client's read-your-writes check expects after each write.
    const headers = { 'upstash-sync-token': `${bootId}-${++syncCounter}` };
    const reply = (status: number, body: unknown) => sendJson(res, status, body, headers);
    const url = new URL(req.url ?? '/', 'http://gateway');

    const auth =
      /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1]?.trim() ?? url.searchParams.get('_token');
    if (req.method === 'GET' && url.pathname === '/' && !auth) {
      return reply(200, { result: 'Upstash REST gateway for local Redis; POST commands as JSON arrays' });
    }
    if (!auth || !secretsEqual(auth, opts.token)) return reply(401, { error: 'Unauthorized' });
    if (req.method !== 'POST')
      return reply(405, { error: `ERR ${req.method} is not supported; POST a JSON array` });

    const endpoint = url.pathname.endsWith('/pipeline')
      ? 'pipeline'
      : url.pathname.endsWith('/multi-exec')
        ? 'multi-exec'
        : 'single';
    const base64 = String(req.headers['upstash-encoding'] ?? '').toLowerCase() === 'base64';

    try {
      let body: unknown;
      try {
        body = JSON.parse((await readBody(req, maxBodyBytes)).toString('utf8'));
      } catch (err) {
        if (err instanceof BodyTooLargeError) return reply(413, { error: `ERR ${err.message}` });
        throw new BadRequestError(`ERR failed to parse the request body as JSON: ${(err as Error).message}`);
      }

      if (endpoint === 'single') {
        const command = parseCommand(body);
        assertStateless(command);
        if (isBlocking(command)) {
          const [settled] = await runPipeline([command]);
          if (settled.status === 'rejected') throw settled.reason;
          return reply(200, { result: encodeReply(settled.value, base64) });
        }
        const result = await send(await upstream.ready(), command);
        return reply(200, { result: encodeReply(result, base64) });
      }

      const commands = parseCommandList(body);
      for (const command of commands) assertStateless(command);
      if (endpoint === 'pipeline') {
        const settled = await runPipeline(commands);
        const entries = settled.map((s): Entry => {
          if (s.status === 'fulfilled') return { result: encodeReply(s.value, base64) };
          if (!isReplyError(s.reason)) throw s.reason;
          return { error: s.reason.message };
        });
        return reply(200, entries);
      }
      const entries = await runTransaction(commands);
      return reply(
        200,
        entries.map((e) => ('result' in e ? { result: encodeReply(e.result, base64) } : e)),
      );
    } catch (err) {
      if (err instanceof BadRequestError) return reply(400, { error: err.message });
      // A Redis error reply to a single command, or EXECABORT of a transaction.
      if (isReplyError(err)) {
        const previous = (err as { previousErrors?: Error[] }).previousErrors ?? [];
        const detail = previous.length > 0 ? ` (${previous.map((e) => e.message).join('; ')})` : '';
        return reply(400, { error: err.message + detail });
      }
      if (isConnectionFailure(err)) return reply(500, { error: upstream.unreachable(err).message });
      throw err;
    }
  }

  const listening = await listen(opts.host, opts.port, handle, (message) => ({ error: message }));
  return {
    url: `http://${hostPort(opts.host, listening.port)}`,
    port: listening.port,
    close: () => listening.close(),
  };
}
