import { createRoute } from '@hono/zod-openapi';
import { envelopeOf, interactionSchema, listOut } from '@mewayz/contracts';
import { crmService } from '@mewayz/core';
import { bearerSecurity, defineRoute, errorResponses, idParam, jsonContent } from '../define-route.ts';
import { ok } from '../envelope.ts';

export const contactsTimeline = defineRoute({
  name: 'contacts.timeline',
  access: { scope: 'crm:read', permission: 'crm.view' },
  route: createRoute({
    method: 'get',
    path: '/contacts/{id}/timeline',
    tags: ['CRM'],
    summary: 'A contact’s timeline, newest first',
    description: 'Signups, paid orders, notes and how the contact was added: the newest 200 entries.',
    security: bearerSecurity,
    request: { params: idParam('id', 'contact') },
    responses: {
      200: jsonContent(envelopeOf(listOut(interactionSchema, 200)), 'The timeline'),
      ...errorResponses,
    },
  }),
  handler: async (c) => {
    const timeline = await crmService.listContactTimeline(
      c.get('api'),
      c.get('auth').scope,
      c.req.valid('param').id,
    );
    return c.json(ok(c, timeline), 200);
  },
});
