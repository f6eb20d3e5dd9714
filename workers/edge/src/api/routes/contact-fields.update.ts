import { createRoute } from '@hono/zod-openapi';
import { contactFieldSchema, envelopeOf, updateContactFieldInput } from '@mewayz/contracts';
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

export const contactFieldsUpdate = defineRoute({
  name: 'contact-fields.update',
  access: { scope: 'crm:write', permission: 'crm.manage' },
  route: createRoute({
    method: 'patch',
    path: '/contact-fields/{id}',
    tags: ['CRM'],
    summary: 'Rename a contact field or change its choices',
    description: 'A field’s key and type stay. Dropping a choice that contacts still hold answers 422.',
    security: bearerSecurity,
    request: { params: idParam('id', 'contactField'), ...jsonBody(updateContactFieldInput) },
    responses: { 200: jsonContent(envelopeOf(contactFieldSchema), 'The field'), ...errorResponses },
  }),
  handler: async (c) => {
    const { scope, actor } = c.get('auth');
    const field = await crmService.updateContactField(
      c.get('api'),
      scope,
      actor,
      c.req.valid('param').id,
      c.req.valid('json'),
    );
    return c.json(ok(c, field, 'Contact field updated.'), 200);
  },
});
