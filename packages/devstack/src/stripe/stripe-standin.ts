import { createHash, randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import Stripe from 'stripe';
import {
  BodyTooLargeError,
  hostPort,
  listen,
  readBody,
  secretsEqual,
  sendJson,
} from '../gateways/http-server.ts';
import { createCheckoutSession, expireSession, findSession, lineItemList } from './checkout-sessions.ts';
import {
  completeOnboarding,
  createAccount,
  createAccountLink,
  createLoginLink,
  usableLink,
} from './connect.ts';
import { EventSender, type StripeEventRecord } from './event-sender.ts';
import { expandPaths } from './expand.ts';
import { Fields } from './fields.ts';
import { type FormObject, FormParamsError, parseFormParams } from './form-params.ts';
import {
  authenticatePage,
  closedPage,
  expressPage,
  messagePage,
  onboardingPage,
  type PayFormValues,
  payPage,
} from './hosted-pages.ts';
import { answerAuthentication, type PayOutcome, paySession } from './payments.ts';
import { createRefund, openDispute } from './refunds.ts';
import { type PayInput, type StandinContext, StandinState } from './standin-state.ts';
import { invalidRequest, noSuch, StripeApiError } from './stripe-error.ts';
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

const maxBodyBytes = 1024 * 1024;
const sweepMs = 30_000;

export async function startStripeStandin(opts: StripeStandinOptions): Promise<StripeStandin> {
  const host = opts.host ?? '127.0.0.1';
  const log = opts.log ?? (() => {});
  const state = new StandinState();
  const webhookSecret = opts.webhookSecret ?? `whsec_${randomBytes(24).toString('hex')}`;
  checkSecret(webhookSecret);
  const events = new EventSender({
    webhookUrl: opts.webhookUrl ?? null,
    webhookSecret,
    apiVersion: Stripe.API_VERSION,
    retryDelaysMs: opts.retryDelaysMs ?? [500, 2000, 5000],
    timeoutMs: opts.deliveryTimeoutMs ?? 10_000,
    log,
  });
  const timers = new Set<NodeJS.Timeout>();
  const pending = new Set<Promise<void>>();
  /** Idempotency-Key → the first answer, for the same method, path and body. */
  const idempotent = new Map<string, { fingerprint: string; status: number; body: unknown }>();
  let origin = '';

  const context = (req: IncomingMessage | null, request: StandinContext['request']): StandinContext => ({
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
        timers.add(timer);
      });
      pending.add(done);
      void done.finally(() => pending.delete(done));
    },
  });

  const expand = (object: unknown, paths: string[]) =>
    expandPaths(
      object,
      paths,
      (id) => state.byId(id),
      (holder, key) =>
        holder.object === 'checkout.session' && key === 'line_items'
          ? structuredClone(lineItemList(state.sessions.get(holder.id as string)!))
          : undefined,
    );

  // ---- the REST API (/v1) ----

  type Handler = (m: RegExpExecArray, f: Fields, ctx: StandinContext) => unknown;
  /** A route: method, path, and the parameters it takes — `null` when the handler checks its own. */
  type Route = [string, RegExp, string[] | null, Handler];
  const session = (ctx: StandinContext, id: string) => {
    const record = findSession(ctx, id);
    if (!record) throw noSuch('checkout.session', id);
    return record;
  };
  const event = (id: string) => {
    const record = events.find(id);
    if (!record) throw noSuch('event', id);
    return record;
  };
  const routes: Route[] = [
    ['POST', /^\/v1\/checkout\/sessions$/, null, (_m, f, ctx) => createCheckoutSession(f, ctx).session],
    ['GET', /^\/v1\/checkout\/sessions\/([^/]+)$/, [], (m, _f, ctx) => session(ctx, m[1]!).session],
    [
      'GET',
      /^\/v1\/checkout\/sessions\/([^/]+)\/line_items$/,
      ['limit', 'starting_after', 'ending_before'],
      (m, _f, ctx) => lineItemList(session(ctx, m[1]!)),
    ],
    [
      'POST',
      /^\/v1\/checkout\/sessions\/([^/]+)\/expire$/,
      [],
      (m, _f, ctx) => {
        const record = session(ctx, m[1]!);
        expireSession(ctx, record);
        return record.session;
      },
    ],
    ['POST', /^\/v1\/refunds$/, null, (_m, f, ctx) => createRefund(f, ctx)],
    ['GET', /^\/v1\/refunds\/([^/]+)$/, [], (m) => found('refund', m[1]!, state.refunds)],
    [
      'GET',
      /^\/v1\/payment_intents\/([^/]+)$/,
      ['client_secret'],
      (m) => found('payment_intent', m[1]!, state.paymentIntents),
    ],
    ['GET', /^\/v1\/charges\/([^/]+)$/, [], (m) => found('charge', m[1]!, state.charges)],
    ['GET', /^\/v1\/disputes\/([^/]+)$/, [], (m) => found('dispute', m[1]!, state.disputes)],
    ['POST', /^\/v1\/accounts$/, null, (_m, f, ctx) => createAccount(f, ctx)],
    ['GET', /^\/v1\/accounts\/([^/]+)$/, [], (m) => found('account', m[1]!, state.accounts)],
    ['POST', /^\/v1\/account_links$/, null, (_m, f, ctx) => createAccountLink(f, ctx)],
    ['POST', /^\/v1\/accounts\/([^/]+)\/login_links$/, [], (m, _f, ctx) => createLoginLink(ctx, m[1]!)],
    ['GET', /^\/v1\/events\/([^/]+)$/, [], (m) => event(m[1]!).event],
  ];

  async function api(req: IncomingMessage, res: ServerResponse, url: URL, requestId: string) {
    const key = bearer(req);
    if (!key)
      throw new StripeApiError(
        401,
        "You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY').",
      );
    const accepted = opts.apiKey ? secretsEqual(key, opts.apiKey) : /^(sk|rk)_test_\w+$/.test(key);
    if (!accepted)
      throw new StripeApiError(401, `Invalid API Key provided: ${key.slice(0, 8)}****${key.slice(-4)}`, {
        code: 'api_key_invalid',
      });
    if (req.headers['stripe-account'])
      throw invalidRequest(
        'The Stripe stand-in does not support the Stripe-Account header (direct charges).',
      );
    const method = req.method ?? 'GET';
    const body = method === 'POST' ? (await readBody(req, maxBodyBytes)).toString('utf8') : '';
    let params: FormObject;
    try {
      params = parseFormParams(method === 'POST' ? body : url.search.slice(1));
    } catch (err) {
      if (err instanceof FormParamsError) throw invalidRequest(err.message);
      throw err;
    }
    const idempotencyKey = method === 'POST' ? header(req, 'idempotency-key') : null;
    const fingerprint = createHash('sha256').update(`${method} ${url.pathname}\n${body}`).digest('hex');
    if (idempotencyKey) {
      if (idempotencyKey.length > 255)
        throw invalidRequest(
          'Idempotency keys can be up to 255 characters long.',
          undefined,
          'idempotency_key_in_use',
        );
      const seen = idempotent.get(idempotencyKey);
      if (seen && seen.fingerprint !== fingerprint)
        throw new StripeApiError(
          400,
          `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${idempotencyKey}' if you meant to execute a different request.`,
          { type: 'idempotency_error' },
        );
      if (seen) return sendJson(res, seen.status, seen.body, { 'idempotent-replayed': 'true' });
    }
    const route = routes.find(([m, pattern]) => m === method && pattern.test(url.pathname));
    if (!route)
      throw new StripeApiError(
        404,
        `Unrecognized request URL (${method}: ${url.pathname}). The Stripe stand-in implements only part of Stripe's API: see docs/stripe-standin.md.`,
      );
    const [, pattern, allowed, handler] = route;
    const f = new Fields(params);
    if (allowed) f.allow(['expand', ...allowed]);
    const ctx = context(req, { id: requestId, idempotency_key: idempotencyKey });
    const result = handler(pattern.exec(url.pathname)!, f, ctx);
    const answer = expand(result, f.strings('expand') ?? []);
    if (idempotencyKey) idempotent.set(idempotencyKey, { fingerprint, status: 200, body: answer });
    sendJson(res, 200, answer);
  }

  // ---- the hosted pages (/c/pay, /connect) ----

  async function pages(req: IncomingMessage, res: ServerResponse, url: URL) {
    const method = req.method ?? 'GET';
    const ctx = context(req, { id: null, idempotency_key: null });
    const form = method === 'POST' ? await readForm(req) : new Fields({});
    let m = /^\/c\/pay\/([^/]+)$/.exec(url.pathname);
    if (m) {
      const record = findSession(ctx, m[1]!);
      if (!record) return html(res, 404, messagePage('Not found', 'There is no such checkout.'));
      if (record.session.status !== 'open')
        return html(res, method === 'POST' ? 400 : 200, closedPage(record));
      if (method === 'GET') {
        const error =
          url.searchParams.get('error') === 'authentication_failed'
            ? 'We are unable to authenticate your payment method. Please choose a different payment method and try again.'
            : undefined;
        return html(res, 200, payPage(record, { error }));
      }
      const values = formValues(form);
      try {
        return redirectTo(res, paySession(ctx, record, payInputOf(form, values)));
      } catch (err) {
        if (!(err instanceof StripeApiError)) throw err;
        return html(res, err.status, payPage(record, { error: err.message, values }));
      }
    }
    m = /^\/c\/pay\/([^/]+)\/authenticate\/([^/]+)$/.exec(url.pathname);
    if (m) {
      const record = findSession(ctx, m[1]!);
      if (!record) return html(res, 404, messagePage('Not found', 'There is no such checkout.'));
      const payUrl = `/c/pay/${encodeURIComponent(record.session.id)}`;
      if (record.session.status !== 'open' || !record.pendingAuth.has(m[2]!)) return redirect(res, payUrl);
      if (method === 'GET') return html(res, 200, authenticatePage(record, m[2]!));
      const answer = safeString(form, 'outcome') === 'complete' ? 'complete' : 'fail';
      try {
        return redirectTo(res, answerAuthentication(ctx, record, m[2]!, answer));
      } catch (err) {
        if (!(err instanceof StripeApiError)) throw err;
        return redirect(res, `${payUrl}?error=authentication_failed`);
      }
    }
    m = /^\/connect\/onboard\/([^/]+)$/.exec(url.pathname);
    if (m) {
      const link = state.accountLinks.get(m[1]!);
      if (!link) return html(res, 404, messagePage('Not found', 'This onboarding link does not exist.'));
      // A used or expired link sends the creator to refresh_url, where the platform makes a new one.
      if (!usableLink(link)) return redirect(res, link.refreshUrl);
      if (method === 'GET') return html(res, 200, onboardingPage(link, state.accounts.get(link.account)!));
      if (safeString(form, 'action') === 'complete') {
        completeOnboarding(ctx, link);
        return redirect(res, link.returnUrl);
      }
      link.used = true;
      return redirect(res, link.refreshUrl);
    }
    m = /^\/connect\/express\/([^/]+)$/.exec(url.pathname);
    const account = m && method === 'GET' ? state.accounts.get(m[1]!) : undefined;
    if (account) return html(res, 200, expressPage(account));
    if (url.pathname === '/' && method === 'GET')
      return html(
        res,
        200,
        messagePage(
          'Stripe stand-in',
          `Speaks part of Stripe's API at /v1 for the stripe SDK (host/port/protocol). Events so far: ${events.records().length} (GET /__standin/events). Webhook endpoint: ${events.webhookUrl ?? 'none'}.`,
        ),
      );
    return html(res, 404, messagePage('Not found', 'The Stripe stand-in has no such page.'));
  }

  // ---- test helpers (/__standin), JSON ----

  async function helpers(req: IncomingMessage, res: ServerResponse, url: URL) {
    const method = req.method ?? 'GET';
    // JSON only: a page in a browser cannot send it cross-site without a preflight this server never allows.
    if (method === 'POST' && !String(req.headers['content-type'] ?? '').startsWith('application/json'))
      return sendJson(res, 415, {
        error: { type: 'invalid_request_error', message: 'Send JSON (content-type: application/json).' },
      });
    const text = method === 'POST' ? (await readBody(req, maxBodyBytes)).toString('utf8') : '';
    let body: Record<string, unknown>;
    try {
      body = text ? JSON.parse(text) : {};
      if (!body || typeof body !== 'object' || Array.isArray(body)) throw new Error('not an object');
    } catch {
      throw invalidRequest('The body must be a JSON object.');
    }
    const ctx = context(req, { id: null, idempotency_key: null });
    const path = url.pathname.slice('/__standin'.length);
    if (method === 'GET' && path === '/events') {
      const type = url.searchParams.get('type');
      return sendJson(
        res,
        200,
        events.records().filter((r) => !type || r.type === type),
      );
    }
    if (method !== 'POST') throw new StripeApiError(404, `No test helper ${method} ${url.pathname}`);
    let m = /^\/sessions\/([^/]+)\/pay$/.exec(path);
    if (m) {
      const record = session(ctx, m[1]!);
      const input = payInputOfJson(body);
      const answer = jsonString(body, 'authenticate');
      if (answer !== undefined && answer !== 'complete' && answer !== 'fail')
        throw invalidRequest('authenticate: complete or fail', 'authenticate');
      try {
        let outcome = paySession(ctx, record, input);
        if (outcome.kind === 'requires_action' && answer) {
          const attempt = outcome.authUrl.slice(outcome.authUrl.lastIndexOf('/') + 1);
          outcome = answerAuthentication(ctx, record, attempt, answer);
        }
        return sendJson(res, 200, {
          outcome: outcome.kind,
          ...(outcome.kind === 'completed'
            ? { redirect_url: outcome.redirectUrl }
            : { authenticate_url: outcome.authUrl }),
          session: record.session,
        });
      } catch (err) {
        if (!(err instanceof StripeApiError)) throw err;
        return sendJson(res, err.status, { ...err.body(), session: record.session });
      }
    }
    m = /^\/sessions\/([^/]+)\/expire$/.exec(path);
    if (m) {
      const record = session(ctx, m[1]!);
      expireSession(ctx, record);
      return sendJson(res, 200, record.session);
    }
    m = /^\/charges\/([^/]+)\/dispute$/.exec(path);
    if (m) {
      const amount = body.amount;
      if (amount !== undefined && typeof amount !== 'number')
        throw invalidRequest('amount: a number', 'amount');
      return sendJson(res, 200, openDispute(ctx, m[1]!, { reason: jsonString(body, 'reason'), amount }));
    }
    m = /^\/events\/([^/]+)\/resend$/.exec(path);
    if (m) {
      const record = event(m[1]!);
      if (!events.webhookUrl) throw invalidRequest('No webhook endpoint is configured.');
      const stale = ['1', 'true'].includes(url.searchParams.get('stale') ?? '');
      return sendJson(res, 200, { id: record.id, type: record.type, send: events.resend(record, stale) });
    }
    if (path === '/config') {
      const change: { webhookUrl?: string | null; webhookSecret?: string } = {};
      if ('webhookUrl' in body) {
        const target = body.webhookUrl;
        if (target !== null && (typeof target !== 'string' || !/^https?:\/\//.test(target)))
          throw invalidRequest('webhookUrl: an http(s) URL or null', 'webhookUrl');
        change.webhookUrl = target;
      }
      const secret = jsonString(body, 'webhookSecret');
      if (secret !== undefined) change.webhookSecret = checkSecret(secret);
      events.configure(change);
      log(`webhook endpoint: ${events.webhookUrl ?? 'none'}`);
      return sendJson(res, 200, { webhookUrl: events.webhookUrl });
    }
    throw new StripeApiError(404, `No test helper POST ${url.pathname}`);
  }

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
        return await helpers(req, res, url);
      }
      return await pages(req, res, url);
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
    const ctx = context(null, { id: null, idempotency_key: null });
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
      if (change.webhookSecret !== undefined) checkSecret(change.webhookSecret);
      events.configure(change);
    },
    async close() {
      clearInterval(sweep);
      for (const t of timers) clearTimeout(t);
      timers.clear();
      events.close();
      await server.close();
    },
  };
}

