import { paymentAccounts } from '@mewayz/db/schema';
import { recordAudit } from '../audit/record.ts';
import type { Actor, CoreDeps } from '../deps.ts';
import type { TenantScope } from '../tenancy/scope.ts';
import { PaymentsNotEnabled } from './payments.ts';

/**
 * Creator payouts through Stripe Connect (Express accounts): the platform creates the account, Stripe
 * hosts onboarding, and `account.updated` webhooks keep our copy of its state. Sales of an
 * organization whose account can take charges are destination charges to it, minus the platform fee.
 */
export interface PayoutStatus {
  connected: boolean;
  accountId: string | null;
  chargesEnabled: boolean;
  payoutsEnabled: boolean;
  detailsSubmitted: boolean;
  requirementsDue: string[];
  platformFeeBps: number;
  /** Whether this deployment can take payments at all (a Stripe key is configured). */
  paymentsConfigured: boolean;
}

export async function payoutStatus(deps: CoreDeps, scope: TenantScope): Promise<PayoutStatus> {
  const row = await scope.first(paymentAccounts);
  return {
    connected: Boolean(row),
    accountId: row?.stripeAccountId ?? null,
    chargesEnabled: row?.chargesEnabled ?? false,
    payoutsEnabled: row?.payoutsEnabled ?? false,
    detailsSubmitted: row?.detailsSubmitted ?? false,
    requirementsDue: row?.requirementsDue ?? [],
    platformFeeBps: deps.commerce?.platformFeeBps ?? 0,
    paymentsConfigured: Boolean(deps.commerce?.payments),
  };
}

/**
 * A link to Stripe's onboarding for this organization's Express account, creating the account the
 * first time (Stripe's idempotency key makes two concurrent first clicks one account).
 */
export async function startPayoutOnboarding(
  deps: CoreDeps,
  scope: TenantScope,
  actor: Actor,
  urls: { returnUrl: string; refreshUrl: string; email: string | null },
): Promise<string> {
  const payments = deps.commerce?.payments;
  if (!payments) throw new PaymentsNotEnabled('Payments are not configured on this platform.');
  let row = await scope.first(paymentAccounts);
  if (!row) {
    const account = await payments.createConnectedAccount(scope.orgId, urls.email);
    await scope.transaction(async (tx) => {
      if (await tx.first(paymentAccounts)) return;
      await tx.insert(paymentAccounts, {
        stripeAccountId: account.id,
        chargesEnabled: account.chargesEnabled,
        payoutsEnabled: account.payoutsEnabled,
        detailsSubmitted: account.detailsSubmitted,
        requirementsDue: account.requirementsDue,
      });
      await recordAudit(tx, actor, {
        action: 'payouts.account_created',
        targetType: 'payment_account',
        targetId: account.id,
      });
    });
    row = await scope.first(paymentAccounts);
  }
  return payments.onboardingLink(row!.stripeAccountId, urls.returnUrl, urls.refreshUrl);
}

/** Read the account back from Stripe (the creator returned from onboarding; webhooks may lag). */
export async function refreshPayoutStatus(deps: CoreDeps, scope: TenantScope): Promise<PayoutStatus> {
  const payments = deps.commerce?.payments;
  const row = await scope.first(paymentAccounts);
  if (payments && row) {
    const state = await payments.retrieveAccount(row.stripeAccountId);
    await scope.update(paymentAccounts, {
      chargesEnabled: state.chargesEnabled,
      payoutsEnabled: state.payoutsEnabled,
      detailsSubmitted: state.detailsSubmitted,
      requirementsDue: state.requirementsDue,
    });
  }
  return payoutStatus(deps, scope);
}
