import { createHash } from 'node:crypto';
import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { AddressInfo } from 'node:net';

/**
 * A local stand-in for the two email providers' HTTP APIs: Resend (`POST /emails`, bearer key,
 * `Idempotency-Key` honoured for 24 h like the real one) and Elastic Email v4
 * (`POST /v4/emails/transactional`, `X-ElasticEmail-ApiKey`). It keeps what it accepted in memory:
 * `GET /__fake/messages` lists them (newest last), `GET /__fake/stats` counts them (and duplicates:
 * the same recipient and idempotency key accepted twice), `POST /__fake/faults` makes it fail every
 * Nth request with 503 or accept and then drop the connection (a lost answer), `POST /__fake/reset`
 * forgets everything.
 *
 * Like Elastic Email's HTTP web notifications, it calls a notification URL about a message it accepted:
 * `POST /__fake/elastic/notify {"to"|"messageId", "status": "Error"|"AbuseReport"|"Sent"|"Unsubscribed",
 * "category"?: "NoMailbox"…}` sends `GET <url>?from=…&to=…&date=…&subject=…&status=…&category=…&
 * messageid=…&transaction=…&postback=…` (the documented parameters, `postback` as the sender gave it) and
 * answers what the URL answered. The URL is `elasticNotificationUrl` or `POST /__fake/config`.
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
  /** Elastic Email's `Postback` as sent (its `name=value;…` pairs are also in `tags`). */
  postback?: string | null;
  receivedAt: string;
}

/** Which accepted message an Elastic notification is about, and what it reports. */
export interface ElasticNotification {
  messageId?: string;
  to?: string;
  status: string;
  category?: string;
}

export interface EmailProviderFake {
  url: string;
  messages: FakeEmail[];
  /** Where Elastic notifications go (null: nowhere yet). */
  elasticNotificationUrl: string | null;
  /** Send Elastic notifications about the matching accepted messages; the URL's answers. */
  notifyElastic(n: ElasticNotification): Promise<{ notified: number; statuses: number[] }>;
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
  /** Where Elastic Email notifications go (the edge's `/webhooks/email/elastic/<token>`). */
  elasticNotificationUrl?: string;
  log?: (line: string) => void;
}): Promise<EmailProviderFake> {
  const apiKey = opts.apiKey ?? 're_local_fake';
  const messages: FakeEmail[] = [];
  const byKey = new Map<string, FakeEmail>();
  const faults: Faults = { failEvery: 0, dropEvery: 0 };
  let sends = 0;
  let elasticNotificationUrl = opts.elasticNotificationUrl ?? null;

  async function notifyElastic(n: ElasticNotification) {
    if (!elasticNotificationUrl) throw new Error('no Elastic notification URL configured');
    const about = messages.filter(
      (m) => m.provider === 'elastic' && (n.messageId ? m.id === n.messageId : m.to.includes(n.to ?? '')),
    );
    const statuses: number[] = [];
    for (const m of about) {
      const params = new URLSearchParams({
        from: m.from,
        to: m.to[0] ?? '',
        // Elastic's format: UTC without a zone.
        date: new Date().toISOString().slice(0, 19).replace('T', ' '),
        subject: m.subject,
        status: n.status,
        channel: 'Transactional',
        account: 'fake@elastic.local',
        messageid: m.id,
        transaction: m.id,
        ...(n.category ? { category: n.category } : {}),
        ...(m.postback ? { postback: m.postback } : {}),
      });
      const target = new URL(elasticNotificationUrl);
      for (const [k, v] of params) target.searchParams.append(k, v);
      statuses.push(await getStatus(target));
    }
    return { notified: about.length, statuses };
  }

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
      if (req.method === 'POST' && url.pathname === '/__fake/config') {
        const body = (await readBody(req)) as { elasticNotificationUrl?: string | null };
        if (body.elasticNotificationUrl !== undefined) elasticNotificationUrl = body.elasticNotificationUrl;
        return json(res, 200, { elasticNotificationUrl });
      }
      if (req.method === 'POST' && url.pathname === '/__fake/elastic/notify') {
        const body = (await readBody(req)) as Partial<ElasticNotification>;
        if (typeof body.status !== 'string' || (!body.messageId && !body.to))
          return json(res, 422, { message: 'status and messageId or to are required' });
        return json(res, 200, await notifyElastic(body as ElasticNotification));
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
            Postback?: string;
            Body?: { ContentType: string; Content: string }[];
          };
        };
        const postback = body.Content?.Postback ?? null;
        const tags: Record<string, string> = {};
        for (const pair of postback?.split(';') ?? []) {
          const [k, ...v] = pair.split('=');
          if (k && v.length) tags[k] = v.join('=');
        }
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
            tags,
            idempotencyKey: null,
            postback,
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
    get elasticNotificationUrl() {
      return elasticNotificationUrl;
    },
    notifyElastic,
    close: () => new Promise((r) => server.close(() => r())),
  };
}

/**
 * GET with node:http: `*.localhost` names (the local edge) do not resolve through the system resolver
 * here, so they are reached on 127.0.0.1 with their own Host header, as a browser treats them.
 */
function getStatus(target: URL): Promise<number> {
  const loopbackName = target.hostname === 'localhost' || target.hostname.endsWith('.localhost');
  const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = send(
      {
        method: 'GET',
        hostname: loopbackName ? '127.0.0.1' : target.hostname.replace(/^\[|\]$/g, ''),
        port: target.port || undefined,
        path: `${target.pathname}${target.search}`,
        headers: { host: target.host, 'user-agent': 'ElasticEmail-notification mewayz-fake' },
        timeout: 10_000,
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error('no answer within 10 s')));
    req.on('error', reject);
    req.end();
  });
}