function checkSecret(secret: string): string {
  if (!/^whsec_\w{16,}$/.test(secret))
    throw invalidRequest(
      "The webhook secret must look like Stripe's: whsec_ and at least 16 letters or digits.",
      'webhookSecret',
    );
  return secret;
}

function found<T>(name: string, id: string, map: Map<string, T>): T {
  const object = map.get(id);
  if (!object) throw noSuch(name, id);
  return object;
}

function header(req: IncomingMessage, name: string): string | null {
  const v = req.headers[name];
  return (Array.isArray(v) ? v[0] : v) ?? null;
}

function bearer(req: IncomingMessage): string | null {
  const auth = header(req, 'authorization') ?? '';
  if (auth.startsWith('Bearer ')) return auth.slice(7).trim() || null;
  // Stripe also takes the key as the Basic-auth user name (curl -u sk_test_…:).
  if (auth.startsWith('Basic '))
    return Buffer.from(auth.slice(6), 'base64').toString('utf8').split(':')[0] || null;
  return null;
}

/** Loopback names only, so a web page cannot reach the helpers through DNS rebinding. */
function isLocalHost(hostHeader: string, configured: string): boolean {
  const name = hostHeader.replace(/:\d+$/, '').toLowerCase();
  return ['127.0.0.1', 'localhost', '[::1]', configured].includes(name) || name.endsWith('.localhost');
}

