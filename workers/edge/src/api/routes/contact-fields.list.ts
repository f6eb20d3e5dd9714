import { createRoute } from '@hono/zod-openapi';
import { contactFieldSchema, envelopeOf, listOut, MAX_CONTACT_FIELDS } from '@mewayz/contracts';
import { crmService } from '@mewayz/core';
import { bearerSecurity, defineRoute, errorResponses, jsonContent } from '../define-route.ts';
import { ok } from '../envelope.ts';

export const contactFieldsList = defineRoute({
  name: 'contact-fields.list',
  access: { scope: 'crm:read', permission: 'crm.view' },
  route: createRoute({
    method: 'get',
    path: '/contact-fields',
    tags: ['CRM'],
    summary: 'The workspace’s custom contact fields, by key',
    description:
      'Every field the workspace defined (at most 50), with its type and, for a choice field, its choices.',
    security: bearerSecurity,
    responses: {
      200: jsonContent(envelopeOf(listOut(contactFieldSchema, MAX_CONTACT_FIELDS)), 'The fields'),
      ...errorResponses,
    },
  }),
  handler: async (c) => {
    const fields = await crmService.listContactFields(c.get('api'), c.get('auth').scope);
    return c.json(ok(c, fields), 200);
  },
});
