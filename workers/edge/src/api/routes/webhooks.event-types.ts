import { createRoute } from '@hono/zod-openapi';
import { envelopeOf, listOut, webhookEventTypeInfoSchema, webhookEventTypes } from '@mewayz/contracts';
import { webhooksService } from '@mewayz/core';
import { bearerSecurity, defineRoute, errorResponses, jsonContent } from '../define-route.ts';
import { ok } from '../envelope.ts';

export const webhooksEventTypes = defineRoute({
  name: 'webhooks.event-types',
  access: { scope: 'webhooks:read', permission: 'webhooks.view' },
  route: createRoute({
    method: 'get',
    path: '/webhooks/event-types',
    tags: ['Webhooks'],
    summary: 'The event types an endpoint can subscribe to',
    description: 'Each type with what it means and what its `data` carries.',
    security: bearerSecurity,
    responses: {
      200: jsonContent(
        envelopeOf(listOut(webhookEventTypeInfoSchema, webhookEventTypes.length)),
        'The event types',
      ),
      ...errorResponses,
    },
  }),
  handler: async (c) => c.json(ok(c, webhooksService.listWebhookEventTypes()), 200),
});
