import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  BodyTooLargeError,
  hostPort,
  isLocalHost,
  listen,
  readBody,
  secretsEqual,
  sendJson,
} from '../gateways/http-server.ts';
import {
  answerChat,
  completionBody,
  parseChatRequest,
  standinFingerprint,
  streamChat,
} from './chat-completions.ts';
import { type Fault, type FaultKind, FaultQueue, faultKinds, faultOfPrompt } from './faults.ts';
import { moderate } from './moderations.ts';
import { invalidRequest, OpenAIApiError } from './openai-error.ts';

/**
 * A local stand-in for the part of OpenAI's API the AI assist uses — Chat Completions (plain,
 * streamed as server-sent events, and with structured output through `response_format.json_schema`)
 * and Moderations — that the real `openai` SDK talks to through its `baseURL`. Answers are
 * deterministic; failures are asked for under `/__standin/` or by magic words in the prompt. See
 * docs/openai-standin.md.
 */
export interface OpenAIStandinOptions {
  /** 0 picks a free port (tests); `npm start` uses 3904. */
  port: number;
  host?: string;
  /** The one API key accepted; when left out, any non-empty key is. */
  apiKey?: string;
  /** Pause between streamed chunks, so a page visibly fills in (default 25 ms; tests use 0–5). */
  chunkDelayMs?: number;
  log?: (line: string) => void;
}

export interface StandinRequestRecord {
  endpoint: 'chat' | 'moderations';
  model: string | null;
  stream: boolean;
  structured: boolean;
  /** The fault that answered it, if any. */
  fault: FaultKind | null;
  status: number;
}

export interface OpenAIStandin {
  /** `http://127.0.0.1:<port>/v1`: what `OPENAI_BASE_URL` points at. */
  baseUrl: string;
  url: string;
  port: number;
  /** Answer the next `times` requests of the fault's endpoint with it. */
  fail(fault: Fault, times?: number): void;
  /** Every request so far, oldest first. */
  requests(): StandinRequestRecord[];
  reset(): void;
  close(): Promise<void>;
}

export { standinFingerprint };
export const standinModel = 'mewayz-standin-1';
const maxBodyBytes = 1024 * 1024;

