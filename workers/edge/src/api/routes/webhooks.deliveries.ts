import { createRoute } from '@hono/zod-openapi';
import { envelopeOf, listOut, MAX_PER_PAGE, paginationQuery, webhookDeliverySchema } from '@mewayz/contracts';
import { webhooksService } from '@mewayz/core';
import { bearerSecurity, defineRoute, errorResponses, idParam, jsonContent } from '../define-route.ts';
import { okPage, pageOf } from '../envelope.ts';

export const webhooksDeliveries = defineRoute({
  name: 'webhooks.deliveries',
  access: { scope: 'webhooks:read', permission: 'webhooks.view' },
  route: createRoute({
    method: 'get',
    path: '/webhooks/{id}/deliveries',
    tags: ['Webhooks'],
    summary: 'An endpoint’s delivery log, newest first',
    description:
      'Each delivery with its attempts, the last response status, a short excerpt of the answer and its duration.',
    security: bearerSecurity,
    request: { params: idParam('id', 'webhookEndpoint'), query: paginationQuery },
    responses: {
      200: jsonContent(envelopeOf(listOut(webhookDeliverySchema, MAX_PER_PAGE)), 'A page of deliveries'),
      ...errorResponses,
    },
  }),
  handler: async (c) => {
    const q = c.req.valid('query');
    const page = await webhooksService.listWebhookDeliveries(
      c.get('api'),
      c.get('auth').scope,
      c.req.valid('param').id,
      pageOf(q),
    );
    return c.json(okPage(c, page, q), 200);
  },
});
