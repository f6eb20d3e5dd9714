import { createRoute } from '@hono/zod-openapi';
import { envelopeOf, updateWebhookEndpointInput, webhookEndpointSchema } from '@mewayz/contracts';
import { webhooksService } from '@mewayz/core';
import {
  bearerSecurity,
  defineRoute,
  errorResponses,
  idParam,
  jsonBody,
  jsonContent,
} from '../define-route.ts';
import { ok } from '../envelope.ts';

export const webhooksUpdate = defineRoute({
  name: 'webhooks.update',
  access: { scope: 'webhooks:write', permission: 'webhooks.manage' },
  route: createRoute({
    method: 'patch',
    path: '/webhooks/{id}',
    tags: ['Webhooks'],
    summary: 'Change a webhook endpoint (URL, events, enabled)',
    description:
      'Changes only the fields sent (at least one). Enabling an endpoint clears its failure streak.',
    security: bearerSecurity,
    request: { params: idParam('id', 'webhookEndpoint'), ...jsonBody(updateWebhookEndpointInput) },
    responses: { 200: jsonContent(envelopeOf(webhookEndpointSchema), 'The endpoint'), ...errorResponses },
  }),
  handler: async (c) => {
    const { scope, actor } = c.get('auth');
    const endpoint = await webhooksService.updateWebhookEndpoint(
      c.get('api'),
      scope,
      actor,
      c.req.valid('param').id,
      c.req.valid('json'),
    );
    return c.json(ok(c, endpoint, 'Webhook endpoint updated.'), 200);
  },
});
