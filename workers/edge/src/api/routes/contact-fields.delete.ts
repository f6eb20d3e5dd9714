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

export const contactFieldsDelete = defineRoute({
  name: 'contact-fields.delete',
  access: { scope: 'crm:write', permission: 'crm.manage' },
  route: createRoute({
    method: 'delete',
    path: '/contact-fields/{id}',
    tags: ['CRM'],
    summary: 'Delete a contact field and every contact’s value of it',
    description:
      'The values contacts held for it are deleted with it; segments that test it then match no one.',
    security: bearerSecurity,
    request: { params: idParam('id', 'contactField') },
    responses: { 200: jsonContent(envelopeOf(nullData), 'Deleted'), ...errorResponses },
  }),
  handler: async (c) => {
    const { scope, actor } = c.get('auth');
    await crmService.deleteContactField(c.get('api'), scope, actor, c.req.valid('param').id);
    return c.json(ok(c, null, 'Contact field deleted.'), 200);
  },
});
