import { createRoute, z } from '@hono/zod-openapi';
import { envelopeOf, idSchema, webhookDeliverySchema } from '@mewayz/contracts';
import { webhooksService } from '@mewayz/core';
import { bearerSecurity, defineRoute, errorResponses, jsonContent } from '../define-route.ts';
import { ok } from '../envelope.ts';

export const webhooksRedeliver = defineRoute({
  name: 'webhooks.redeliver',
  access: { scope: 'webhooks:write', permission: 'webhooks.manage' },
  route: createRoute({
    method: 'post',
    path: '/webhooks/{id}/deliveries/{deliveryId}/redeliver',
    tags: ['Webhooks'],
    summary: 'Send one delivery’s message again',
    description:
      'A new delivery of the same message (same `webhook-id`), attempted at once. A disabled endpoint answers 409: enable it first.',
    security: bearerSecurity,
    request: {
      params: z.object({
        id: idSchema('webhookEndpoint').openapi({ param: { name: 'id', in: 'path' } }),
        deliveryId: idSchema('webhookDelivery').openapi({ param: { name: 'deliveryId', in: 'path' } }),
      }),
    },
    responses: {
      202: jsonContent(envelopeOf(webhookDeliverySchema), 'The new delivery, queued'),
      ...errorResponses,
    },
  }),
  handler: async (c) => {
    const { scope, actor } = c.get('auth');
    const { id, deliveryId } = c.req.valid('param');
    const delivery = await webhooksService.redeliverWebhook(c.get('api'), scope, actor, id, deliveryId);
    return c.json(ok(c, delivery, 'Redelivery queued.'), 202);
  },
});
