import { createRoute } from '@hono/zod-openapi';
import { contactImportSchema, envelopeOf } from '@mewayz/contracts';
import { crmService } from '@mewayz/core';
import { bearerSecurity, defineRoute, errorResponses, idParam, jsonContent } from '../define-route.ts';
import { ok } from '../envelope.ts';

export const contactImportsGet = defineRoute({
  name: 'contact-imports.get',
  access: { scope: 'crm:read', permission: 'crm.view' },
  route: createRoute({
    method: 'get',
    path: '/contacts/imports/{id}',
    tags: ['CRM'],
    summary: 'An import’s progress and counts',
    description:
      '`processed` of `totalRows` so far; `created`, `updated`, `duplicates` and `failed` add up to `processed`. `status` ends as `done`, `failed` or `cancelled`.',
    security: bearerSecurity,
    request: { params: idParam('id', 'contactImport') },
    responses: { 200: jsonContent(envelopeOf(contactImportSchema), 'The import'), ...errorResponses },
  }),
  handler: async (c) => {
    const { scope } = c.get('auth');
    return c.json(
      ok(c, await crmService.getContactImport(c.get('api'), scope, c.req.valid('param').id)),
      200,
    );
  },
});
