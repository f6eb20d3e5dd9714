import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local stand-in for the two email providers' HTTP APIs: Resend (`POST /emails`, bearer key,
 * `Idempotency-Key` honoured for 24 h like the real one) and Elastic Email v4
 * (`POST /v4/emails/transactional`, `X-ElasticEmail-ApiKey`). It keeps what it accepted in memory:
 * `GET /__fake/messages` lists them (newest last), `GET /__fake/stats` counts them (and duplicates:
 * the same recipient and idempotency key accepted twice), `POST /__fake/faults` makes it fail every
 * Nth request with 503 or accept and then drop the connection (a lost answer), `POST /__fake/reset`
 * forgets everything.
 */
export interface FakeEmail {
  id: string;
  provider: 'resend' | 'elastic';
  to: string[];
  from: string;
  subject: string;
  html: string | null;
  text: string | null;
  headers: Record<string, string>;
  tags: Record<string, string>;
  idempotencyKey: string | null;
  receivedAt: string;
}

export interface EmailProviderFake {
  url: string;
  messages: FakeEmail[];
  close(): Promise<void>;
}

interface Faults {
  /** Answer 503 to every Nth send (0: never). */
  failEvery: number;
  /** Accept every Nth send, then destroy the socket without answering (0: never). */
  dropEvery: number;
}

export async function startEmailProviderFake(opts: {
  port?: number;
  apiKey?: string;
  log?: (line: string) => void;
}): Promise<EmailProviderFake> {
  const apiKey = opts.apiKey ?? 're_local_fake';
  const messages: FakeEmail[] = [];
  const byKey = new Map<string, FakeEmail>();
  const faults: Faults = { failEvery: 0, dropEvery: 0 };
  let sends = 0;

  const json = (res: ServerResponse, status: number, body: unknown) =>
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));

  async function readBody(req: IncomingMessage): Promise<unknown> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    return raw ? JSON.parse(raw) : {};
  }

  function accept(res: ServerResponse, email: FakeEmail, answer: unknown) {
    sends++;
    if (faults.failEvery && sends % faults.failEvery === 0) {
      json(res, 503, { name: 'service_unavailable', message: 'Injected failure' });
      return;
    }
    messages.push(email);
    if (email.idempotencyKey) byKey.set(email.idempotencyKey, email);
    if (faults.dropEvery && sends % faults.dropEvery === 0) {
      res.socket?.destroy();
      return;
    }
    json(res, 200, answer);
  }

  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://fake');
      if (req.method === 'GET' && url.pathname === '/__fake/messages') {
        const to = url.searchParams.get('to');
        return json(res, 200, to ? messages.filter((m) => m.to.includes(to)) : messages);
      }
      if (req.method === 'GET' && url.pathname === '/__fake/stats') {
        const seen = new Set<string>();
        let duplicates = 0;
        for (const m of messages) {
          const key = `${m.to.join(',')}|${m.subject}|${m.tags.campaign ?? m.id}`;
          if (seen.has(key)) duplicates++;
          seen.add(key);
        }
        return json(res, 200, { messages: messages.length, duplicates, requests: sends });
      }
      if (req.method === 'POST' && url.pathname === '/__fake/faults') {
        const body = (await readBody(req)) as Partial<Faults>;
        faults.failEvery = Number(body.failEvery ?? 0);
        faults.dropEvery = Number(body.dropEvery ?? 0);
        sends = 0;
        return json(res, 200, faults);
      }
      if (req.method === 'POST' && url.pathname === '/__fake/reset') {
        messages.length = 0;
        byKey.clear();
        sends = 0;
        Object.assign(faults, { failEvery: 0, dropEvery: 0 });
        return json(res, 200, { reset: true });
      }
      if (req.method === 'POST' && url.pathname === '/emails') {
        if (req.headers.authorization !== `Bearer ${apiKey}`)
          return json(res, 401, { name: 'missing_api_key', message: 'Invalid API key' });
        const body = (await readBody(req)) as Record<string, unknown>;
        const key = (req.headers['idempotency-key'] as string | undefined) ?? null;
        const earlier = key ? byKey.get(key) : undefined;
        if (earlier) return json(res, 200, { id: earlier.id });
        if (!Array.isArray(body.to) || typeof body.subject !== 'string' || typeof body.from !== 'string')
          return json(res, 422, { name: 'validation_error', message: 'to, from and subject are required' });
        const tags: Record<string, string> = {};
        for (const t of (body.tags as { name: string; value: string }[] | undefined) ?? [])
          tags[t.name] = t.value;
        const id = `re_${createHash('sha256').update(`${Date.now()}${Math.random()}`).digest('hex').slice(0, 24)}`;
        return accept(
          res,
          {
            id,
            provider: 'resend',
            to: body.to as string[],
            from: body.from,
            subject: body.subject,
            html: (body.html as string) ?? null,
            text: (body.text as string) ?? null,
            headers: (body.headers as Record<string, string>) ?? {},
            tags,
            idempotencyKey: key,
            receivedAt: new Date().toISOString(),
          },
          { id },
        );
      }
      if (req.method === 'POST' && url.pathname === '/v4/emails/transactional') {
        if (req.headers['x-elasticemail-apikey'] !== apiKey)
          return json(res, 401, { Error: 'Access denied' });
        const body = (await readBody(req)) as {
          Recipients?: { To?: string[] };
          Content?: {
            From?: string;
            Subject?: string;
            Headers?: Record<string, string>;
            Body?: { ContentType: string; Content: string }[];
          };
        };
        const parts = body.Content?.Body ?? [];
        const id = `ee_${createHash('sha256').update(`${Date.now()}${Math.random()}`).digest('hex').slice(0, 24)}`;
        return accept(
          res,
          {
            id,
            provider: 'elastic',
            to: body.Recipients?.To ?? [],
            from: body.Content?.From ?? '',
            subject: body.Content?.Subject ?? '',
            html: parts.find((p) => p.ContentType === 'HTML')?.Content ?? null,
            text: parts.find((p) => p.ContentType === 'PlainText')?.Content ?? null,
            headers: body.Content?.Headers ?? {},
            tags: {},
            idempotencyKey: null,
            receivedAt: new Date().toISOString(),
          },
          { TransactionID: id, MessageID: id },
        );
      }
      json(res, 404, { message: 'not found' });
    } catch (err) {
      json(res, 400, { message: err instanceof Error ? err.message : 'bad request' });
    }
  });
  await new Promise<void>((r) => server.listen(opts.port ?? 0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  opts.log?.(`listening on ${url}`);
  return {
    url,
    messages,
    close: () => new Promise((r) => server.close(() => r())),
  };
}
