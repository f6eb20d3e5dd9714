import { createRoute } from '@hono/zod-openapi';
import { envelopeOf, orderDetailSchema } from '@mewayz/contracts';
import { commerceService } from '@mewayz/core';
import { bearerSecurity, defineRoute, errorResponses, idParam, jsonContent } from '../define-route.ts';
import { ok } from '../envelope.ts';

export const ordersGet = defineRoute({
  name: 'orders.get',
  access: { scope: 'commerce:read', permission: 'commerce.view' },
  route: createRoute({
    method: 'get',
    path: '/orders/{id}',
    tags: ['Commerce'],
    summary: 'Get an order',
    description: 'An order with its items and its timeline: every Stripe event and action that touched it.',
    security: bearerSecurity,
    request: { params: idParam('id', 'order') },
    responses: { 200: jsonContent(envelopeOf(orderDetailSchema), 'The order'), ...errorResponses },
  }),
  handler: async (c) =>
    c.json(
      ok(c, await commerceService.getOrder(c.get('api'), c.get('auth').scope, c.req.valid('param').id)),
      200,
    ),
});
