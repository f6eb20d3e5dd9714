import { createRoute } from '@hono/zod-openapi';
import { contactFieldSchema, createContactFieldInput, envelopeOf } from '@mewayz/contracts';
import { crmService } from '@mewayz/core';
import { bearerSecurity, defineRoute, errorResponses, jsonBody, jsonContent } from '../define-route.ts';
import { ok } from '../envelope.ts';

export const contactFieldsCreate = defineRoute({
  name: 'contact-fields.create',
  access: { scope: 'crm:write', permission: 'crm.manage' },
  route: createRoute({
    method: 'post',
    path: '/contact-fields',
    tags: ['CRM'],
    summary: 'Define a custom contact field',
    description:
      'A `text`, `number`, `date` (`YYYY-MM-DD`) or `choice` field (with its `options`); contacts’ values are checked against it. A taken key answers 409 (`key_taken`).',
    security: bearerSecurity,
    request: jsonBody(createContactFieldInput),
    responses: { 201: jsonContent(envelopeOf(contactFieldSchema), 'The field'), ...errorResponses },
  }),
  handler: async (c) => {
    const { scope, actor } = c.get('auth');
    const field = await crmService.createContactField(c.get('api'), scope, actor, c.req.valid('json'));
    return c.json(ok(c, field, 'Contact field created.'), 201);
  },
});
