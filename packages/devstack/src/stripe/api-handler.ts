import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readBody, secretsEqual, sendJson } from '../gateways/http-server.ts';
import { createCheckoutSession, expireSession, lineItemList, sessionById } from './checkout-sessions.ts';
import { createAccount, createAccountLink, createLoginLink } from './connect.ts';
import { expandPaths } from './expand.ts';
import { Fields } from './fields.ts';
import { type FormObject, FormParamsError, parseFormParams } from './form-params.ts';
import { createRefund } from './refunds.ts';
import { eventById, maxBodyBytes, type StandinContext, type StandinCore } from './standin-state.ts';
import { invalidRequest, noSuch, StripeApiError } from './stripe-error.ts';

/**
 * Stripe's REST API as far as the stand-in speaks it (`/v1/…`): the secret key, form-encoded
 * parameters, `Idempotency-Key`, `expand[]`, and answers and errors in Stripe's shapes.
 */

type Handler = (m: RegExpExecArray, f: Fields, ctx: StandinContext) => unknown;
/** A route: method, path, and the parameters it takes — `null` when the handler checks its own. */
type Route = [string, RegExp, string[] | null, Handler];
const routes: Route[] = [
  ['POST', /^\/v1\/checkout\/sessions$/, null, (_m, f, ctx) => createCheckoutSession(f, ctx).session],
  ['GET', /^\/v1\/checkout\/sessions\/([^/]+)$/, [], (m, _f, ctx) => sessionById(ctx, m[1]!).session],
  [
    'GET',
    /^\/v1\/checkout\/sessions\/([^/]+)\/line_items$/,
    ['limit', 'starting_after', 'ending_before'],
    (m, _f, ctx) => lineItemList(sessionById(ctx, m[1]!)),
  ],
  [
    'POST',
    /^\/v1\/checkout\/sessions\/([^/]+)\/expire$/,
    [],
    (m, _f, ctx) => {
      const record = sessionById(ctx, m[1]!);
      expireSession(ctx, record);
      return record.session;
    },
  ],
  ['POST', /^\/v1\/refunds$/, null, (_m, f, ctx) => createRefund(f, ctx)],
  ['GET', /^\/v1\/refunds\/([^/]+)$/, [], (m, _f, ctx) => found('refund', m[1]!, ctx.state.refunds)],
  [
    'GET',
    /^\/v1\/payment_intents\/([^/]+)$/,
    ['client_secret'],
    (m, _f, ctx) => found('payment_intent', m[1]!, ctx.state.paymentIntents),
  ],
  ['GET', /^\/v1\/charges\/([^/]+)$/, [], (m, _f, ctx) => found('charge', m[1]!, ctx.state.charges)],
  ['GET', /^\/v1\/disputes\/([^/]+)$/, [], (m, _f, ctx) => found('dispute', m[1]!, ctx.state.disputes)],
  ['POST', /^\/v1\/accounts$/, null, (_m, f, ctx) => createAccount(f, ctx)],
  ['GET', /^\/v1\/accounts\/([^/]+)$/, [], (m, _f, ctx) => found('account', m[1]!, ctx.state.accounts)],
  ['POST', /^\/v1\/account_links$/, null, (_m, f, ctx) => createAccountLink(f, ctx)],
  ['POST', /^\/v1\/accounts\/([^/]+)\/login_links$/, [], (m, _f, ctx) => createLoginLink(ctx, m[1]!)],
  ['GET', /^\/v1\/events\/([^/]+)$/, [], (m, _f, ctx) => eventById(ctx, m[1]!).event],
];

/** The `/v1` handler; `apiKey` is the one key accepted (any `sk_test_…` when left out). */
export function apiHandler(core: StandinCore, apiKey?: string) {
  /** Idempotency-Key → the first answer, for the same method, path and body. */
  const idempotent = new Map<string, { fingerprint: string; status: number; body: unknown }>();
  return async function handleApi(req: IncomingMessage, res: ServerResponse, url: URL, requestId: string) {
    const key = bearer(req);
    if (!key)
      throw new StripeApiError(
        401,
        "You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY').",
      );
    const accepted = apiKey ? secretsEqual(key, apiKey) : /^(sk|rk)_test_\w+$/.test(key);
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
    const ctx = core.context(req, { id: requestId, idempotency_key: idempotencyKey });
    const result = handler(pattern.exec(url.pathname)!, f, ctx);
    const answer = expand(core, result, f.strings('expand') ?? []);
    if (idempotencyKey) idempotent.set(idempotencyKey, { fingerprint, status: 200, body: answer });
    sendJson(res, 200, answer);
  };
}

/** The object with the `expand[]` paths filled in; a session's `line_items` is listed on request. */
function expand(core: StandinCore, object: unknown, paths: string[]) {
  return expandPaths(
    object,
    paths,
    (id) => core.state.byId(id),
    (holder, key) =>
      holder.object === 'checkout.session' && key === 'line_items'
        ? structuredClone(lineItemList(core.state.sessions.get(holder.id as string)!))
        : undefined,
  );
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
