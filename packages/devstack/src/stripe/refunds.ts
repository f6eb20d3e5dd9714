import type Stripe from 'stripe';
import type { Fields } from './fields.ts';
import { formatAmount } from './money.ts';
import type { StandinContext } from './standin-state.ts';
import { unixNow } from './standin-state.ts';
import { invalidRequest, noSuch } from './stripe-error.ts';
import { stripeId } from './stripe-ids.ts';

/**
 * Refunds (`POST /v1/refunds`, always `succeeded` at once) and disputes (opened by a test helper, as a
 * buyer's bank would): both change the charge and send the events Stripe sends for them.
 */

/** `POST /v1/refunds` by `payment_intent` or `charge`; a partial refund leaves the rest refundable. */
export function createRefund(f: Fields, ctx: StandinContext): Stripe.Refund {
  f.allow(
    ['payment_intent', 'charge', 'amount', 'metadata', 'reason', 'reverse_transfer', 'expand'],
    ['refund_application_fee', 'instructions_email'],
  );
  const charge = refundedCharge(f, ctx);
  const remaining = charge.amount - charge.amount_refunded;
  if (charge.disputed)
    throw invalidRequest(
      `Charge ${charge.id} has been charged back; cannot issue a refund.`,
      undefined,
      'charge_disputed',
    );
  if (remaining === 0)
    throw invalidRequest(
      `Charge ${charge.id} has already been refunded.`,
      undefined,
      'charge_already_refunded',
    );
  const amount = f.int('amount', { min: 1 }) ?? remaining;
  if (amount > remaining)
    throw invalidRequest(
      `Refund amount (${formatAmount(amount, charge.currency)}) is greater than unrefunded amount on charge (${formatAmount(remaining, charge.currency)})`,
      'amount',
    );
  const reverse = f.bool('reverse_transfer') ?? false;
  if (reverse && !charge.transfer_data)
    throw invalidRequest('This charge has no transfer to reverse.', 'reverse_transfer');
  const refund: Stripe.Refund = {
    id: stripeId('re'),
    object: 'refund',
    amount,
    balance_transaction: stripeId('txn'),
    charge: charge.id,
    created: unixNow(),
    currency: charge.currency,
    customer: null,
    customer_account: null,
    metadata: f.metadata('metadata'),
    payment_intent: charge.payment_intent,
    payment_method: charge.payment_method,
    reason: f.oneOf('reason', ['duplicate', 'fraudulent', 'requested_by_customer']) ?? null,
    receipt_number: null,
    source_transfer_reversal: null,
    status: 'succeeded',
    transfer_reversal: reverse ? stripeId('trr') : null,
  };
  const before = { amount_refunded: charge.amount_refunded, refunded: charge.refunded };
  charge.amount_refunded += amount;
  charge.refunded = charge.amount_refunded === charge.amount;
  const list = charge.refunds ?? {
    object: 'list',
    data: [],
    has_more: false,
    url: `/v1/charges/${charge.id}/refunds`,
  };
  list.data.unshift(refund);
  charge.refunds = list;
  ctx.state.refunds.set(refund.id, refund);
  ctx.events.emit('charge.refunded', charge, { request: ctx.request, previousAttributes: before });
  ctx.events.emit('refund.created', refund, { request: ctx.request });
  ctx.log(`${refund.id}: ${amount} ${charge.currency} of ${charge.id} refunded`);
  return refund;
}

function refundedCharge(f: Fields, ctx: StandinContext): Stripe.Charge {
  const piId = f.string('payment_intent');
  const chargeId = f.string('charge');
  if (!piId && !chargeId)
    throw invalidRequest(
      'One of `charge` or `payment_intent` is required.',
      'payment_intent',
      'parameter_missing',
    );
  let charge: Stripe.Charge | undefined;
  if (piId) {
    const intent = ctx.state.paymentIntents.get(piId);
    if (!intent) throw noSuch('payment_intent', piId, 'payment_intent');
    charge = intent.latest_charge ? ctx.state.charges.get(intent.latest_charge as string) : undefined;
    if (charge?.status !== 'succeeded')
      throw invalidRequest(
        `This PaymentIntent (${piId}) does not have a successful charge to refund.`,
        'payment_intent',
      );
    if (chargeId && chargeId !== charge.id)
      throw invalidRequest('The charge does not belong to the PaymentIntent.', 'charge');
  } else {
    charge = ctx.state.charges.get(chargeId!);
    if (!charge) throw noSuch('charge', chargeId!, 'charge');
    if (charge.status !== 'succeeded')
      throw invalidRequest(`Charge ${charge.id} has not succeeded; there is nothing to refund.`, 'charge');
  }
  return charge;
}

