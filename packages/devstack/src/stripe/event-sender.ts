import { createHmac } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { unixNow } from './standin-state.ts';
import { invalidRequest } from './stripe-error.ts';
import { stripeId } from './stripe-ids.ts';

/** An event as Stripe sends it to a webhook endpoint. */
export interface StripeEvent {
  id: string;
  object: 'event';
  /** The connected account an event is about (Connect events only). */
  account?: string;
  api_version: string;
  created: number;
  data: { object: unknown; previous_attributes?: Record<string, unknown> };
  livemode: false;
  pending_webhooks: number;
  request: { id: string | null; idempotency_key: string | null };
  type: string;
}

export interface DeliveryAttempt {
  at: string;
  /** The endpoint's HTTP status, or null when it could not be reached (then `error` says why). */
  status: number | null;
  error?: string;
  ms: number;
}

/** One sending of an event: the first, or a resend (same event id, a replay). */
export interface EventSend {
  kind: 'original' | 'resend' | 'stale resend';
  url: string | null;
  /** The `t=` the last attempt was signed with. */
  signedAt: number | null;
  status: 'pending' | 'delivered' | 'failed' | 'no endpoint';
  attempts: DeliveryAttempt[];
}

export interface StripeEventRecord {
  id: string;
  type: string;
  event: StripeEvent;
  /** The exact body every delivery of this event carries. */
  payload: string;
  sends: EventSend[];
}

export interface EventSenderOptions {
  webhookUrl?: string | null;
  webhookSecret: string;
  apiVersion: string;
  /** Pauses before the 2nd, 3rd, … attempt of a delivery that got no 2xx. */
  retryDelaysMs: number[];
  timeoutMs: number;
  log: (line: string) => void;
}

/** How old a stale resend's signature is: beyond the SDK's default 300 s tolerance. */
const staleSeconds = 600;

/** A webhook secret in Stripe's format (`whsec_…`); a 400 otherwise (the config helper's answer). */
export function checkWebhookSecret(secret: string): string {
  if (!/^whsec_\w{16,}$/.test(secret))
    throw invalidRequest(
      "The webhook secret must look like Stripe's: whsec_ and at least 16 letters or digits.",
      'webhookSecret',
    );
  return secret;
}

/** `t=<unix>,v1=<hex HMAC-SHA256 of "<t>.<body>">`, keyed by the whole `whsec_…` string, as Stripe signs. */
export function stripeSignature(payload: string, secret: string, timestamp: number): string {
  const v1 = createHmac('sha256', secret).update(`${timestamp}.${payload}`, 'utf8').digest('hex');
  return `t=${timestamp},v1=${v1}`;
}

/**
 * The stand-in's one webhook endpoint, like `stripe listen`: every event is recorded and POSTed,
 * signed, in the order the events happened. Deliveries run one at a time in the background (the API
 * call or the buyer's redirect that caused an event never waits for them); one that fails is
 * retried after each of `retryDelaysMs` before the next event goes out, which keeps the order.
 */
export class EventSender {
  private readonly list: StripeEventRecord[] = [];
  private readonly queue: Array<{ record: StripeEventRecord; send: EventSend }> = [];
  private running: Promise<void> | null = null;
  private closed = false;

  constructor(private opts: EventSenderOptions) {}

  configure(change: { webhookUrl?: string | null; webhookSecret?: string }) {
    this.opts = { ...this.opts, ...change };
  }

  get webhookUrl(): string | null {
    return this.opts.webhookUrl ?? null;
  }

  get webhookSecret(): string {
    return this.opts.webhookSecret;
  }

  records(): StripeEventRecord[] {
    return this.list;
  }

  find(id: string): StripeEventRecord | undefined {
    return this.list.find((r) => r.id === id);
  }

  /** Record an event about `object` (snapshotted now) and queue its delivery. */
  emit(
    type: string,
    object: unknown,
    opts: {
      request?: StripeEvent['request'];
      account?: string;
      previousAttributes?: Record<string, unknown>;
    } = {},
  ): StripeEventRecord {
    const event: StripeEvent = {
      id: stripeId('evt'),
      object: 'event',
      ...(opts.account ? { account: opts.account } : {}),
      api_version: this.opts.apiVersion,
      created: unixNow(),
      data: {
        object: structuredClone(object),
        ...(opts.previousAttributes ? { previous_attributes: opts.previousAttributes } : {}),
      },
      livemode: false,
      pending_webhooks: this.opts.webhookUrl ? 1 : 0,
      request: opts.request ?? { id: null, idempotency_key: null },
      type,
    };
    const record: StripeEventRecord = {
      id: event.id,
      type,
      event,
      payload: JSON.stringify(event, null, 2),
      sends: [],
    };
    this.list.push(record);
    this.enqueue(record, 'original');
    return record;
  }

