import { createRoute } from '@hono/zod-openapi';
import { envelopeOf } from '@mewayz/contracts';
import { webhooksService } from '@mewayz/core';
import {
  bearerSecurity,
  defineRoute,
  errorResponses,
  idParam,
  jsonContent,
  nullData,
} from '../define-route.ts';
import { ok } from '../envelope.ts';

export const webhooksDelete = defineRoute({
  name: 'webhooks.delete',
  access: { scope: 'webhooks:write', permission: 'webhooks.manage' },
  route: createRoute({
    method: 'delete',
    path: '/webhooks/{id}',
    tags: ['Webhooks'],
    summary: 'Remove a webhook endpoint',
    description: 'Nothing more is sent to it; deliveries still waiting are cancelled.',
    security: bearerSecurity,
    request: { params: idParam('id', 'webhookEndpoint') },
    responses: { 200: jsonContent(envelopeOf(nullData), 'Removed'), ...errorResponses },
  }),
  handler: async (c) => {
    const { scope, actor } = c.get('auth');
    await webhooksService.deleteWebhookEndpoint(c.get('api'), scope, actor, c.req.valid('param').id);
    return c.json(ok(c, null, 'Webhook endpoint removed.'), 200);
  },
});
