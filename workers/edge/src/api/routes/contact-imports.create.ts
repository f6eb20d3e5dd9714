import { createRoute } from '@hono/zod-openapi';
import { contactImportSchema, createContactImportInput, envelopeOf } from '@mewayz/contracts';
import { crmService } from '@mewayz/core';
import { bearerSecurity, defineRoute, errorResponses, jsonBody, jsonContent } from '../define-route.ts';
import { ok } from '../envelope.ts';

export const contactImportsCreate = defineRoute({
  name: 'contact-imports.create',
  access: { scope: 'crm:write', permission: 'crm.manage' },
  route: createRoute({
    method: 'post',
    path: '/contacts/imports',
    tags: ['CRM'],
    summary: 'Import contacts from CSV',
    description:
      'Queues an import of the CSV in `csv` (a header row, then one contact per row; within the API’s 64 KB body — larger files go through the dashboard, up to 20 MB and 100,000 rows). `mapping` gives each column a target (`email`, `name`, `phone`, `company`, `tags`, `field:<key>`, `ignore`); left out, it is guessed from the header. Contacts are matched by email: existing ones are updated by the non-empty cells, a repeated email merges into the earlier row. New contacts are subscribed only with `consent: true`, and suppressed addresses never. Follow the progress with GET `/contacts/imports/{id}`; rows that could not be applied are at `/contacts/imports/{id}/errors`.',
    security: bearerSecurity,
    request: jsonBody(createContactImportInput),
    responses: { 202: jsonContent(envelopeOf(contactImportSchema), 'The import, queued'), ...errorResponses },
  }),
  handler: async (c) => {
    const { scope, actor } = c.get('auth');
    const started = await crmService.createContactImport(c.get('api'), scope, actor, c.req.valid('json'));
    return c.json(ok(c, started, 'Import queued.'), 202);
  },
});
