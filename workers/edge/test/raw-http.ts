import { connect } from 'node:net';

/** One HTTP/1.1 response as read off the wire. */
export interface RawResponse {
  status: number;
  reason: string;
  headers: Record<string, string>;
  body: Buffer;
}

/** What came back on one connection: the responses in order, and whether the server closed it. */
export interface RawExchange {
  responses: RawResponse[];
  closed: boolean;
}

/**
 * Send `request` (bytes exactly as given, so malformed headers and pipelined requests reach the
 * server untouched) on one TCP connection, and read responses until `expect` of them arrived, the
 * server closed the connection, or `timeoutMs` passed.
 */
export function rawExchange(
  port: number,
  request: Buffer | string,
  { expect = 1, timeoutMs = 10_000 }: { expect?: number; timeoutMs?: number } = {},
): Promise<RawExchange> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let data = Buffer.alloc(0);
    let settled = false;
    const finish = (closed: boolean) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      resolve({ responses: parseResponses(data).responses, closed });
    };
    const timer = setTimeout(() => finish(false), timeoutMs);
    socket.on('connect', () => socket.write(request));
    socket.on('data', (chunk) => {
      data = Buffer.concat([data, chunk]);
      if (parseResponses(data).responses.length >= expect) finish(false);
    });
    socket.on('end', () => finish(true));
    socket.on('close', () => finish(true));
    socket.on('error', (err) => {
      // A reset after the answers were read is a close.
      if (data.length > 0) finish(true);
      else if (!settled) {
        settled = true;
        clearTimeout(timer);
        reject(err);
      }
    });
  });
}

/** The complete responses at the start of `data` (Content-Length or chunked bodies). */
export function parseResponses(data: Buffer): { responses: RawResponse[]; rest: Buffer } {
  const responses: RawResponse[] = [];
  let at = 0;
  for (;;) {
    const headEnd = data.indexOf('\r\n\r\n', at);
    if (headEnd < 0) break;
    const [statusLine = '', ...lines] = data.subarray(at, headEnd).toString('latin1').split('\r\n');
    const m = /^HTTP\/1\.[01] (\d{3}) ?(.*)$/.exec(statusLine);
    if (!m) break;
    const headers: Record<string, string> = {};
    for (const line of lines) {
      const i = line.indexOf(':');
      if (i > 0) headers[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim();
    }
    let bodyStart = headEnd + 4;
    let body: Buffer;
    if (headers['transfer-encoding']?.toLowerCase() === 'chunked') {
      const parts: Buffer[] = [];
      let complete = false;
      for (;;) {
        const lineEnd = data.indexOf('\r\n', bodyStart);
        if (lineEnd < 0) break;
        const size = Number.parseInt(data.subarray(bodyStart, lineEnd).toString('latin1'), 16);
        if (!Number.isFinite(size)) break;
        if (size === 0) {
          const end = data.indexOf('\r\n', lineEnd + 2);
          if (end < 0) break;
          bodyStart = end + 2;
          complete = true;
          break;
        }
        if (data.length < lineEnd + 2 + size + 2) break;
        parts.push(data.subarray(lineEnd + 2, lineEnd + 2 + size));
        bodyStart = lineEnd + 2 + size + 2;
      }
      if (!complete) break;
      body = Buffer.concat(parts);
    } else {
      const length = Number(headers['content-length'] ?? '0');
      const noBody = m[1] === '204' || m[1] === '304';
      const size = noBody ? 0 : length;
      if (data.length < bodyStart + size) break;
      body = data.subarray(bodyStart, bodyStart + size);
      bodyStart += size;
    }
    responses.push({ status: Number(m[1]), reason: m[2] ?? '', headers, body });
    at = bodyStart;
  }
  return { responses, rest: data.subarray(at) };
}
