import type Stripe from 'stripe';
import type { Fields } from './fields.ts';
import { isCurrency, taxOn } from './money.ts';
import type { SessionRecord, StandinContext } from './standin-state.ts';
import { unixNow } from './standin-state.ts';
import { invalidRequest, missingParam, noSuch, StripeApiError } from './stripe-error.ts';
import { stripeId } from './stripe-ids.ts';

/**
 * Checkout Sessions in `payment` mode with inline `price_data`: creation with Stripe's validation of
 * the fields the platform uses, the amounts (line items, shipping, the stand-in's 10 % tax), expiry.
 */

/** Real Stripe parameters accepted and not simulated (logged when used). */
const ignoredParams = [
  'locale',
  'submit_type',
  'payment_method_types',
  'billing_address_collection',
  'phone_number_collection',
  'allow_promotion_codes',
  'customer_creation',
  'consent_collection',
  'custom_text',
  'invoice_creation',
  'tax_id_collection',
  'payment_method_configuration',
  'payment_method_options',
];
const knownParams = [
  'mode',
  'ui_mode',
  'line_items',
  'customer_email',
  'client_reference_id',
  'metadata',
  'success_url',
  'cancel_url',
  'expires_at',
  'shipping_address_collection',
  'shipping_options',
  'payment_intent_data',
  'automatic_tax',
  'expand',
];
const minLifetime = 30 * 60;
const maxLifetime = 24 * 60 * 60;