export async function startOpenAIStandin(opts: OpenAIStandinOptions): Promise<OpenAIStandin> {
  const host = opts.host ?? '127.0.0.1';
  const log = opts.log ?? (() => {});
  const faults = new FaultQueue();
  const records: StandinRequestRecord[] = [];
  const waits = new Set<() => void>();
  const chunkDelayMs = opts.chunkDelayMs ?? 25;

  const wait = (ms: number, res: ServerResponse) =>
    new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        waits.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      waits.add(done);
      res.once('close', done);
    });

  async function jsonBody(req: IncomingMessage): Promise<Record<string, unknown>> {
    const text = (await readBody(req, maxBodyBytes)).toString('utf8');
    try {
      const body = text ? JSON.parse(text) : {};
      if (!body || typeof body !== 'object' || Array.isArray(body)) throw new Error('not an object');
      return body;
    } catch {
      throw invalidRequest('We could not parse the JSON body of your request.');
    }
  }

  function checkKey(req: IncomingMessage) {
    const given = /^Bearer (.+)$/.exec(String(req.headers.authorization ?? ''))?.[1] ?? '';
    if (!given || (opts.apiKey && !secretsEqual(given, opts.apiKey)))
      throw new OpenAIApiError(
        401,
        'Incorrect API key provided.',
        'invalid_request_error',
        'invalid_api_key',
      );
  }

  /** Answer `fault` if it is one that replaces the answer; false when the request goes on. */
  async function failWith(fault: Fault | null, res: ServerResponse): Promise<boolean> {
    if (fault?.kind === 'rate_limit')
      throw new OpenAIApiError(
        429,
        'Rate limit reached for requests (stand-in).',
        'requests',
        'rate_limit_exceeded',
        null,
        {
          'retry-after': String(fault.retryAfterSeconds ?? 1),
        },
      );
    if (fault?.kind === 'server_error')
      throw new OpenAIApiError(
        500,
        'The server had an error while processing your request (stand-in).',
        'server_error',
      );
    if (fault?.kind === 'slow') await wait(fault.delayMs ?? 30_000, res);
    return res.destroyed;
  }

  async function handleApi(
    req: IncomingMessage,
    res: ServerResponse,
    url: URL,
    record: StandinRequestRecord,
  ) {
    const method = req.method ?? 'GET';
    const path = url.pathname;
    if (method === 'GET' && path === '/v1/models')
      return sendJson(res, 200, {
        object: 'list',
        data: [{ id: standinModel, object: 'model', created: 0, owned_by: 'mewayz-standin' }],
      });
    if (method !== 'POST')
      throw new OpenAIApiError(
        404,
        `Unknown request URL: ${method} ${path}.`,
        'invalid_request_error',
        'unknown_url',
      );
    checkKey(req);
    const body = await jsonBody(req);
    if (path === '/v1/chat/completions') {
      const chat = parseChatRequest(body);
      Object.assign(record, { model: chat.model, stream: chat.stream, structured: chat.schema !== null });
      const fault = faults.take('chat') ?? faultOfPrompt(chat.messages.map((m) => m.content).join('\n'));
      if (fault && fault.kind !== 'flagged') record.fault = fault.kind;
      if (await failWith(fault, res)) return;
      const answer = answerChat(chat, fault);
      const created = Math.floor(Date.now() / 1000);
      if (chat.stream) return streamChat(res, chat, answer, created, chunkDelayMs);
      return sendJson(res, 200, completionBody(chat, answer, created));
    }
    if (path === '/v1/moderations') {
      record.endpoint = 'moderations';
      record.model = typeof body.model === 'string' ? body.model : null;
      const fault = faults.take('moderations');
      record.fault = fault?.kind ?? null;
      return sendJson(res, 200, moderate(body, fault));
    }
    throw new OpenAIApiError(
      404,
      `Unknown request URL: POST ${path}.`,
      'invalid_request_error',
      'unknown_url',
    );
  }

  async function handleHelper(req: IncomingMessage, res: ServerResponse, url: URL) {
    const path = url.pathname.slice('/__standin'.length);
    if (req.method === 'GET' && path === '/requests') return sendJson(res, 200, records);
    if (req.method !== 'POST') throw new OpenAIApiError(404, `No test helper ${req.method} ${url.pathname}`);
    // JSON only: a page in a browser cannot send it cross-site without a preflight this server never allows.
    if (!String(req.headers['content-type'] ?? '').startsWith('application/json'))
      throw new OpenAIApiError(415, 'Send JSON (content-type: application/json).');
    const body = await jsonBody(req);
    if (path === '/faults') {
      const kind = body.kind as FaultKind;
      if (!faultKinds.includes(kind)) throw invalidRequest(`kind: one of ${faultKinds.join(', ')}`, 'kind');
      const times = body.times === undefined ? 1 : Number(body.times);
      if (!Number.isInteger(times) || times < 1 || times > 100)
        throw invalidRequest('times: 1 to 100', 'times');
      const fault: Fault = { kind };
      if (typeof body.delayMs === 'number') fault.delayMs = body.delayMs;
      if (typeof body.retryAfterSeconds === 'number') fault.retryAfterSeconds = body.retryAfterSeconds;
      if (typeof body.skip === 'number') fault.skip = body.skip;
      faults.push(fault, times);
      return sendJson(res, 200, { pending: faults.pending });
    }
    if (path === '/reset') {
      faults.clear();
      records.length = 0;
      return sendJson(res, 200, { pending: [] });
    }
    throw new OpenAIApiError(404, `No test helper POST ${url.pathname}`);
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://stand-in');
    res.setHeader('x-request-id', `req_standin_${records.length + 1}`);
    const record: StandinRequestRecord = {
      endpoint: 'chat',
      model: null,
      stream: false,
      structured: false,
      fault: null,
      status: 200,
    };
    try {
      if (url.pathname.startsWith('/__standin/')) {
        if (!isLocalHost(req.headers.host ?? '', host))
          throw new OpenAIApiError(403, 'Test helpers answer on local host names only.');
        return await handleHelper(req, res, url);
      }
      if (!url.pathname.startsWith('/v1/'))
        throw new OpenAIApiError(404, `Unknown request URL: ${url.pathname}.`);
      records.push(record);
      await handleApi(req, res, url, record);
    } catch (err) {
      const e = err instanceof BodyTooLargeError ? invalidRequest('The request body is too large.') : err;
      if (!(e instanceof OpenAIApiError)) throw e;
      record.status = e.status;
      sendJson(res, e.status, e.body(), e.headers);
    }
  }

  const server = await listen(host, opts.port, handle, (message) => ({
    error: { message, type: 'server_error', param: null, code: null },
  }));
  const url = `http://${hostPort(host, server.port)}`;
  log(`listening on ${url}/v1`);
  return {
    url,
    baseUrl: `${url}/v1`,
    port: server.port,
    fail: (fault, times = 1) => faults.push(fault, times),
    requests: () => [...records],
    reset: () => {
      faults.clear();
      records.length = 0;
    },
    async close() {
      for (const done of [...waits]) done();
      await server.close();
    },
  };
}
