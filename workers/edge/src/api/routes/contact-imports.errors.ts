import { createRoute } from '@hono/zod-openapi';
import { contactImportErrorSchema, envelopeOf, listOut } from '@mewayz/contracts';
import { crmService } from '@mewayz/core';
import { bearerSecurity, defineRoute, errorResponses, idParam, jsonContent } from '../define-route.ts';
import { ok } from '../envelope.ts';

/** The API answers the first rows; the dashboard's CSV report has them all. */
const MAX_ERRORS = 1000;

export const contactImportsErrors = defineRoute({
  name: 'contact-imports.errors',
  access: { scope: 'crm:read', permission: 'crm.view' },
  route: createRoute({
    method: 'get',
    path: '/contacts/imports/{id}/errors',
    tags: ['CRM'],
    summary: 'Rows an import could not apply',
    description: `Each with its row number (the header is row 1), its email cell and the reason, in file order; the first ${MAX_ERRORS}.`,
    security: bearerSecurity,
    request: { params: idParam('id', 'contactImport') },
    responses: {
      200: jsonContent(envelopeOf(listOut(contactImportErrorSchema, MAX_ERRORS)), 'The failed rows'),
      ...errorResponses,
    },
  }),
  handler: async (c) => {
    const { scope } = c.get('auth');
    const id = c.req.valid('param').id;
    return c.json(ok(c, await crmService.listContactImportErrors(c.get('api'), scope, id, MAX_ERRORS)), 200);
  },
});