/** `POST /v1/checkout/sessions`. */
export function createCheckoutSession(f: Fields, ctx: StandinContext): SessionRecord {
  const ignored = f.allow(knownParams, ignoredParams);
  if (ignored.length) ctx.log(`checkout session: ignoring ${ignored.join(', ')} (not simulated)`);
  const mode = f.oneOf('mode', ['payment', 'setup', 'subscription']) ?? 'payment';
  if (mode !== 'payment') throw invalidRequest('The Stripe stand-in supports mode=payment only.', 'mode');
  const uiMode = f.string('ui_mode');
  if (uiMode && uiMode !== 'hosted_page' && uiMode !== 'hosted')
    throw invalidRequest('The Stripe stand-in supports the hosted page only.', 'ui_mode');
  const now = unixNow();

  const items = f.objects('line_items');
  if (!items?.length) throw missingParam('line_items');
  let currency: string | null = null;
  const lineItems = items.map((li) => {
    li.allow(['price_data', 'quantity', 'price'], ['adjustable_quantity']);
    if (li.has('price'))
      throw invalidRequest(
        'The Stripe stand-in has no Prices API: give the line item price_data instead of a price id.',
        li.name('price'),
      );
    const pd = li.object('price_data', { required: true })!;
    pd.allow(['currency', 'unit_amount', 'product_data', 'tax_behavior']);
    const itemCurrency = pd.string('currency', { required: true })!;
    if (!isCurrency(itemCurrency))
      throw invalidRequest(`Invalid currency: ${itemCurrency}.`, pd.name('currency'), 'invalid_currency');
    if (currency && itemCurrency.toLowerCase() !== currency)
      throw invalidRequest('All line items must use the same currency.', pd.name('currency'));
    currency = itemCurrency.toLowerCase();
    if (pd.oneOf('tax_behavior', ['exclusive', 'inclusive', 'unspecified']) === 'inclusive')
      throw invalidRequest('The Stripe stand-in computes exclusive tax only.', pd.name('tax_behavior'));
    const unitAmount = pd.int('unit_amount', { required: true, min: 0, max: 99_999_999 })!;
    const prod = pd.object('product_data', { required: true })!;
    prod.allow(['name', 'description', 'images', 'metadata'], ['tax_code', 'unit_label']);
    const product: Stripe.Product = {
      id: stripeId('prod'),
      object: 'product',
      active: false,
      created: now,
      default_price: null,
      description: prod.string('description') ?? null,
      images: prod.strings('images') ?? [],
      livemode: false,
      marketing_features: [],
      metadata: prod.metadata('metadata'),
      name: prod.string('name', { required: true, max: 250 })!,
      package_dimensions: null,
      shippable: null,
      tax_details: null,
      type: 'service',
      updated: now,
      url: null,
    };
    if (product.images.length > 8) throw invalidRequest('Up to 8 images are allowed.', prod.name('images'));
    ctx.state.products.set(product.id, product);
    const quantity = li.int('quantity', { required: true, min: 1, max: 999_999 })!;
    const price: Stripe.Price = {
      id: stripeId('price'),
      object: 'price',
      active: false,
      billing_scheme: 'per_unit',
      created: now,
      currency,
      custom_unit_amount: null,
      livemode: false,
      lookup_key: null,
      metadata: {},
      nickname: null,
      product: product.id,
      recurring: null,
      tax_behavior: 'unspecified',
      tiers_mode: null,
      transform_quantity: null,
      type: 'one_time',
      unit_amount: unitAmount,
      // A string on the wire; the SDK turns it into its Decimal type when it parses the response.
      unit_amount_decimal: String(unitAmount) as unknown as Stripe.Price['unit_amount_decimal'],
    };
    const item: Stripe.LineItem = {
      id: stripeId('li'),
      object: 'item',
      adjustable_quantity: null,
      amount_discount: 0,
      amount_subtotal: unitAmount * quantity,
      amount_tax: 0,
      amount_total: unitAmount * quantity,
      currency,
      description: product.name,
      metadata: {},
      price,
      quantity,
    };
    return item;
  });
  const sessionCurrency = currency!;

  const email = f.string('customer_email', { max: 800 });
  if (email !== undefined && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
    throw invalidRequest(`Invalid email address: ${email}`, 'customer_email', 'email_invalid');
  const successUrl = f.url('success_url');
  const cancelUrl = f.url('cancel_url');
  const expiresAt = f.int('expires_at') ?? now + maxLifetime;
  if (expiresAt < now + minLifetime)
    throw invalidRequest(
      'The `expires_at` timestamp must be at least 30 minutes from Checkout Session creation.',
      'expires_at',
    );
  if (expiresAt > now + maxLifetime)
    throw invalidRequest(
      'The `expires_at` timestamp must be less than 24 hours from Checkout Session creation.',
      'expires_at',
    );

  const sac = f.object('shipping_address_collection');
  sac?.allow(['allowed_countries']);
  const countries = sac ? (sac.strings('allowed_countries') ?? []) : null;
  if (sac && !countries?.length) throw missingParam(sac.name('allowed_countries'));
  countries?.forEach((c, i) => {
    if (!/^[A-Z]{2}$/.test(c))
      throw invalidRequest(
        `Invalid ${sac!.name('allowed_countries')}[${i}]: must be a two-letter country code in capitals`,
        `${sac!.name('allowed_countries')}[${i}]`,
      );
  });

  const options = f.objects('shipping_options') ?? [];
  if (options.length > 5) throw invalidRequest('At most 5 shipping options are allowed.', 'shipping_options');
  const shippingRates = options.map((o) => {
    o.allow(['shipping_rate_data', 'shipping_rate']);
    if (o.has('shipping_rate'))
      throw invalidRequest(
        'The Stripe stand-in has no Shipping Rates API: give shipping_rate_data instead.',
        o.name('shipping_rate'),
      );
    const srd = o.object('shipping_rate_data', { required: true })!;
    srd.allow(
      ['display_name', 'type', 'fixed_amount', 'metadata'],
      ['delivery_estimate', 'tax_behavior', 'tax_code'],
    );
    srd.oneOf('type', ['fixed_amount']);
    const fixed = srd.object('fixed_amount', { required: true })!;
    fixed.allow(['amount', 'currency']);
    const amount = fixed.int('amount', { required: true, min: 0, max: 99_999_999 })!;
    const rateCurrency = fixed.string('currency', { required: true })!.toLowerCase();
    if (rateCurrency !== sessionCurrency)
      throw invalidRequest(
        `The shipping rate's currency (${rateCurrency}) must match the line items' (${sessionCurrency}).`,
        fixed.name('currency'),
      );
    const rate: Stripe.ShippingRate = {
      id: stripeId('shr'),
      object: 'shipping_rate',
      active: true,
      created: now,
      delivery_estimate: null,
      display_name: srd.string('display_name', { required: true, max: 100 })!,
      fixed_amount: { amount, currency: rateCurrency },
      livemode: false,
      metadata: srd.metadata('metadata'),
      tax_behavior: null,
      tax_code: null,
      type: 'fixed_amount',
    };
    ctx.state.shippingRates.set(rate.id, rate);
    return rate;
  });

  const pid = f.object('payment_intent_data');
  pid?.allow(
    [
      'application_fee_amount',
      'transfer_data',
      'metadata',
      'description',
      'on_behalf_of',
      'transfer_group',
      'receipt_email',
    ],
    ['statement_descriptor', 'statement_descriptor_suffix'],
  );
  const transfer = pid?.object('transfer_data');
  transfer?.allow(['destination']);
  const destination = transfer?.string('destination', { required: true }) ?? null;
  if (destination) enabledAccount(ctx, destination, transfer!.name('destination'));
  const onBehalfOf = pid?.string('on_behalf_of') ?? null;
  if (onBehalfOf) enabledAccount(ctx, onBehalfOf, pid!.name('on_behalf_of'));
  const fee = pid?.int('application_fee_amount', { min: 0 }) ?? null;
  if (fee !== null && !destination)
    throw invalidRequest(
      'Can only apply an application_fee_amount when the PaymentIntent is attempting a direct payment (using an OAuth key or Stripe-Account header) or destination payment (using `transfer_data[destination]`).',
      pid!.name('application_fee_amount'),
    );

  const tax = f.object('automatic_tax');
  tax?.allow(['enabled'], ['liability']);
  const taxEnabled = tax?.bool('enabled') ?? false;
  if (tax && !tax.has('enabled')) throw missingParam(tax.name('enabled'));

  const id = stripeId('cs');
  const session: Stripe.Checkout.Session = {
    id,
    object: 'checkout.session',
    adaptive_pricing: null,
    after_expiration: null,
    allow_promotion_codes: null,
    allowed_payment_method_types: null,
    amount_subtotal: 0,
    amount_total: 0,
    automatic_tax: {
      enabled: taxEnabled,
      liability: taxEnabled ? { type: 'self' } : null,
      provider: taxEnabled ? 'stripe' : null,
      status: taxEnabled ? 'complete' : null,
    },
    billing_address_collection: null,
    cancel_url: cancelUrl ?? null,
    client_reference_id: f.string('client_reference_id', { max: 200 }) ?? null,
    client_secret: null,
    collected_information: null,
    consent: null,
    consent_collection: null,
    created: now,
    currency: sessionCurrency,
    currency_conversion: null,
    custom_fields: [],
    custom_text: {
      after_submit: null,
      shipping_address: null,
      submit: null,
      terms_of_service_acceptance: null,
    },
    customer: null,
    customer_account: null,
    customer_creation: 'if_required',
    customer_details: null,
    customer_email: email ?? null,
    discounts: [],
    expires_at: expiresAt,
    integration_identifier: null,
    invoice: null,
    invoice_creation: null,
    livemode: false,
    locale: null,
    managed_payments: null,
    metadata: f.metadata('metadata'),
    mode: 'payment',
    origin_context: null,
    payment_intent: null,
    payment_link: null,
    payment_method_collection: 'if_required',
    payment_method_configuration_details: null,
    payment_method_options: { card: { request_three_d_secure: 'automatic' } },
    payment_method_types: ['card'],
    payment_status: 'unpaid',
    permissions: null,
    recovered_from: null,
    saved_payment_method_options: null,
    setup_intent: null,
    shipping_address_collection: countries
      ? { allowed_countries: countries as Stripe.Checkout.Session.ShippingAddressCollection.AllowedCountry[] }
      : null,
    shipping_cost: null,
    shipping_options: shippingRates.map((r) => ({
      shipping_amount: r.fixed_amount!.amount,
      shipping_rate: r.id,
    })),
    status: 'open',
    submit_type: null,
    subscription: null,
    success_url: successUrl ?? null,
    total_details: { amount_discount: 0, amount_shipping: 0, amount_tax: 0 },
    ui_mode: 'hosted_page',
    url: `${ctx.origin}/c/pay/${id}`,
    wallet_options: null,
  };
  const record: SessionRecord = {
    session,
    lineItems,
    shippingRates,
    paymentIntentData: {
      applicationFeeAmount: fee,
      destination,
      onBehalfOf,
      metadata: pid?.metadata('metadata') ?? {},
      description: pid?.string('description') ?? null,
      transferGroup: pid?.string('transfer_group') ?? null,
      receiptEmail: pid?.string('receipt_email') ?? null,
    },
    pendingAuth: new Map(),
  };
  applyTotals(record, shippingRates[0]?.id);
  if (fee !== null && fee > session.amount_total!)
    throw invalidRequest(
      'The application fee amount cannot be greater than the total amount of the Checkout Session.',
      pid!.name('application_fee_amount'),
    );
  ctx.state.sessions.set(id, record);
  return record;
}

/**
 * The session's amounts for a shipping rate: subtotal of the line items, shipping, and (with
 * automatic tax) the stand-in's 10 % on each line item and on shipping (see `taxOn`).
 */
export function totalsFor(record: SessionRecord, shippingRateId: string | undefined) {
  const taxed = record.session.automatic_tax.enabled;
  const itemTax = record.lineItems.map((item) => (taxed ? taxOn(item.amount_subtotal) : 0));
  const subtotal = record.lineItems.reduce((sum, item) => sum + item.amount_subtotal, 0);
  const rate = record.shippingRates.find((r) => r.id === shippingRateId);
  const shipping = rate?.fixed_amount?.amount ?? 0;
  const shippingTax = rate && taxed ? taxOn(shipping) : 0;
  const tax = itemTax.reduce((a, b) => a + b, 0) + shippingTax;
  return { rate, itemTax, subtotal, shipping, shippingTax, tax, total: subtotal + shipping + tax };
}

/** Store the amounts for the chosen shipping rate on the session and its line items. */
export function applyTotals(record: SessionRecord, shippingRateId: string | undefined) {
  const { session, lineItems } = record;
  const t = totalsFor(record, shippingRateId);
  lineItems.forEach((item, i) => {
    item.amount_tax = t.itemTax[i]!;
    item.amount_total = item.amount_subtotal + item.amount_tax;
  });
  session.shipping_cost = t.rate
    ? {
        amount_subtotal: t.shipping,
        amount_tax: t.shippingTax,
        amount_total: t.shipping + t.shippingTax,
        shipping_rate: t.rate.id,
      }
    : null;
  session.amount_subtotal = t.subtotal;
  session.amount_total = t.total;
  session.total_details = { amount_discount: 0, amount_shipping: t.shipping, amount_tax: t.tax };
}

/** The session by id, first closing it if its `expires_at` has passed. */
export function findSession(ctx: StandinContext, id: string): SessionRecord | undefined {
  const record = ctx.state.sessions.get(id);
  if (record?.session.status === 'open' && record.session.expires_at <= unixNow()) expireSession(ctx, record);
  return record;
}

/** The session by id (expired first if its time is up), or Stripe's 404. */
export function sessionById(ctx: StandinContext, id: string): SessionRecord {
  const record = findSession(ctx, id);
  if (!record) throw noSuch('checkout.session', id);
  return record;
}

/** Close an open session: `status: 'expired'`, no more payment, `checkout.session.expired` sent. */
export function expireSession(ctx: StandinContext, record: SessionRecord) {
  const { session } = record;
  if (session.status !== 'open')
    throw invalidRequest(
      `Only Checkout Sessions with a status in ["open"] can be expired. This Checkout Session has a status of "${session.status}".`,
    );
  session.status = 'expired';
  session.url = null;
  record.pendingAuth.clear();
  ctx.events.emit('checkout.session.expired', session, { request: ctx.request });
}

/** The session's line items as Stripe lists them. */
export function lineItemList(record: SessionRecord): Stripe.ApiList<Stripe.LineItem> {
  return {
    object: 'list',
    data: record.lineItems,
    has_more: false,
    url: `/v1/checkout/sessions/${record.session.id}/line_items`,
  };
}

/** A destination (or on-behalf-of) account must exist here and have finished onboarding. */
function enabledAccount(ctx: StandinContext, id: string, param: string) {
  const account = ctx.state.accounts.get(id);
  if (!account) throw invalidRequest(`No such destination: '${id}'`, param, 'resource_missing');
  if (!account.charges_enabled)
    throw new StripeApiError(
      400,
      'Your destination account needs to have at least one of the following capabilities enabled: transfers, crypto_transfers, legacy_payments',
      { param, code: 'insufficient_capabilities_for_transfer' },
    );
}
