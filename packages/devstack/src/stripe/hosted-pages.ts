import { email } from '@mewayz/core';
import type Stripe from 'stripe';
import { totalsFor } from './checkout-sessions.ts';
import { formatAmount } from './money.ts';
import { testCards } from './payments.ts';
import type { AccountLinkRecord, SessionRecord } from './standin-state.ts';

/**
 * The pages a buyer or a creator sees instead of Stripe's: plain HTML forms that work without
 * JavaScript, each with a banner saying no real money moves.
 */
const { escapeHtml } = email;
const h = (s: string | null | undefined) => escapeHtml(s ?? '');

const style =
  'body{font:16px/1.5 system-ui,sans-serif;margin:0;color:#1a1a1a;background:#f6f8fa}' +
  '.banner{background:#ffe8a3;border-bottom:1px solid #e0b400;padding:.5rem 1rem;text-align:center;font-weight:600}' +
  'main{max-width:34rem;margin:1.5rem auto;padding:0 1rem}' +
  'section,form{background:#fff;border:1px solid #d8dee4;border-radius:8px;padding:1rem 1.25rem;margin-bottom:1rem}' +
  'section form{border:0;padding:0;margin:.5rem 0}' +
  'table{width:100%;border-collapse:collapse}td{padding:.25rem 0;vertical-align:top}td.amount{text-align:right;white-space:nowrap}' +
  'tr.total td{border-top:1px solid #d8dee4;font-weight:700;padding-top:.5rem}' +
  'fieldset{border:0;padding:0;margin:0 0 1rem}legend{font-weight:600;margin-bottom:.25rem}' +
  'label{display:block;margin:.4rem 0}input,select{display:block;width:100%;box-sizing:border-box;padding:.45rem;font:inherit;border:1px solid #aab4be;border-radius:4px}' +
  '.row{display:flex;gap:.75rem}.row label{flex:1}label.choice{display:flex;gap:.5rem;align-items:center}label.choice input{width:auto}' +
  'button{font:inherit;font-weight:600;padding:.6rem 1rem;border-radius:6px;border:0;background:#635bff;color:#fff;cursor:pointer;width:100%}' +
  'button.secondary{background:#fff;color:#1a1a1a;border:1px solid #aab4be;margin-top:.5rem}' +
  '.error{background:#fde8e8;border:1px solid #e25c5c;padding:.5rem .75rem;border-radius:4px}code{font-size:.9em}';

/** A whole page around `body`, with the test-mode banner. */
function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${h(title)} · Local Stripe stand-in</title><style>${style}</style></head><body><div class="banner" role="note">Local Stripe stand-in — test mode, no real money</div><main>${body}</main></body></html>`;
}

/** What the buyer typed, to fill the form again after an error (never the card number). */
export interface PayFormValues {
  email?: string;
  name?: string;
  shipping_name?: string;
  shipping_line1?: string;
  shipping_line2?: string;
  shipping_city?: string;
  shipping_postal_code?: string;
  shipping_state?: string;
  shipping_country?: string;
  shipping_rate?: string;
}

/** The checkout page: what is bought, the totals, and the payment form. */
export function payPage(
  record: SessionRecord,
  opts: { error?: string; values?: PayFormValues } = {},
): string {
  const { session, lineItems } = record;
  const v = opts.values ?? {};
  const cur = session.currency!;
  const money = (n: number) => h(formatAmount(n, cur));
  const rows = lineItems
    .map(
      (li) =>
        `<tr><td>${h(li.description)}${li.quantity && li.quantity > 1 ? ` × ${li.quantity}` : ''}<br><small>${money(li.price!.unit_amount!)} each</small></td><td class="amount">${money(li.amount_subtotal)}</td></tr>`,
    )
    .join('');
  // The amounts for the shipping option the buyer picked (the first until they pick another).
  const selectedRate = v.shipping_rate ?? record.shippingRates[0]?.id;
  const t = totalsFor(record, selectedRate);
  const totals = [
    `<tr><td>Subtotal</td><td class="amount">${money(t.subtotal)}</td></tr>`,
    t.rate
      ? `<tr><td>Shipping (${h(t.rate.display_name)})</td><td class="amount">${money(t.shipping)}</td></tr>`
      : '',
    session.automatic_tax.enabled
      ? `<tr><td>Tax (10 %)</td><td class="amount">${money(t.tax)}</td></tr>`
      : '',
    `<tr class="total"><td>Total due</td><td class="amount">${money(t.total)}</td></tr>`,
  ].join('');
  const allowed = session.shipping_address_collection?.allowed_countries ?? null;
  const shippingFields = allowed
    ? `<fieldset><legend>Shipping address</legend>
