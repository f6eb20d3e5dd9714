import { createRoute } from '@hono/zod-openapi';
import { envelopeOf, listOut, MAX_PER_PAGE, paginationQuery, webhookEndpointSchema } from '@mewayz/contracts';
import { webhooksService } from '@mewayz/core';
import { bearerSecurity, defineRoute, errorResponses, jsonContent } from '../define-route.ts';
import { okPage, pageOf } from '../envelope.ts';

export const webhooksList = defineRoute({
  name: 'webhooks.list',
  access: { scope: 'webhooks:read', permission: 'webhooks.view' },
  route: createRoute({
    method: 'get',
    path: '/webhooks',
    tags: ['Webhooks'],
    summary: 'Webhook endpoints, newest first',
    description: 'The organization’s webhook endpoints (never their secrets).',
    security: bearerSecurity,
    request: { query: paginationQuery },
    responses: {
      200: jsonContent(envelopeOf(listOut(webhookEndpointSchema, MAX_PER_PAGE)), 'A page of endpoints'),
      ...errorResponses,
    },
  }),
  handler: async (c) => {
    const q = c.req.valid('query');
    const page = await webhooksService.listWebhookEndpoints(c.get('api'), c.get('auth').scope, pageOf(q));
    return c.json(okPage(c, page, q), 200);
  },
});
