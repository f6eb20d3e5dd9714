import { createRoute } from '@hono/zod-openapi';
import { contactSchema, envelopeOf, updateContactInput } from '@mewayz/contracts';
import { crmService } from '@mewayz/core';
import {
  bearerSecurity,
  defineRoute,
  errorResponses,
  idParam,
  jsonBody,
  jsonContent,
} from '../define-route.ts';
import { ok } from '../envelope.ts';

export const contactsUpdate = defineRoute({
  name: 'contacts.update',
  access: { scope: 'crm:write', permission: 'crm.manage' },
  route: createRoute({
    method: 'patch',
    path: '/contacts/{id}',
    tags: ['CRM'],
    summary: 'Change a contact',
    description:
      'Changes only the fields sent (at least one). `tags` replaces the contact’s tags; a field value of null clears it. Changing `consentStatus` records when and that it came through the API.',
    security: bearerSecurity,
    request: { params: idParam('id', 'contact'), ...jsonBody(updateContactInput) },
    responses: { 200: jsonContent(envelopeOf(contactSchema), 'The contact'), ...errorResponses },
  }),
  handler: async (c) => {
    const { scope, actor } = c.get('auth');
    const contact = await crmService.updateContact(
      c.get('api'),
      scope,
      actor,
      c.req.valid('param').id,
      c.req.valid('json'),
    );
    return c.json(ok(c, contact, 'Contact updated.'), 200);
  },
});
