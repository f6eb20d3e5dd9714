import { createRoute } from '@hono/zod-openapi';
import { envelopeOf, fulfilOrderInput, orderDetailSchema } from '@mewayz/contracts';
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

export const ordersFulfil = defineRoute({
  name: 'orders.fulfil',
  access: { scope: 'commerce:write', permission: 'commerce.manage' },
  route: createRoute({
    method: 'post',
    path: '/orders/{id}/fulfilment',
    tags: ['Commerce'],
    summary: 'Mark an order fulfilled',
    description:
      'A paid order was shipped or delivered: optionally with a tracking number and link. 409 `illegal_transition` for an order that is not paid (pending, cancelled, refunded, or already fulfilled).',
    security: bearerSecurity,
    request: { params: idParam('id', 'order'), ...jsonBody(fulfilOrderInput) },
    responses: { 200: jsonContent(envelopeOf(orderDetailSchema), 'The order, fulfilled'), ...errorResponses },
  }),
  handler: async (c) => {
    const { scope, actor } = c.get('auth');
    const order = await commerceService.fulfilOrder(
      c.get('api'),
      scope,
      actor,
      c.req.valid('param').id,
      c.req.valid('json'),
    );
    return c.json(ok(c, order, 'Order fulfilled.'), 200);
  },
});
