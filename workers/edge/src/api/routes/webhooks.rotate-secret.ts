import { createRoute } from '@hono/zod-openapi';
import { createdWebhookEndpointSchema, envelopeOf } from '@mewayz/contracts';
import { webhooksService } from '@mewayz/core';
import { bearerSecurity, defineRoute, errorResponses, idParam, jsonContent } from '../define-route.ts';
import { ok } from '../envelope.ts';

export const webhooksRotateSecret = defineRoute({
  name: 'webhooks.rotate-secret',
  access: { scope: 'webhooks:write', permission: 'webhooks.manage' },
  route: createRoute({
    method: 'post',
    path: '/webhooks/{id}/rotate-secret',
    tags: ['Webhooks'],
    summary: 'Rotate an endpoint’s signing secret',
    description:
      'A new secret, shown only now. For 24 hours messages carry a signature with the old secret as well (two `v1,` entries in `webhook-signature`), so a receiver can switch without missing one.',
    security: bearerSecurity,
    request: { params: idParam('id', 'webhookEndpoint') },
    responses: {
      200: jsonContent(envelopeOf(createdWebhookEndpointSchema), 'The endpoint, with its new secret'),
      ...errorResponses,
    },
  }),
  handler: async (c) => {
    const { scope, actor } = c.get('auth');
    const rotated = await webhooksService.rotateWebhookSecret(
      c.get('api'),
      scope,
      actor,
      c.req.valid('param').id,
    );
    return c.json(ok(c, rotated, 'Secret rotated. Store the new one now: it is not shown again.'), 200);
  },
});
