import { createRoute } from '@hono/zod-openapi';
import { contactSchema, createContactInput, envelopeOf } from '@mewayz/contracts';
import { crmService } from '@mewayz/core';
import { bearerSecurity, defineRoute, errorResponses, jsonBody, jsonContent } from '../define-route.ts';
import { ok } from '../envelope.ts';

export const contactsCreate = defineRoute({
  name: 'contacts.create',
  access: { scope: 'crm:write', permission: 'crm.manage' },
  route: createRoute({
    method: 'post',
    path: '/contacts',
    tags: ['CRM'],
    summary: 'Create a contact',
    description:
      'The email is unique in the workspace, whatever its case: a taken one answers 409 (`email_taken`); use `PUT /contacts` to create or update by email. `fields` are checked against the workspace’s contact fields.',
    security: bearerSecurity,
    request: jsonBody(createContactInput),
    responses: { 201: jsonContent(envelopeOf(contactSchema), 'The contact'), ...errorResponses },
  }),
  handler: async (c) => {
    const { scope, actor } = c.get('auth');
    // A subscribed contact added through the API has asked for the emails: it enters the welcome sequence.
    const contact = await crmService.createContact(c.get('api'), scope, actor, c.req.valid('json'), 'api', {
      enrollSequences: true,
    });
    return c.json(ok(c, contact, 'Contact created.'), 201);
  },
});
