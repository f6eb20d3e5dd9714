import { countryName, MAX_MINOR_AMOUNT, type ShippingRate } from '@mewayz/contracts';
import {
  orderEvents,
  orderItems,
  orders,
  paymentAccounts,
  productImages,
  productVariants,
} from '@mewayz/db/schema';
import { and, asc, eq } from 'drizzle-orm';
import type { CoreDeps } from '../deps.ts';
import { newId } from '../ids.ts';
import type { TenantScope } from '../tenancy/scope.ts';
import { checkPurchasable, returnStock, takeStock } from './availability.ts';
import { onOrderCancelled } from './order-hooks.ts';
import { type CheckoutSessionRequest, PaymentProviderUnavailable, PaymentsNotEnabled } from './payments.ts';
import { loadProduct } from './products.ts';
import type { CommerceSettings } from './settings.ts';
import { invalid } from './shared.ts';
import { shippingPriceTo } from './shipping.ts';
import { afterCatalogChange } from './storefront.ts';

/**
 * How long a checkout holds stock: Stripe's shortest session lifetime (30 minutes, counted from when
 * Stripe creates the session) plus a minute, so the request's own trip and a busy moment cannot make
 * `expires_at` fall short of it (Stripe then refuses the session).
 */
export const checkoutHoldMinutes = 31;

export interface CheckoutInput {
  siteId: string;
  /** The site's public origin, where the buyer comes back to (`http://alice.mewayz.localhost:8787`). */
  siteOrigin: string;
  productId: string;
  variantId?: string;
  quantity: number;
  /** Pay what you want: the amount chosen, in minor units. */
  amount?: number;
  /** Physical products with shipping rates: the destination the buyer chose (ISO alpha-2). */
  country?: string;
}

export interface CheckoutStarted {
  orderId: string;
  /** Where to send the buyer: Stripe's hosted checkout. */
  url: string;
}

/**
 * Where and for how much a physical order ships: null when the product has no rates (free shipping
 * to the platform's countries, the address alone asked for by Stripe); otherwise the buyer's chosen
 * country must be one the product ships to.
 */
function shippingOf(
  rates: readonly ShippingRate[] | null,
  settings: CommerceSettings,
  country: string | undefined,
): { country: string; amount: number } | null {
  if (!rates?.length) return null;
  if (!country) return invalid('country', 'Choose where to ship it');
  const amount = shippingPriceTo(rates, settings.shippingCountries, country);
  if (amount === null) return invalid('country', 'This product does not ship to that country');
  return { country, amount };
}

/** The platform's fee on `total`, in basis points, rounded down: the creator never pays a fraction over. */
export function platformFeeOf(total: number, bps: number): number {
  return Math.floor((total * bps) / 10_000);
}

/**
 * Start buying one product: check it can be bought, record a `pending` order that holds the stock
 * (atomically: two buyers of the last item cannot both hold it), then open a Stripe Checkout Session
 * for it. If Stripe cannot be reached the order is cancelled and the stock returned before the error
 * goes back to the buyer, so a failure midway holds nothing.
 */