async function readForm(req: IncomingMessage): Promise<Fields> {
  try {
    return new Fields(parseFormParams((await readBody(req, maxBodyBytes)).toString('utf8')));
  } catch (err) {
    if (err instanceof FormParamsError) return new Fields({});
    throw err;
  }
}

function formValues(form: Fields): PayFormValues {
  const keys = [
    'email',
    'name',
    'shipping_name',
    'shipping_line1',
    'shipping_line2',
    'shipping_city',
    'shipping_postal_code',
    'shipping_state',
    'shipping_country',
    'shipping_rate',
  ] as const;
  const values: PayFormValues = {};
  for (const k of keys) {
    const v = safeString(form, k);
    if (v !== undefined) values[k] = v;
  }
  return values;
}

/** A form value, or nothing when the field is missing or not a plain string. */
function safeString(form: Fields, key: string): string | undefined {
  try {
    return form.string(key);
  } catch {
    return undefined;
  }
}

function payInputOf(form: Fields, v: PayFormValues): PayInput {
  const hasShipping = Object.keys(v).some((k) => k.startsWith('shipping_') && k !== 'shipping_rate');
  return {
    card: safeString(form, 'card') ?? '',
    expiry: safeString(form, 'expiry') ?? '',
    cvc: safeString(form, 'cvc') ?? '',
    email: v.email,
    name: v.name,
    shippingRate: v.shipping_rate,
    shipping: hasShipping
      ? {
          name: v.shipping_name,
          line1: v.shipping_line1,
          line2: v.shipping_line2,
          city: v.shipping_city,
          postal_code: v.shipping_postal_code,
          state: v.shipping_state,
          country: v.shipping_country,
        }
      : undefined,
  };
}

