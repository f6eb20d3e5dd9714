import { createRoute } from '@hono/zod-openapi';
import { contactSchema, envelopeOf } from '@mewayz/contracts';
import { crmService } from '@mewayz/core';
import { bearerSecurity, defineRoute, errorResponses, idParam, jsonContent } from '../define-route.ts';
import { ok } from '../envelope.ts';

export const contactsGet = defineRoute({
  name: 'contacts.get',
  access: { scope: 'crm:read', permission: 'crm.view' },
  route: createRoute({
    method: 'get',
    path: '/contacts/{id}',
    tags: ['CRM'],
    summary: 'A contact with its tags and custom fields',
    description: 'Its details, consent state (with when and how it was set), tags and custom field values.',
    security: bearerSecurity,
    request: { params: idParam('id', 'contact') },
    responses: { 200: jsonContent(envelopeOf(contactSchema), 'The contact'), ...errorResponses },
  }),
  handler: async (c) => {
    const contact = await crmService.getContact(c.get('api'), c.get('auth').scope, c.req.valid('param').id);
    return c.json(ok(c, contact), 200);
  },
});