export async function startCheckout(
  deps: CoreDeps,
  scope: TenantScope,
  input: CheckoutInput,
): Promise<CheckoutStarted> {
  const settings = deps.commerce;
  const payments = settings?.payments;
  if (!settings || !payments) throw new PaymentsNotEnabled();
  const product = await loadProduct(scope, input.productId);
  const quantity = product.kind === 'physical' ? input.quantity : 1;
  const line = await checkPurchasable(deps, scope, {
    productId: input.productId,
    variantId: input.variantId,
    quantity,
  });
  if (product.kind === 'pay_what_you_want') {
    const amount = input.amount ?? product.suggestedPrice ?? product.price;
    if (!Number.isSafeInteger(amount) || amount < product.price || amount > MAX_MINOR_AMOUNT)
      invalid('amount', 'Pay at least the minimum amount', 'The amount is below the minimum.');
    line.unitPrice = amount;
  }
  const subtotal = line.unitPrice * line.quantity;
  if (subtotal > MAX_MINOR_AMOUNT) invalid('quantity', 'That is more than one order can hold');
  if (subtotal === 0) invalid('amount', 'Enter an amount above zero');
  const shipping =
    product.kind === 'physical' ? shippingOf(product.shippingRates, settings, input.country) : null;
  const total = subtotal + (shipping?.amount ?? 0);
  if (total > MAX_MINOR_AMOUNT) invalid('quantity', 'That is more than one order can hold');

  const destination = await checkoutDestination(scope, settings, subtotal);

  const variant = line.variantId
    ? await scope.first(productVariants, eq(productVariants.id, line.variantId))
    : null;
  const image = await scope.first(productImages, eq(productImages.productId, product.id), {
    orderBy: [asc(productImages.position), asc(productImages.id)],
  });
  const now = deps.now();
  const expiresAt = new Date(now.getTime() + checkoutHoldMinutes * 60_000);
  const orderId = newId('order');
  await scope.transaction(async (tx) => {
    await takeStock(tx, line);
    await tx.insert(orders, {
      id: orderId,
      siteId: input.siteId,
      siteOrigin: input.siteOrigin,
      status: 'pending',
      stockState: 'held',
      currency: product.currency,
      subtotal,
      shippingTotal: shipping?.amount ?? 0,
      total,
      platformFee: destination?.applicationFee ?? 0,
      stripeAccountId: destination?.accountId ?? null,
      checkoutExpiresAt: expiresAt,
      createdAt: now,
    });
    await tx.insert(orderItems, {
      id: newId('orderItem'),
      orderId,
      productId: product.id,
      variantId: line.variantId,
      kind: product.kind,
      name: product.name,
      variantName: variant?.name ?? null,
      sku: variant?.sku ?? product.sku,
      unitPrice: line.unitPrice,
      quantity: line.quantity,
      total: subtotal,
    });
    await tx.insert(orderEvents, {
      id: newId('orderEvent'),
      orderId,
      type: 'checkout.started',
      status: 'pending',
      amount: subtotal,
      createdAt: now,
    });
  });

  const request: CheckoutSessionRequest = {
    orderId,
    organizationId: scope.orgId,
    currency: product.currency,
    lines: [
      {
        name: variant ? `${product.name} (${variant.name})` : product.name,
        unitAmount: line.unitPrice,
        quantity: line.quantity,
        ...(image && /^(avatars|images|products)\//.test(image.r2Key)
          ? { imageUrl: `${input.siteOrigin}/media/${image.r2Key}` }
          : {}),
      },
    ],
    successUrl: `${input.siteOrigin}/checkout/success?order=${orderId}`,
    cancelUrl: `${input.siteOrigin}/checkout/cancel?order=${orderId}`,
    expiresAt,
    shippingCountries: shipping
      ? [shipping.country]
      : product.kind === 'physical'
        ? settings.shippingCountries
        : undefined,
    shippingRate: shipping
      ? { displayName: `Shipping to ${countryName(shipping.country)}`, amount: shipping.amount }
      : undefined,
    automaticTax: settings.automaticTax,
    destination,
  };
  const session = await openCheckoutSession(deps, scope, request);
  // Holding the last item sells it out on the site's pages until the hold ends (the catalog is
  // republished only when what it shows changed).
  if (product.kind === 'physical') await afterCatalogChange(deps, scope);
  return { orderId, url: session.url };
}

/**
 * Open the Stripe Checkout Session of a recorded `pending` order (a product's, a course's in
 * `courses/course-checkout.ts`, a call's in `bookings/`) and remember it on the order. If
 * Stripe cannot be reached the order is released (its stock, or whatever else it held, given back)
 * before the error goes back to the buyer, so a failure midway holds nothing.
 */
export async function openCheckoutSession(
  deps: CoreDeps,
  scope: TenantScope,
  request: CheckoutSessionRequest,
): Promise<{ id: string; url: string }> {
  const payments = deps.commerce?.payments;
  if (!payments) throw new PaymentsNotEnabled();
  let session: Awaited<ReturnType<typeof payments.createCheckoutSession>>;
  try {
    session = await payments.createCheckoutSession(request);
  } catch (err) {
    await releaseHeldOrder(scope, request.orderId, deps.now(), {
      type: 'checkout.failed',
      message: 'Stripe could not open the checkout.',
    });
    deps.log.warn('checkout session not created', { order: request.orderId, error: err });
    if (err instanceof PaymentProviderUnavailable) throw err;
    throw new PaymentProviderUnavailable();
  }
  await scope.update(orders, { stripeSessionId: session.id }, eq(orders.id, request.orderId));
  return session;
}

/**
 * Cancel a pending order that still holds stock and give the stock back, with a timeline entry of
 * `type` (a checkout that never reached Stripe, or one whose end Stripe never reported). Once only:
 * the status and stock guards make a second call change nothing.
 */
export async function releaseHeldOrder(
  scope: TenantScope,
  orderId: string,
  now: Date,
  entry: { type: string; message: string },
): Promise<void> {
  await scope.transaction(async (tx) => {
    const released = await tx.update(
      orders,
      { status: 'cancelled', stockState: 'released', cancelledAt: now },
      and(eq(orders.id, orderId), eq(orders.status, 'pending'), eq(orders.stockState, 'held')),
    );
    if (released === 0) return;
    for (const item of await tx.list(orderItems, eq(orderItems.orderId, orderId)))
      await returnStock(tx, item);
    await onOrderCancelled(tx, orderId, now);
    await tx.insert(orderEvents, {
      id: newId('orderEvent'),
      orderId,
      type: entry.type,
      status: 'cancelled',
      message: entry.message,
    });
  });
}

/**
 * Where a checkout's money goes: the organization's connected account (with the platform's fee) once
 * it can take charges; else the platform collects, unless this deployment requires Connect.
 */
export async function checkoutDestination(
  scope: TenantScope,
  settings: CommerceSettings,
  subtotal: number,
): Promise<CheckoutSessionRequest['destination']> {
  const account = await scope.first(paymentAccounts);
  const destination = account?.chargesEnabled
    ? { accountId: account.stripeAccountId, applicationFee: platformFeeOf(subtotal, settings.platformFeeBps) }
    : undefined;
  if (!destination && settings.requireConnect)
    throw new PaymentsNotEnabled('This creator has not finished setting up payouts yet.');
  return destination;
}
