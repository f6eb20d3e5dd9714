import { createRoute } from '@hono/zod-openapi';
import { createdWebhookEndpointSchema, createWebhookEndpointInput, envelopeOf } from '@mewayz/contracts';
import { webhooksService } from '@mewayz/core';
import { bearerSecurity, defineRoute, errorResponses, jsonBody, jsonContent } from '../define-route.ts';
import { ok } from '../envelope.ts';

export const webhooksCreate = defineRoute({
  name: 'webhooks.create',
  access: { scope: 'webhooks:write', permission: 'webhooks.manage' },
  route: createRoute({
    method: 'post',
    path: '/webhooks',
    tags: ['Webhooks'],
    summary: 'Add a webhook endpoint',
    description:
      'The answer carries the signing secret (`whsec_…`), shown only now. Messages are signed the Standard Webhooks way: `webhook-id`, `webhook-timestamp`, `webhook-signature: v1,<base64 HMAC-SHA256 of "id.timestamp.body">`. The URL must be a public https address.',
    security: bearerSecurity,
    request: jsonBody(createWebhookEndpointInput),
    responses: {
      201: jsonContent(envelopeOf(createdWebhookEndpointSchema), 'The endpoint, with its secret'),
      ...errorResponses,
    },
  }),
  handler: async (c) => {
    const { scope, actor } = c.get('auth');
    const created = await webhooksService.createWebhookEndpoint(
      c.get('api'),
      scope,
      actor,
      c.req.valid('json'),
    );
    return c.json(
      ok(c, created, 'Webhook endpoint added. Store its secret now: it is not shown again.'),
      201,
    );
  },
});
