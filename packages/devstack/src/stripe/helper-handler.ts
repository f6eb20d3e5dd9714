import type { IncomingMessage, ServerResponse } from 'node:http';
import { readBody, sendJson } from '../gateways/http-server.ts';
import { expireSession, sessionById } from './checkout-sessions.ts';
import { checkWebhookSecret } from './event-sender.ts';
import { answerAuthentication, paySession } from './payments.ts';
import { closeDispute, openDispute } from './refunds.ts';
import { eventById, maxBodyBytes, type PayInput, type StandinCore } from './standin-state.ts';
import { invalidRequest, StripeApiError } from './stripe-error.ts';

/**
 * Test helpers, not Stripe's API (`/__standin/…`, JSON): pay a session the way the hosted form does,
 * dispute a charge and close the dispute (won or lost), expire a session, resend an event (also with a stale signature), list what was
 * sent, and move the webhook endpoint.
 */
export async function handleHelper(core: StandinCore, req: IncomingMessage, res: ServerResponse, url: URL) {
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
  const { events } = core;
  const ctx = core.context(req);
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
    const record = sessionById(ctx, m[1]!);
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
    const record = sessionById(ctx, m[1]!);
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
  m = /^\/disputes\/([^/]+)\/close$/.exec(path);
  if (m) return sendJson(res, 200, closeDispute(ctx, m[1]!, jsonString(body, 'status') ?? ''));
  m = /^\/events\/([^/]+)\/resend$/.exec(path);
  if (m) {
    const record = eventById(ctx, m[1]!);
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
    if (secret !== undefined) change.webhookSecret = checkWebhookSecret(secret);
    events.configure(change);
    ctx.log(`webhook endpoint: ${events.webhookUrl ?? 'none'}`);
    return sendJson(res, 200, { webhookUrl: events.webhookUrl });
  }
  throw new StripeApiError(404, `No test helper POST ${url.pathname}`);
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
