import { createRoute } from '@hono/zod-openapi';
import { envelopeOf, listOut, MAX_PER_PAGE, orderListQuery, orderSchema } from '@mewayz/contracts';
import { commerceService } from '@mewayz/core';
import { bearerSecurity, defineRoute, errorResponses, jsonContent } from '../define-route.ts';
import { okPage, pageOf } from '../envelope.ts';

export const ordersList = defineRoute({
  name: 'orders.list',
  access: { scope: 'commerce:read', permission: 'commerce.view' },
  route: createRoute({
    method: 'get',
    path: '/orders',
    tags: ['Commerce'],
    summary: 'Orders, newest first',
    description:
      'Orders with their items; filter by `status` and by the UTC days they were created (`from`, `to`, inclusive). A checkout that was never paid is a `cancelled` order.',
    security: bearerSecurity,
    request: { query: orderListQuery },
    responses: {
      200: jsonContent(envelopeOf(listOut(orderSchema, MAX_PER_PAGE)), 'A page of orders'),
      ...errorResponses,
    },
  }),
  handler: async (c) => {
    const q = c.req.valid('query');
    const page = await commerceService.listOrders(c.get('api'), c.get('auth').scope, q, pageOf(q));
    return c.json(okPage(c, page, q), 200);
  },
});