<label>Full name <input name="shipping_name" autocomplete="shipping name" required value="${h(v.shipping_name)}"></label>
<label>Address <input name="shipping_line1" autocomplete="shipping address-line1" required value="${h(v.shipping_line1)}"></label>
<label>Address line 2 (optional) <input name="shipping_line2" autocomplete="shipping address-line2" value="${h(v.shipping_line2)}"></label>
<div class="row"><label>City <input name="shipping_city" autocomplete="shipping address-level2" required value="${h(v.shipping_city)}"></label>
<label>Postal code <input name="shipping_postal_code" autocomplete="shipping postal-code" required value="${h(v.shipping_postal_code)}"></label></div>
<label>State or region (optional) <input name="shipping_state" autocomplete="shipping address-level1" value="${h(v.shipping_state)}"></label>
<label>Country <select name="shipping_country" autocomplete="shipping country" required>${allowed
        .map(
          (c) =>
            `<option value="${h(c)}"${v.shipping_country === c ? ' selected' : ''}>${h(countryName(c))}</option>`,
        )
        .join('')}</select></label></fieldset>`
    : '';
  const rateChoice =
    record.shippingRates.length > 1
      ? `<fieldset><legend>Shipping method</legend>${record.shippingRates
          .map(
            (r) =>
              `<label class="choice"><input type="radio" name="shipping_rate" value="${h(r.id)}"${r.id === selectedRate ? ' checked' : ''}> ${h(r.display_name)} — ${money(r.fixed_amount!.amount)}</label>`,
          )
          .join('')}</fieldset>`
      : '';
  const emailField = session.customer_email
    ? `<label>Email <input type="email" name="email" value="${h(session.customer_email)}" readonly></label>`
    : `<label>Email <input type="email" name="email" autocomplete="email" required value="${h(v.email)}"></label>`;
  const back = session.cancel_url ? `<p><a href="${h(session.cancel_url)}">← Back</a></p>` : '';
  const error = opts.error ? `<p class="error" role="alert">${h(opts.error)}</p>` : '';
  const cards = Object.entries(testCards)
    .map(([n, c]) => `<li><code>${n.replace(/(\d{4})(?=\d)/g, '$1 ')}</code> — ${h(cardOutcome(c))}</li>`)
    .join('');
  return page(
    'Checkout',
    `${back}<section aria-labelledby="summary"><h1 id="summary">Pay ${money(t.total)}</h1><table>${rows}${totals}</table></section>
