import { createRoute } from '@hono/zod-openapi';
import { envelopeOf, webhookEndpointSchema } from '@mewayz/contracts';
import { webhooksService } from '@mewayz/core';
import { bearerSecurity, defineRoute, errorResponses, idParam, jsonContent } from '../define-route.ts';
import { ok } from '../envelope.ts';

export const webhooksGet = defineRoute({
  name: 'webhooks.get',
  access: { scope: 'webhooks:read', permission: 'webhooks.view' },
  route: createRoute({
    method: 'get',
    path: '/webhooks/{id}',
    tags: ['Webhooks'],
    summary: 'One webhook endpoint',
    description: 'The endpoint’s settings and state (never its secret).',
    security: bearerSecurity,
    request: { params: idParam('id', 'webhookEndpoint') },
    responses: { 200: jsonContent(envelopeOf(webhookEndpointSchema), 'The endpoint'), ...errorResponses },
  }),
  handler: async (c) => {
    const endpoint = await webhooksService.getWebhookEndpoint(
      c.get('api'),
      c.get('auth').scope,
      c.req.valid('param').id,
    );
    return c.json(ok(c, endpoint), 200);
  },
});
