import { createRoute } from '@hono/zod-openapi';
import { contactExportSchema, envelopeOf } from '@mewayz/contracts';
import { crmService } from '@mewayz/core';
import { bearerSecurity, defineRoute, errorResponses, idParam, jsonContent } from '../define-route.ts';
import { ok } from '../envelope.ts';

export const contactsExport = defineRoute({
  name: 'contacts.export',
  access: { scope: 'crm:read', permission: 'crm.view' },
  route: createRoute({
    method: 'get',
    path: '/contacts/{id}/export',
    tags: ['CRM'],
    summary: 'Everything held about one contact (privacy export)',
    description:
      'The contact and its whole timeline as one JSON document; the export is written to the audit log.',
    security: bearerSecurity,
    request: { params: idParam('id', 'contact') },
    responses: { 200: jsonContent(envelopeOf(contactExportSchema), 'The contact’s data'), ...errorResponses },
  }),
  handler: async (c) => {
    const { scope, actor } = c.get('auth');
    const data = await crmService.exportContact(c.get('api'), scope, actor, c.req.valid('param').id);
    return c.json(ok(c, data), 200);
  },
});
