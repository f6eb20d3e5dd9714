import { timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Raised while reading a request body that is larger than the gateway accepts. */
export class BodyTooLargeError extends Error {}

/** Read the whole request body, refusing anything above `limitBytes`. */
export async function readBody(req: IncomingMessage, limitBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limitBytes) throw new BodyTooLargeError(`request body exceeds ${limitBytes} bytes`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** Send `body` as JSON with the given status and extra headers. */
export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}

/** Compare two secrets without leaking where they differ through timing. */
export function secretsEqual(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** A started HTTP server plus a `close()` that also drops idle keep-alive sockets. */
export interface ListeningServer {
  server: Server;
  port: number;
  close(): Promise<void>;
}

/**
 * Start a `node:http` server on `host:port` (port 0 picks a free port). A handler that throws gets a
 * 500 with `failureBody(message)` (each protocol has its own error shape) instead of a hung request.
 */
export async function listen(
  host: string,
  port: number,
  handler: (req: IncomingMessage, res: ServerResponse) => Promise<void>,
  failureBody: (message: string) => unknown,
): Promise<ListeningServer> {
  const server = createServer((req, res) => {
    handler(req, res).catch((err: unknown) => {
      if (res.headersSent || res.destroyed) {
        res.destroy();
        return;
      }
      sendJson(res, 500, failureBody(`gateway failure: ${(err as Error).message}`));
    });
  });
  // Node closes an idle keep-alive socket after 5 s by default, which races a client reusing it at that
  // moment: the client's request meets a closed socket (ECONNRESET). Clients honour the Keep-Alive
  // timeout this sends and let go first; a busy machine's late timers then no longer matter.
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  return {
    server,
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** `host:port` for a URL, bracketing IPv6 literals. */
export function hostPort(host: string, port: number): string {
  return `${host.includes(':') ? `[${host}]` : host}:${port}`;
}

/** Loopback names only, so a web page cannot reach a stand-in's test helpers through DNS rebinding. */
export function isLocalHost(hostHeader: string, configured: string): boolean {
  const name = hostHeader.replace(/:\d+$/, '').toLowerCase();
  return ['127.0.0.1', 'localhost', '[::1]', configured].includes(name) || name.endsWith('.localhost');
}
