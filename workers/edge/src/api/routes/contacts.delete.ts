import { createRoute } from '@hono/zod-openapi';
import { envelopeOf } from '@mewayz/contracts';
import { crmService } from '@mewayz/core';
import {
  bearerSecurity,
  defineRoute,
  errorResponses,
  idParam,
  jsonContent,
  nullData,
} from '../define-route.ts';
import { ok } from '../envelope.ts';

export const contactsDelete = defineRoute({
  name: 'contacts.delete',
  access: { scope: 'crm:write', permission: 'crm.manage' },
  route: createRoute({
    method: 'delete',
    path: '/contacts/{id}',
    tags: ['CRM'],
    summary: 'Erase a contact',
    description:
      'Deletes the contact for good with its tags, field values and timeline (a privacy erasure); the audit log keeps only its id. Orders keep the email they were paid with.',
    security: bearerSecurity,
    request: { params: idParam('id', 'contact') },
    responses: { 200: jsonContent(envelopeOf(nullData), 'Erased'), ...errorResponses },
  }),
  handler: async (c) => {
    const { scope, actor } = c.get('auth');
    await crmService.deleteContact(c.get('api'), scope, actor, c.req.valid('param').id);
    return c.json(ok(c, null, 'Contact erased.'), 200);
  },
});
