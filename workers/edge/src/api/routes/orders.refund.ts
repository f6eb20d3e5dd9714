import { createRoute } from '@hono/zod-openapi';
import { envelopeOf, orderDetailSchema, refundOrderInput } from '@mewayz/contracts';
import { commerceService } from '@mewayz/core';
import {
  bearerSecurity,
  defineRoute,
  errorResponses,
  idParam,
  jsonBody,
  jsonContent,
} from '../define-route.ts';
import { ok } from '../envelope.ts';

export const ordersRefund = defineRoute({
  name: 'orders.refund',
  access: { scope: 'commerce:write', permission: 'commerce.manage' },
  route: createRoute({
    method: 'post',
    path: '/orders/{id}/refunds',
    tags: ['Commerce'],
    summary: 'Refund an order, in full or in part',
    description:
      'Asks Stripe to refund `amount` (minor units; omit it to refund everything not refunded yet). The order’s status and `refundedTotal` change when Stripe confirms with its webhook; until then the timeline shows `refund.requested`. Sending the same request twice refunds once. 409 `not_refundable` for an order that is not paid; 422 for more than is left.',
    security: bearerSecurity,
    request: { params: idParam('id', 'order'), ...jsonBody(refundOrderInput) },
    responses: {
      202: jsonContent(envelopeOf(orderDetailSchema), 'The order, with the refund requested'),
      ...errorResponses,
    },
  }),
  handler: async (c) => {
    const { scope, actor } = c.get('auth');
    const order = await commerceService.refundOrder(
      c.get('api'),
      scope,
      actor,
      c.req.valid('param').id,
      c.req.valid('json'),
    );
    return c.json(ok(c, order, 'Refund requested; the order changes when Stripe confirms it.'), 202);
  },
});
