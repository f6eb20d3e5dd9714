import type Stripe from 'stripe';
import type { Fields } from './fields.ts';
import type { AccountLinkRecord, StandinContext } from './standin-state.ts';
import { unixNow } from './standin-state.ts';
import { invalidRequest, noSuch } from './stripe-error.ts';
import { base62, stripeId } from './stripe-ids.ts';

/**
 * Connect Express: a creator's connected account starts unable to take charges; an account link sends
 * them through the stand-in's onboarding page, whose "Complete onboarding" enables the account and
 * sends `account.updated`, as finishing Stripe's hosted onboarding does.
 */

/** An account's default currency by its country (the euro area, then the others the platform sees most). */
const euroArea = new Set('AT BE CY DE EE ES FI FR GR HR IE IT LT LU LV MT NL PT SI SK'.split(' '));
const currencyOfCountry = Object.fromEntries(
  'US:usd GB:gbp CA:cad AU:aud NZ:nzd JP:jpy CH:chf SE:sek NO:nok DK:dkk PL:pln SG:sgd HK:hkd MX:mxn BR:brl IN:inr'
    .split(' ')
    .map((pair) => pair.split(':')),
) as Record<string, string>;
/** What Stripe asks an Express account for before it may take charges. */
const initiallyDue = [
  'business_profile.url',
  'business_type',
  'external_account',
  'representative.first_name',
  'representative.last_name',
  'tos_acceptance.date',
  'tos_acceptance.ip',
];
/** How long an account link can be used, as Stripe's (five minutes). */
const linkLifetime = 300;

/** `POST /v1/accounts` (Express only). */
export function createAccount(f: Fields, ctx: StandinContext): Stripe.Account {
  const ignored = f.allow(
    ['type', 'country', 'email', 'metadata', 'capabilities', 'expand'],
    ['business_type', 'business_profile', 'default_currency', 'settings', 'tos_acceptance'],
  );
  if (ignored.length) ctx.log(`account: ignoring ${ignored.join(', ')} (not simulated)`);
  const type = f.string('type', { required: true });
  if (type !== 'express')
    throw invalidRequest('The Stripe stand-in supports type=express accounts only.', 'type');
  const country = (f.string('country') ?? 'US').toUpperCase();
  if (!/^[A-Z]{2}$/.test(country)) throw invalidRequest(`Invalid country: ${country}`, 'country');
  const email = f.string('email') ?? null;
  if (email !== null && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
    throw invalidRequest(`Invalid email address: ${email}`, 'email', 'email_invalid');
  const requirements = {
    alternatives: [],
    current_deadline: null,
    currently_due: [...initiallyDue],
    disabled_reason: 'requirements.past_due',
    errors: [],
    eventually_due: [...initiallyDue],
    past_due: [...initiallyDue],
    pending_verification: [],
  } satisfies Stripe.Account.Requirements;
  const account: Stripe.Account = {
    id: stripeId('acct'),
    object: 'account',
    business_profile: {
      mcc: null,
      minority_owned_business_designation: null,
      name: null,
      specified_commercial_transactions_act_url: null,
      support_address: null,
      support_email: null,
      support_phone: null,
      support_url: null,
      url: null,
    },
    business_type: null,
    capabilities: { card_payments: 'inactive', transfers: 'inactive' },
    charges_enabled: false,
    country,
    created: unixNow(),
    default_currency: euroArea.has(country) ? 'eur' : (currencyOfCountry[country] ?? 'usd'),
    details_submitted: false,
    email,
    external_accounts: { object: 'list', data: [], has_more: false, url: '' },
    future_requirements: {
      ...requirements,
      currently_due: [],
      eventually_due: [],
      past_due: [],
      disabled_reason: null,
    },
    metadata: f.metadata('metadata'),
    payouts_enabled: false,
    requirements,
    tos_acceptance: { date: null, ip: null, user_agent: null },
    type: 'express',
  };
  account.external_accounts!.url = `/v1/accounts/${account.id}/external_accounts`;
  ctx.state.accounts.set(account.id, account);
  ctx.log(`${account.id}: Express account created (${country})`);
  return account;
}

/** `POST /v1/account_links`: a single-use link to the stand-in's onboarding page, valid five minutes. */
export function createAccountLink(f: Fields, ctx: StandinContext): Stripe.AccountLink {
  f.allow(['account', 'refresh_url', 'return_url', 'type', 'expand'], ['collect', 'collection_options']);
  const accountId = f.string('account', { required: true })!;
  if (!ctx.state.accounts.has(accountId)) throw noSuch('account', accountId, 'account');
  f.oneOf('type', ['account_onboarding', 'account_update'], { required: true });
  const link: AccountLinkRecord = {
    id: base62(32),
    account: accountId,
    refreshUrl: f.url('refresh_url', { required: true })!,
    returnUrl: f.url('return_url', { required: true })!,
    expiresAt: unixNow() + linkLifetime,
    used: false,
  };
  ctx.state.accountLinks.set(link.id, link);
  return {
    object: 'account_link',
    created: unixNow(),
    expires_at: link.expiresAt,
    url: `${ctx.origin}/connect/onboard/${link.id}`,
  };
}

/** `POST /v1/accounts/:id/login_links`: the stand-in's page in place of the Express Dashboard. */
export function createLoginLink(ctx: StandinContext, accountId: string): Stripe.LoginLink {
  const account = ctx.state.accounts.get(accountId);
  if (!account) throw noSuch('account', accountId, 'account');
  if (!account.details_submitted)
    throw invalidRequest(
      'Cannot create a login link for an account that has not completed onboarding.',
      'account',
    );
  return { object: 'login_link', created: unixNow(), url: `${ctx.origin}/connect/express/${account.id}` };
}

/** The link is usable: known, unused, not expired (Stripe sends the creator to `refresh_url` otherwise). */
export function usableLink(link: AccountLinkRecord | undefined): boolean {
  return !!link && !link.used && link.expiresAt > unixNow();
}

/** "Complete onboarding": everything Stripe asked for is given; the account may take charges and payouts. */
export function completeOnboarding(ctx: StandinContext, link: AccountLinkRecord) {
  link.used = true;
  const account = ctx.state.accounts.get(link.account)!;
  const before = {
    charges_enabled: account.charges_enabled,
    payouts_enabled: account.payouts_enabled,
    details_submitted: account.details_submitted,
    requirements: structuredClone(account.requirements),
  };
  account.charges_enabled = true;
  account.payouts_enabled = true;
  account.details_submitted = true;
  account.business_type = 'individual';
  account.capabilities = { card_payments: 'active', transfers: 'active' };
  account.requirements = {
    ...account.requirements!,
    currently_due: [],
    eventually_due: [],
    past_due: [],
    disabled_reason: null,
  };
  account.tos_acceptance = { date: unixNow(), ip: '127.0.0.1', user_agent: 'Mewayz local stand-in' };
  ctx.events.emit('account.updated', account, { account: account.id, previousAttributes: before });
  ctx.log(`${account.id}: onboarding complete`);
}