export const disputeReasons = [
  'bank_cannot_process',
  'credit_not_processed',
  'customer_initiated',
  'debit_not_authorized',
  'duplicate',
  'fraudulent',
  'general',
  'incorrect_account_details',
  'insufficient_funds',
  'product_not_received',
  'product_unacceptable',
  'subscription_canceled',
  'unrecognized',
] as const;

/** A dispute's evidence fields, all empty until the platform submits some. */
const evidenceFields = (
  'access_activity_log billing_address cancellation_policy cancellation_policy_disclosure cancellation_rebuttal ' +
  'customer_communication customer_email_address customer_name customer_purchase_ip customer_signature ' +
  'duplicate_charge_documentation duplicate_charge_explanation duplicate_charge_id product_description receipt ' +
  'refund_policy refund_policy_disclosure refund_refusal_explanation service_date service_documentation ' +
  'shipping_address shipping_carrier shipping_date shipping_documentation shipping_tracking_number ' +
  'uncategorized_file uncategorized_text'
).split(' ');

/** The buyer's bank disputes a charge (test helper): the charge is marked, `charge.dispute.created` sent. */
export function openDispute(
  ctx: StandinContext,
  chargeId: string,
  opts: { reason?: string; amount?: number },
): Stripe.Dispute {
  const charge = ctx.state.charges.get(chargeId);
  if (!charge) throw noSuch('charge', chargeId, 'charge');
  if (charge.status !== 'succeeded') throw invalidRequest(`Charge ${chargeId} has not succeeded.`, 'charge');
  if (charge.disputed) throw invalidRequest(`Charge ${chargeId} is already disputed.`, 'charge');
  const reason = opts.reason ?? 'fraudulent';
  if (!(disputeReasons as readonly string[]).includes(reason))
    throw invalidRequest(`Invalid reason: must be one of ${disputeReasons.join(', ')}`, 'reason');
  const amount = opts.amount ?? charge.amount - charge.amount_refunded;
  if (!Number.isInteger(amount) || amount < 1 || amount > charge.amount)
    throw invalidRequest(`The disputed amount must be a whole number from 1 to ${charge.amount}.`, 'amount');
  const now = unixNow();
  const dispute: Stripe.Dispute = {
    id: stripeId('dp'),
    object: 'dispute',
    amount,
    balance_transactions: [],
    charge: charge.id,
    created: now,
    currency: charge.currency,
    enhanced_eligibility_types: [],
    evidence: {
      ...Object.fromEntries(evidenceFields.map((k) => [k, null])),
      enhanced_evidence: {},
    } as unknown as Stripe.Dispute.Evidence,
    evidence_details: {
      due_by: now + 7 * 24 * 3600,
      enhanced_eligibility: {},
      has_evidence: false,
      past_due: false,
      submission_count: 0,
      submission_method: 'not_submitted',
    },
    intended_submission_method: null,
    is_charge_refundable: false,
    livemode: false,
    metadata: {},
    payment_intent: charge.payment_intent,
    reason,
    status: 'needs_response',
  };
  charge.disputed = true;
  ctx.state.disputes.set(dispute.id, dispute);
  ctx.events.emit('charge.dispute.created', dispute);
  ctx.log(`${dispute.id}: ${charge.id} disputed (${reason})`);
  return dispute;
}

/**
 * The bank decides a dispute (test helper): `won` leaves the money with the seller, `lost` returns it
 * to the buyer; the dispute is updated and `charge.dispute.closed` sent, as Stripe does.
 */
export function closeDispute(ctx: StandinContext, disputeId: string, outcome: string): Stripe.Dispute {
  const dispute = ctx.state.disputes.get(disputeId);
  if (!dispute) throw noSuch('dispute', disputeId, 'dispute');
  if (outcome !== 'won' && outcome !== 'lost') throw invalidRequest('status: won or lost', 'status');
  if (dispute.status === 'won' || dispute.status === 'lost')
    throw invalidRequest(`Dispute ${disputeId} is already closed (${dispute.status}).`, 'dispute');
  dispute.status = outcome;
  ctx.events.emit('charge.dispute.closed', dispute);
  ctx.log(`${dispute.id}: closed, ${outcome}`);
  return dispute;
}
