import { z } from '@hono/zod-openapi';
import { analyticsDay } from './analytics.ts';
import { paginationQuery } from './api.ts';
import { amountOut, currencyOut, moneyMessages, productKinds, skuOut } from './commerce.ts';
import { MAX_MINOR_AMOUNT } from './currencies.ts';
import { countOut, emailOut, instantOut, listOut, textOut, urlOut } from './fields.ts';
import { idSchema } from './ids.ts';
import { webUrl } from './safe-url.ts';
import { singleLine } from './text.ts';

/**
 * Orders: what a buyer paid for, moved through its states by Stripe's webhooks (pending → paid →
 * fulfilled; refunded, partially refunded, disputed, cancelled). Amounts are minor units.
 */
export const orderStatuses = [
  'pending',
  'paid',
  'fulfilled',
  'partially_refunded',
  'refunded',
  'disputed',
  'cancelled',
] as const;
export type OrderStatusName = (typeof orderStatuses)[number];
export const orderStatusSchema = z.enum(orderStatuses).openapi('OrderStatus');

export const orderListQuery = paginationQuery.extend({
  status: orderStatusSchema.optional(),
  from: analyticsDay.optional().openapi({ description: 'Orders created on or after this day (UTC).' }),
  to: analyticsDay.optional().openapi({ description: 'Orders created on or before this day (UTC).' }),
});
export type OrderListQuery = z.infer<typeof orderListQuery>;

/** A refund of part (`amount`) or all (no amount) of what is left to refund. */
export const refundOrderInput = z
  .object({
    amount: z
      .number({ error: moneyMessages.amount })
      .int({ error: moneyMessages.amount })
      .min(1, { error: 'Refund at least 1 of the smallest unit' })
      .max(MAX_MINOR_AMOUNT, { error: moneyMessages.amount })
      .optional()
      .openapi({
        type: 'integer',
        format: 'int64',
        minimum: 1,
        maximum: MAX_MINOR_AMOUNT,
        description: 'Minor units; omit to refund everything not yet refunded.',
      }),
    reason: singleLine(0, 200).optional(),
  })
  .strict()
  .openapi('RefundOrder');
export type RefundOrderInput = z.input<typeof refundOrderInput>;

export const fulfilOrderInput = z
  .object({
    trackingNumber: singleLine(1, 120).optional(),
    trackingUrl: webUrl.optional(),
  })
  .strict()
  .openapi('FulfilOrder');
export type FulfilOrderInput = z.input<typeof fulfilOrderInput>;

const addressOut = z
  .object({
    name: textOut(200).nullable(),
    line1: textOut(200).nullable(),
    line2: textOut(200).nullable(),
    city: textOut(200).nullable(),
    state: textOut(200).nullable(),
    postalCode: textOut(40).nullable(),
    country: z.string().openapi({ pattern: '^[A-Z]{2}$', maxLength: 2 }).nullable(),
  })
  .openapi('PostalAddress');

/** What an order item is: a product of one of its kinds, or a course. */
export const orderItemKinds = [...productKinds, 'course', 'booking'] as const;
export type OrderItemKind = (typeof orderItemKinds)[number];

export const orderItemSchema = z
  .object({
    id: idSchema('orderItem'),
    productId: idSchema('product', 'course', 'bookingService').openapi({
      description:
        'The product; the course of a `course` item; the booking service of a `booking` (a paid call).',
    }),
    variantId: idSchema('productVariant').nullable(),
    kind: z.enum(orderItemKinds),
    name: textOut(200),
    variantName: textOut(120).nullable(),
    sku: skuOut,
    unitPrice: amountOut,
    quantity: countOut,
    total: amountOut,
  })
  .openapi('OrderItem');

export const orderEventSchema = z
  .object({
    id: idSchema('orderEvent'),
    type: textOut(64),
    status: orderStatusSchema,
    amount: amountOut.nullable(),
    message: textOut(500).nullable(),
    stripeEventId: textOut(255).nullable(),
    createdAt: instantOut,
  })
  .openapi('OrderEvent');

export const orderSchema = z
  .object({
    id: idSchema('order'),
    siteId: idSchema('site'),
    status: orderStatusSchema,
    currency: currencyOut,
    subtotal: amountOut,
    shippingTotal: amountOut,
    taxTotal: amountOut,
    total: amountOut,
    refundedTotal: amountOut,
    platformFee: amountOut,
    buyerEmail: emailOut.nullable(),
    buyerName: textOut(200).nullable(),
    shippingAddress: addressOut.nullable(),
    trackingNumber: textOut(120).nullable(),
    trackingUrl: urlOut.nullable(),
    items: listOut(orderItemSchema, 50),
    paidAt: instantOut.nullable(),
    fulfilledAt: instantOut.nullable(),
    cancelledAt: instantOut.nullable(),
    createdAt: instantOut,
    updatedAt: instantOut,
  })
  .openapi('Order');

export const orderDetailSchema = orderSchema
  .extend({ events: listOut(orderEventSchema, 500) })
  .openapi('OrderDetail');
