import {
  boolean,
  char,
  index,
  int,
  json,
  mysqlEnum,
  mysqlTable,
  smallint,
  text,
  uniqueIndex,
  varchar,
} from 'drizzle-orm/mysql-core';
import { createdAt, idColumn, instant, orgColumn, updatedAt } from './columns.ts';

/**
 * Orders and what moves them: an order is created `pending` with its stock held when the buyer starts a
 * checkout, and changes only through the state machine in core (`commerce/order-state.ts`), driven by
 * Stripe's webhooks. The product spec's `checkout_sessions` are folded into `orders` (one Stripe
 * Checkout Session per order) and its `payment_transactions` are the order's timeline, `order_events`.
 */
export const orderStatusValues = [
  'pending',
  'paid',
  'fulfilled',
  'partially_refunded',
  'refunded',
  'disputed',
  'cancelled',
] as const;

/** Where the stock an order took is: held for an open checkout, sold once paid, released when it ends unpaid. */
export const stockStateValues = ['held', 'sold', 'released'] as const;

export interface PostalAddress {
  name?: string | null;
  line1?: string | null;
  line2?: string | null;
  city?: string | null;
  state?: string | null;
  postalCode?: string | null;
  country?: string | null;
}

export const orders = mysqlTable(
  'orders',
  {
    id: idColumn().primaryKey(),
    organizationId: orgColumn(),
    /** The site the checkout started on: its host is where the buyer returns and downloads. */
    siteId: varchar('site_id', { length: 40 }).notNull(),
    /** That site's public origin when the checkout started (receipts and download links use it). */
    siteOrigin: varchar('site_origin', { length: 300 }).notNull(),
    status: mysqlEnum('status', orderStatusValues).notNull(),
    stockState: mysqlEnum('stock_state', stockStateValues).notNull(),
    currency: char('currency', { length: 3 }).notNull(),
    /** Minor units: the items, then what Stripe added (shipping, tax) once paid. */
    subtotal: int('subtotal').notNull(),
    shippingTotal: int('shipping_total').notNull().default(0),
    taxTotal: int('tax_total').notNull().default(0),
    total: int('total').notNull(),
    /** What Stripe has refunded so far (cumulative, as its charge says). */
    refundedTotal: int('refunded_total').notNull().default(0),
    platformFee: int('platform_fee').notNull().default(0),
    buyerEmail: varchar('buyer_email', { length: 254 }),
    buyerName: varchar('buyer_name', { length: 200 }),
    shippingAddress: json('shipping_address').$type<PostalAddress>(),
    stripeSessionId: varchar('stripe_session_id', { length: 255 }),
    stripePaymentIntentId: varchar('stripe_payment_intent_id', { length: 255 }),
    /** The connected account paid out (destination charge), null when the platform collected. */
    stripeAccountId: varchar('stripe_account_id', { length: 255 }),
    checkoutExpiresAt: instant('checkout_expires_at').notNull(),
    trackingNumber: varchar('tracking_number', { length: 120 }),
    trackingUrl: varchar('tracking_url', { length: 2048 }),
    paidAt: instant('paid_at'),
    fulfilledAt: instant('fulfilled_at'),
    cancelledAt: instant('cancelled_at'),
    /** Set when the buyer's receipt / the creator's notification went out: each is sent once. */
    receiptSentAt: instant('receipt_sent_at'),
    creatorNotifiedAt: instant('creator_notified_at'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('orders_stripe_session_uq').on(t.stripeSessionId),
    index('orders_org_created_idx').on(t.organizationId, t.createdAt),
    index('orders_org_status_idx').on(t.organizationId, t.status, t.createdAt),
    // Refund and dispute events name the payment, not the order.
    uniqueIndex('orders_payment_intent_uq').on(t.stripePaymentIntentId),
    // The expiry sweep: checkouts still holding stock past their end, across organizations.
    index('orders_held_expiry_idx').on(t.stockState, t.checkoutExpiresAt),
  ],
);

/** What was bought, as it was when bought: name and price are copied, the ids point at the (soft-deleted) catalog. */
export const orderItems = mysqlTable(
  'order_items',
  {
    id: idColumn().primaryKey(),
    organizationId: orgColumn(),
    orderId: idColumn('order_id').notNull(),
    productId: idColumn('product_id').notNull(),
    variantId: idColumn('variant_id'),
    kind: varchar('kind', { length: 32 }).notNull(),
    name: varchar('name', { length: 200 }).notNull(),
    variantName: varchar('variant_name', { length: 120 }),
    sku: varchar('sku', { length: 64 }),
    unitPrice: int('unit_price').notNull(),
    quantity: int('quantity').notNull(),
    total: int('total').notNull(),
    position: smallint('position').notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [
    index('order_items_order_idx').on(t.organizationId, t.orderId, t.position),
    index('order_items_product_idx').on(t.organizationId, t.productId),
  ],
);

/** An order's timeline: every webhook and every action that touched it. */
export const orderEvents = mysqlTable(
  'order_events',
  {
    id: idColumn().primaryKey(),
    organizationId: orgColumn(),
    orderId: idColumn('order_id').notNull(),
    type: varchar('type', { length: 64 }).notNull(),
    /** The status after this event (unchanged for events that do not move the order). */
    status: mysqlEnum('status', orderStatusValues).notNull(),
    amount: int('amount'),
    stripeEventId: varchar('stripe_event_id', { length: 255 }),
    stripeObjectId: varchar('stripe_object_id', { length: 255 }),
    message: varchar('message', { length: 500 }),
    actorUserId: varchar('actor_user_id', { length: 40 }),
    createdAt: createdAt(),
  },
  (t) => [
    index('order_events_order_idx').on(t.organizationId, t.orderId, t.createdAt),
    // A Stripe event changes an order once: applying it again fails on this key and rolls back.
    uniqueIndex('order_events_stripe_event_uq').on(t.organizationId, t.stripeEventId),
  ],
);

/** A buyer's right to download a digital product: an expiring link with a download limit. */
export const downloadGrants = mysqlTable(
  'download_grants',
  {
    id: idColumn().primaryKey(),
    organizationId: orgColumn(),
    orderId: idColumn('order_id').notNull(),
    orderItemId: idColumn('order_item_id').notNull(),
    productId: idColumn('product_id').notNull(),
    /** SHA-256 of the token in the link: a leaked database does not leak working links. */
    tokenHash: char('token_hash', { length: 64 }).notNull(),
    /** The token itself, sealed with the platform's key ring, so a receipt sent again carries the same link. */
    tokenBox: varchar('token_box', { length: 255 }).notNull(),
    fileKey: varchar('file_key', { length: 512 }).notNull(),
    fileName: varchar('file_name', { length: 200 }).notNull(),
    downloadLimit: smallint('download_limit').notNull(),
    downloads: smallint('downloads').notNull().default(0),
    expiresAt: instant('expires_at').notNull(),
    revokedAt: instant('revoked_at'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('download_grants_token_uq').on(t.tokenHash),
    index('download_grants_order_idx').on(t.organizationId, t.orderId),
  ],
);

/** An organization's Stripe Connect (Express) account, mirrored from `account.updated`. */
export const paymentAccounts = mysqlTable(
  'payment_accounts',
  {
    organizationId: orgColumn().primaryKey(),
    stripeAccountId: varchar('stripe_account_id', { length: 255 }).notNull(),
    chargesEnabled: boolean('charges_enabled').notNull().default(false),
    payoutsEnabled: boolean('payouts_enabled').notNull().default(false),
    detailsSubmitted: boolean('details_submitted').notNull().default(false),
    requirementsDue: json('requirements_due').$type<string[]>().notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('payment_accounts_stripe_uq').on(t.stripeAccountId)],
);

/**
 * Stripe events received, by Stripe's id: the edge stores each verified event once and queues it; the
 * jobs consumer claims it (`processed_at`), so an event Stripe sends twice changes things once. Not
 * owned by an organization when it arrives (the consumer finds the order or account it is about).
 */
export const stripeEvents = mysqlTable(
  'stripe_events',
  {
    id: varchar('id', { length: 255 }).primaryKey(),
    type: varchar('type', { length: 100 }).notNull(),
    payload: text('payload').notNull(),
    /** When Stripe created it (ordering within one object is by this, not arrival). */
    stripeCreatedAt: instant('stripe_created_at').notNull(),
    receivedAt: createdAt(),
    processedAt: instant('processed_at'),
    /** What processing concluded, for operators: `applied`, `ignored: …`. */
    outcome: varchar('outcome', { length: 200 }),
    attempts: int('attempts').notNull().default(0),
  },
  (t) => [index('stripe_events_pending_idx').on(t.processedAt, t.receivedAt)],
);
