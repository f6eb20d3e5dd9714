import { createRoute } from '@hono/zod-openapi';
import { contactSchema, envelopeOf, upsertContactInput } from '@mewayz/contracts';
import { crmService } from '@mewayz/core';
import { bearerSecurity, defineRoute, errorResponses, jsonBody, jsonContent } from '../define-route.ts';
import { ok } from '../envelope.ts';

export const contactsUpsert = defineRoute({
  name: 'contacts.upsert',
  access: { scope: 'crm:write', permission: 'crm.manage' },
  route: createRoute({
    method: 'put',
    path: '/contacts',
    tags: ['CRM'],
    summary: 'Create or update a contact by email',
    description:
      'Creates the contact (201) or updates the one with that email (200): fields sent overwrite, `tags` are added to the ones it has.',
    security: bearerSecurity,
    request: jsonBody(upsertContactInput),
    responses: {
      200: jsonContent(envelopeOf(contactSchema), 'The updated contact'),
      201: jsonContent(envelopeOf(contactSchema), 'The new contact'),
      ...errorResponses,
    },
  }),
  handler: async (c) => {
    const { scope, actor } = c.get('auth');
    const { contact, created } = await crmService.upsertContact(
      c.get('api'),
      scope,
      actor,
      c.req.valid('json'),
      'api',
      // Becoming subscribed here enters the welcome sequence (once per contact); an import would not.
      { enrollSequences: true },
    );
    return created
      ? c.json(ok(c, contact, 'Contact created.'), 201)
      : c.json(ok(c, contact, 'Contact updated.'), 200);
  },
});