function jsonString(body: Record<string, unknown>, key: string): string | undefined {
  const v = body[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string') throw invalidRequest(`${key}: a string`, key);
  return v;
}

function payInputOfJson(body: Record<string, unknown>): PayInput {
  const card = jsonString(body, 'card');
  if (!card) throw invalidRequest('card: the test card number to pay with', 'card');
  const async = jsonString(body, 'async');
  if (async !== undefined && async !== 'succeed' && async !== 'fail')
    throw invalidRequest('async: succeed or fail', 'async');
  const s = body.shipping;
  if (s !== undefined && (typeof s !== 'object' || s === null || Array.isArray(s)))
    throw invalidRequest('shipping: an object', 'shipping');
  const shipping = s as Record<string, unknown> | undefined;
  return {
    card,
    expiry: jsonString(body, 'expiry'),
    cvc: jsonString(body, 'cvc'),
    email: jsonString(body, 'email'),
    name: jsonString(body, 'name'),
    shippingRate: jsonString(body, 'shipping_rate'),
    async,
    shipping: shipping && {
      name: jsonString(shipping, 'name'),
      line1: jsonString(shipping, 'line1'),
      line2: jsonString(shipping, 'line2'),
      city: jsonString(shipping, 'city'),
      postal_code: jsonString(shipping, 'postal_code'),
      state: jsonString(shipping, 'state'),
      country: jsonString(shipping, 'country'),
    },
  };
}

function html(res: ServerResponse, status: number, body: string) {
  res.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'content-length': Buffer.byteLength(body),
    'cache-control': 'no-store',
  });
  res.end(body);
}

function redirect(res: ServerResponse, location: string) {
  res.writeHead(303, { location, 'content-length': 0, 'cache-control': 'no-store' });
  res.end();
}

function redirectTo(res: ServerResponse, outcome: PayOutcome) {
  redirect(res, outcome.kind === 'completed' ? outcome.redirectUrl : outcome.authUrl);
}
