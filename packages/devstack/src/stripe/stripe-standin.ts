import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import Stripe from 'stripe';
import { BodyTooLargeError, hostPort, isLocalHost, listen, sendJson } from '../gateways/http-server.ts';
import { apiHandler } from './api-handler.ts';
import { findSession } from './checkout-sessions.ts';
import { checkWebhookSecret, EventSender, type StripeEventRecord } from './event-sender.ts';
import { handleHelper } from './helper-handler.ts';
import { handlePage } from './page-handler.ts';
import { type StandinContext, type StandinCore, StandinState } from './standin-state.ts';
import { invalidRequest, StripeApiError } from './stripe-error.ts';
import { stripeId } from './stripe-ids.ts';

/**
 * A local stand-in for the part of Stripe's API the platform uses — Checkout Sessions in payment
 * mode, PaymentIntents and Charges, refunds, disputes, Connect Express onboarding — that the real
 * `stripe` SDK talks to unchanged through its `host`/`port`/`protocol` options. Requests are
 * form-encoded with Stripe's bracket notation and need `Authorization: Bearer sk_test_…`; answers
 * and errors have Stripe's shapes, so the SDK raises its own typed errors. Buyers pay on hosted
 * pages with Stripe's test cards; events go to one webhook endpoint, signed like Stripe's, as
 * `stripe listen` would forward them. Test helpers live under `/__standin/`. See docs/stripe-standin.md.
 */
export interface StripeStandinOptions {
  /** 0 picks a free port (tests); `npm start` uses 3903. */
  port: number;
  host?: string;
  /** Where events are POSTed; none: events are only recorded. */
  webhookUrl?: string | null;
  /** The `whsec_…` events are signed with; generated when left out. */
  webhookSecret?: string;
  /** The one secret key accepted; when left out, any `sk_test_…` key is. */
  apiKey?: string;
  /** Pauses before each retry of a delivery that got no 2xx (default 0.5 s, 2 s, 5 s). */
  retryDelaysMs?: number[];
  /** How long one delivery attempt may take (default 10 s). */
  deliveryTimeoutMs?: number;
  /** How long an async payment takes to settle (default 3 s). */
  asyncDelayMs?: number;
  log?: (line: string) => void;
}

export interface StripeStandin {
  /** `http://127.0.0.1:<port>`: what `STRIPE_API_URL` points at. */
  url: string;
  port: number;
  webhookSecret: string;
  /** Every event so far, oldest first, with each delivery's attempts. */
  events(): StripeEventRecord[];
  /** Resolves once every queued delivery (retries included) and pending async payment is done. */
  waitForDeliveries(): Promise<void>;
  /** Change the webhook endpoint (and secret) at run time, as `POST /__standin/config` does. */
  configure(change: { webhookUrl?: string | null; webhookSecret?: string }): void;
  close(): Promise<void>;
}

export type { StripeEventRecord };

const sweepMs = 30_000;

export async function startStripeStandin(opts: StripeStandinOptions): Promise<StripeStandin> {
  const host = opts.host ?? '127.0.0.1';
  const log = opts.log ?? (() => {});
  const state = new StandinState();
  const webhookSecret = opts.webhookSecret ?? `whsec_${randomBytes(24).toString('hex')}`;
  checkWebhookSecret(webhookSecret);
  const events = new EventSender({
    webhookUrl: opts.webhookUrl ?? null,
    webhookSecret,
    apiVersion: Stripe.API_VERSION,
    retryDelaysMs: opts.retryDelaysMs ?? [500, 2000, 5000],
    timeoutMs: opts.deliveryTimeoutMs ?? 10_000,
    log,
  });
  // Async payments settling later: their timers, and how to end the wait for them on close.
  const timers = new Map<NodeJS.Timeout, () => void>();
  const pending = new Set<Promise<void>>();
  let origin = '';

  const context = (
    req: IncomingMessage | null,
    request: StandinContext['request'] = { id: null, idempotency_key: null },
  ): StandinContext => ({
    state,
    events,
    request,
    origin: req?.headers.host ? `http://${req.headers.host}` : origin,
    log,
    asyncDelayMs: opts.asyncDelayMs ?? 3000,
    later(ms, fn) {
      const done = new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          timers.delete(timer);
          try {
            fn();
          } finally {
            resolve();
          }
        }, ms);
        timers.set(timer, resolve);
      });
      pending.add(done);
      void done.finally(() => pending.delete(done));
    },
  });

  const core: StandinCore = { state, events, context };
  const api = apiHandler(core, opts.apiKey);

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://stand-in');
    const requestId = stripeId('req');
    res.setHeader('request-id', requestId);
    try {
      if (url.pathname.startsWith('/v1/')) return await api(req, res, url, requestId);
      if (url.pathname.startsWith('/__standin/')) {
        if (!isLocalHost(req.headers.host ?? '', host))
          return sendJson(res, 403, {
            error: {
              type: 'invalid_request_error',
              message: 'Test helpers answer on local host names only.',
            },
          });
        return await handleHelper(core, req, res, url);
      }
      return await handlePage(core, req, res, url);
    } catch (err) {
      if (err instanceof BodyTooLargeError)
        return sendJson(res, 413, invalidRequest('The request body is too large.').body());
      if (!(err instanceof StripeApiError)) throw err;
      sendJson(res, err.status, err.body());
    }
  }

  const server = await listen(host, opts.port, handle, (message) => ({
    error: { type: 'api_error', message },
  }));
  origin = `http://${hostPort(host, server.port)}`;
  const sweep = setInterval(() => {
    const ctx = core.context(null);
    for (const id of state.sessions.keys()) findSession(ctx, id);
  }, sweepMs);
  sweep.unref();
  log(`listening on ${origin}; webhook endpoint: ${events.webhookUrl ?? 'none'}`);

  return {
    url: origin,
    port: server.port,
    get webhookSecret() {
      return events.webhookSecret;
    },
    events: () => events.records(),
    async waitForDeliveries() {
      while (pending.size || events.busy) {
        await Promise.all([...pending]);
        await events.idle();
      }
    },
    configure: (change) => {
      if (change.webhookSecret !== undefined) checkWebhookSecret(change.webhookSecret);
      events.configure(change);
    },
    async close() {
      clearInterval(sweep);
      for (const [timer, resolve] of timers) {
        clearTimeout(timer);
        resolve();
      }
      timers.clear();
      events.close();
      await server.close();
    },
  };
}
