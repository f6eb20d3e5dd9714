import type { IncomingMessage, ServerResponse } from 'node:http';
import { readBody } from '../gateways/http-server.ts';
import { findSession } from './checkout-sessions.ts';
import { completeOnboarding, usableLink } from './connect.ts';
import { Fields } from './fields.ts';
import { FormParamsError, parseFormParams } from './form-params.ts';
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
import { maxBodyBytes, type PayInput, type StandinCore } from './standin-state.ts';
import { StripeApiError } from './stripe-error.ts';

/**
 * The buyer's and the creator's side: the checkout page and its 3-D Secure step (`/c/pay/…`), Connect
 * onboarding (`/connect/onboard/…`) and the Express Dashboard's stand-in (`/connect/express/…`). Plain
 * forms, answered with pages or 303 redirects (post/redirect/get), so no JavaScript is needed.
 */
export async function handlePage(core: StandinCore, req: IncomingMessage, res: ServerResponse, url: URL) {
  const method = req.method ?? 'GET';
  const { state, events } = core;
  const ctx = core.context(req);
  const form = method === 'POST' ? await readForm(req) : new Fields({});
  let m = /^\/c\/pay\/([^/]+)$/.exec(url.pathname);
  if (m) {
    const record = findSession(ctx, m[1]!);
    if (!record) return html(res, 404, messagePage('Not found', 'There is no such checkout.'));
    if (record.session.status !== 'open') return html(res, method === 'POST' ? 400 : 200, closedPage(record));
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

/** A form-encoded body; one that cannot be read counts as an empty form (its fields are then missing). */
async function readForm(req: IncomingMessage): Promise<Fields> {
  try {
    return new Fields(parseFormParams((await readBody(req, maxBodyBytes)).toString('utf8')));
  } catch (err) {
    if (err instanceof FormParamsError) return new Fields({});
    throw err;
  }
}

/** What the buyer typed into the pay form, to pay with and to show again after an error. */
function formValues(form: Fields): PayFormValues {
  const keys = (
    'email name shipping_name shipping_line1 shipping_line2 shipping_city shipping_postal_code ' +
    'shipping_state shipping_country shipping_rate'
  ).split(' ') as (keyof PayFormValues)[];
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

/** The pay form as a payment: the card fields and, when any was sent, the shipping address. */
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