<form method="post" action="/c/pay/${h(session.id)}">${error}
<fieldset><legend>Contact information</legend>${emailField}</fieldset>${shippingFields}${rateChoice}
<fieldset><legend>Card information</legend>
<label>Name on card <input name="name" autocomplete="cc-name" required value="${h(v.name)}"></label>
<label>Card number <input name="card" inputmode="numeric" autocomplete="cc-number" placeholder="4242 4242 4242 4242" required></label>
<div class="row"><label>Expiry <input name="expiry" autocomplete="cc-exp" placeholder="MM / YY" required></label>
<label>CVC <input name="cvc" inputmode="numeric" autocomplete="cc-csc" placeholder="123" required></label></div></fieldset>
<button type="submit">Pay ${money(t.total)}</button></form>
<section><h2>Test cards</h2><p>Any future expiry and any 3-digit CVC.</p><ul>${cards}</ul></section>`,
  );
}

/** The 3-D Secure challenge the `4000 0025 0000 3155` card asks for. */
export function authenticatePage(record: SessionRecord, attempt: string): string {
  const { session } = record;
  const action = `/c/pay/${h(session.id)}/authenticate/${h(attempt)}`;
  const total = h(formatAmount(session.amount_total!, session.currency!));
  return page(
    '3-D Secure authentication',
    `<section><h1>3-D Secure test payment</h1><p>Your bank asks you to confirm the payment of ${total}. This is a test authentication page.</p>
<form method="post" action="${action}"><input type="hidden" name="outcome" value="complete"><button type="submit">Complete authentication</button></form>
<form method="post" action="${action}"><input type="hidden" name="outcome" value="fail"><button type="submit" class="secondary">Fail authentication</button></form></section>`,
  );
}

/** A session that can no longer be paid. */
export function closedPage(record: SessionRecord): string {
  const { session } = record;
  if (session.status === 'complete') {
    const next = session.success_url?.replaceAll('{CHECKOUT_SESSION_ID}', session.id);
    return page(
      'Payment complete',
      `<section><h1>Payment complete</h1><p>This checkout is finished${session.payment_status === 'paid' ? ' and paid' : '; the payment is still processing'}.</p>${next ? `<p><a href="${h(next)}">Continue</a></p>` : ''}</section>`,
    );
  }
  return page(
    'Checkout expired',
    `<section><h1>This checkout has expired</h1><p>The page is no longer available. Go back and start the purchase again.</p>${session.cancel_url ? `<p><a href="${h(session.cancel_url)}">← Back</a></p>` : ''}</section>`,
  );
}

/** Express onboarding in one step. */
export function onboardingPage(link: AccountLinkRecord, account: Stripe.Account): string {
  const action = `/connect/onboard/${h(link.id)}`;
  return page(
    'Set up payouts',
    `<section><h1>Set up your payouts</h1><p>Connected account <code>${h(account.id)}</code>${account.email ? ` (${h(account.email)})` : ''}. Stripe would ask for identity and bank details here; the stand-in takes them as given.</p>
<form method="post" action="${action}"><input type="hidden" name="action" value="complete"><button type="submit">Complete onboarding</button></form>
<form method="post" action="${action}"><input type="hidden" name="action" value="leave"><button type="submit" class="secondary">Leave and finish later</button></form></section>`,
  );
}

/** What a login link opens in place of the Express Dashboard. */
export function expressPage(account: Stripe.Account): string {
  const yes = (b: boolean) => (b ? 'yes' : 'no');
  return page(
    'Express Dashboard',
    `<section><h1>Express Dashboard</h1><p>Connected account <code>${h(account.id)}</code>${account.email ? `, ${h(account.email)}` : ''}.</p><table><tr><td>Charges enabled</td><td class="amount">${yes(account.charges_enabled)}</td></tr><tr><td>Payouts enabled</td><td class="amount">${yes(account.payouts_enabled)}</td></tr><tr><td>Details submitted</td><td class="amount">${yes(account.details_submitted)}</td></tr></table></section>`,
  );
}

export function messagePage(title: string, message: string): string {
  return page(title, `<section><h1>${h(title)}</h1><p>${h(message)}</p></section>`);
}

function cardOutcome(card: (typeof testCards)[string]): string {
  if (card.outcome === 'succeed') return `succeeds (${card.brand})`;
  if (card.outcome === 'authenticate') return 'asks for 3-D Secure authentication';
  return `declined: ${card.message}`;
}

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });
function countryName(code: string): string {
  try {
    return regionNames.of(code) ?? code;
  } catch {
    return code;
  }
}