  /** Send a recorded event again, same id and body (a replay); `stale` signs it 10 minutes in the past. */
  resend(record: StripeEventRecord, stale: boolean): EventSend {
    return this.enqueue(record, stale ? 'stale resend' : 'resend');
  }

  /** True while a delivery is queued or under way. */
  get busy(): boolean {
    return this.running !== null;
  }

  /** Resolves once nothing is queued or being delivered. */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  close() {
    this.closed = true;
    this.queue.length = 0;
  }

  private enqueue(record: StripeEventRecord, kind: EventSend['kind']): EventSend {
    const url = this.opts.webhookUrl ?? null;
    const send: EventSend = {
      kind,
      url,
      signedAt: null,
      status: url ? 'pending' : 'no endpoint',
      attempts: [],
    };
    record.sends.push(send);
    if (!url) {
      this.opts.log(`${record.type} ${record.id}: recorded (no webhook endpoint configured)`);
      return send;
    }
    this.queue.push({ record, send });
    if (!this.running)
      this.running = this.drain().finally(() => {
        this.running = null;
      });
    return send;
  }

  private async drain() {
    for (let next = this.queue.shift(); next && !this.closed; next = this.queue.shift()) {
      await this.deliver(next.record, next.send);
    }
  }

  private async deliver(record: StripeEventRecord, send: EventSend) {
    const delays = this.opts.retryDelaysMs;
    for (let attempt = 0; attempt <= delays.length && !this.closed; attempt++) {
      if (attempt > 0) await new Promise((r) => setTimeout(r, delays[attempt - 1]).unref());
      if (this.closed) return;
      const t = unixNow() - (send.kind === 'stale resend' ? staleSeconds : 0);
      send.signedAt = t;
      const started = Date.now();
      const result = await post(
        send.url!,
        record.payload,
        stripeSignature(record.payload, this.opts.webhookSecret, t),
        this.opts.timeoutMs,
      );
      send.attempts.push({ at: new Date(started).toISOString(), ms: Date.now() - started, ...result });
      const outcome = result.status ?? result.error;
      if (result.status !== null && result.status >= 200 && result.status < 300) {
        send.status = 'delivered';
        this.opts.log(
          `${record.type} ${record.id} → ${send.url}: ${outcome}${send.kind === 'original' ? '' : ` (${send.kind})`}`,
        );
        return;
      }
      this.opts.log(
        `${record.type} ${record.id} → ${send.url}: ${outcome}, attempt ${attempt + 1} of ${delays.length + 1}`,
      );
    }
    send.status = 'failed';
  }
}

/**
 * POST with node:http rather than fetch: `*.localhost` names (the platform's local hosts) do not
 * resolve through the system resolver here, so they are reached on 127.0.0.1 with their own Host
 * header, as a browser treats them.
 */
function post(
  url: string,
  body: string,
  signature: string,
  timeoutMs: number,
): Promise<{ status: number | null; error?: string }> {
  return new Promise((resolve) => {
    let target: URL;
    try {
      target = new URL(url);
    } catch {
      return resolve({ status: null, error: `invalid URL ${url}` });
    }
    const loopbackName = target.hostname === 'localhost' || target.hostname.endsWith('.localhost');
    const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
    const req = send(
      {
        method: 'POST',
        protocol: target.protocol,
        hostname: loopbackName ? '127.0.0.1' : target.hostname.replace(/^\[|\]$/g, ''),
        port: target.port || undefined,
        path: `${target.pathname}${target.search}`,
        servername: loopbackName ? undefined : target.hostname,
        headers: {
          host: target.host,
          'content-type': 'application/json; charset=utf-8',
          'content-length': Buffer.byteLength(body),
          'user-agent': 'Stripe/1.0 (+https://stripe.com/docs/webhooks) mewayz-standin',
          'stripe-signature': signature,
        },
        timeout: timeoutMs,
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode ?? null }));
        res.on('error', (err) => resolve({ status: null, error: err.message }));
      },
    );
    req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    req.on('error', (err) => resolve({ status: null, error: err.message }));
    req.end(body);
  });
}
