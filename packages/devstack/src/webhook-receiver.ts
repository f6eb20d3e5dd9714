import type { IncomingMessage, ServerResponse } from 'node:http';
import { email, verifyWebhook } from '@mewayz/core';
import {
  BodyTooLargeError,
  type ListeningServer,
  listen,
  readBody,
  sendJson,
} from './gateways/http-server.ts';

/**
 * A local webhook receiver for trying Mewayz's outbound webhooks (`npm start` runs it on
 * 127.0.0.1:3902): it checks each POST's Standard Webhooks signature, records what it got, and answers
 * 200 — or the status `/fail/<status>` names (`/fail/500`), 503 to the first n tries of each message on
 * `/flaky/<n>`, or never answers on `/hang`, to try
 * retries and timeouts. `GET /` lists what it received (HTML), `GET /deliveries.json` the same as JSON,
 * `DELETE /deliveries` forgets them.
 */
export interface WebhookReceiverOptions {
  host?: string;
  /** 0 picks a free port (tests); `npm start` uses 3902. */
  port?: number;
  /** The secrets a POST to `url` may be signed with (e.g. the endpoint's, read from the database). */
  secretsFor: (url: string) => Promise<string[]>;
  /** How many received requests to keep (oldest dropped). */
  keep?: number;
}

export interface ReceivedWebhook {
  receivedAt: string;
  path: string;
  webhookId: string | null;
  timestamp: string | null;
  /** The `webhook-signature` header as received. */
  signature: string | null;
  /** How many `v1,` signatures the request carried (two during a secret rotation). */
  signatures: number;
  /** `valid`: a signature matched a known secret; else why not. */
  verification: string;
  answeredStatus: number;
  type: string | null;
  body: string;
}

const maxBodyBytes = 1024 * 1024;
const { escapeHtml } = email;

export async function startWebhookReceiver(
  opts: WebhookReceiverOptions,
): Promise<ListeningServer & { received: ReceivedWebhook[]; url: string }> {
  const received: ReceivedWebhook[] = [];
  const keep = opts.keep ?? 200;
  const host = opts.host ?? '127.0.0.1';
  const handler = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', `http://${req.headers.host ?? host}`);
    if (req.method === 'GET' && url.pathname === '/deliveries.json') return sendJson(res, 200, received);
    if (req.method === 'GET' && url.pathname === '/') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return void res.end(page(received));
    }
    if (req.method === 'DELETE' && url.pathname === '/deliveries') {
      received.length = 0;
      return sendJson(res, 200, { cleared: true });
    }
    if (req.method !== 'POST') return sendJson(res, 405, { error: 'POST a webhook here' });
    let body: string;
    try {
      body = (await readBody(req, maxBodyBytes)).toString('utf8');
    } catch (err) {
      if (err instanceof BodyTooLargeError) return sendJson(res, 413, { error: 'too large' });
      throw err;
    }
    const headers = { get: (n: string) => (req.headers[n] as string | undefined) ?? null };
    const secrets = await opts.secretsFor(`http://${hostOf(req, host)}${url.pathname}${url.search}`);
    let verification = secrets.length ? 'no matching signature' : 'no secret known for this URL';
    for (const secret of secrets) {
      const r = await verifyWebhook(secret, headers, body);
      if (r.ok) {
        verification = 'valid';
        break;
      }
      verification = r.reason;
    }
    const fail = /^\/fail\/(\d{3})\b/.exec(url.pathname);
    // `/flaky/<n>`: the first n requests of each webhook-id answer 503, later ones as usual.
    const flaky = /^\/flaky\/(\d+)\b/.exec(url.pathname);
    const seen = received.filter((r) => r.webhookId === headers.get('webhook-id') && r.path === url.pathname);
    const status = fail
      ? Number(fail[1])
      : flaky && seen.length < Number(flaky[1])
        ? 503
        : verification === 'valid'
          ? 200
          : 401;
    let type: string | null = null;
    try {
      type = (JSON.parse(body) as { type?: string }).type ?? null;
    } catch {}
    received.unshift({
      receivedAt: new Date().toISOString(),
      path: url.pathname,
      webhookId: headers.get('webhook-id'),
      timestamp: headers.get('webhook-timestamp'),
      signature: headers.get('webhook-signature'),
      signatures: (headers.get('webhook-signature') ?? '').split(' ').filter(Boolean).length,
      verification,
      answeredStatus: url.pathname === '/hang' ? 0 : status,
      type,
      body,
    });
    received.length = Math.min(received.length, keep);
    if (url.pathname === '/hang') return; // never answers: the sender's timeout ends it
    sendJson(res, status, { received: true, verification });
  };
  const server = await listen(host, opts.port ?? 3902, handler, (message) => ({ error: message }));
  return { ...server, received, url: `http://${host}:${server.port}` };
}

function hostOf(req: IncomingMessage, fallback: string): string {
  return req.headers.host ?? fallback;
}

function page(items: ReceivedWebhook[]): string {
  const rows = items
    .map(
      (r) =>
        `<tr><td>${escapeHtml(r.receivedAt)}</td><td>${escapeHtml(r.type ?? '')}</td><td>${escapeHtml(r.path)}</td><td>${r.answeredStatus || 'no answer'}</td><td>${escapeHtml(r.verification)} (${r.signatures})</td><td><code>${escapeHtml(r.webhookId ?? '')}</code></td><td><details><summary>body</summary><pre>${escapeHtml(r.body)}</pre></details></td></tr>`,
    )
    .join('');
  return `<!doctype html><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Webhook receiver</title><style>body{font:14px system-ui;margin:1rem}table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:.3rem;text-align:left;vertical-align:top}pre{white-space:pre-wrap;word-break:break-all}</style><h1>Webhook receiver</h1><p>POST here (any path); <code>/fail/500</code> answers 500, <code>/flaky/2</code> fails each message twice, <code>/hang</code> never answers. <a href="/deliveries.json">JSON</a></p><table><tr><th>received</th><th>type</th><th>path</th><th>answered</th><th>signature</th><th>webhook-id</th><th></th></tr>${rows || '<tr><td colspan="7">Nothing yet.</td></tr>'}</table>`;
}
