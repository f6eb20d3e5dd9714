import { createRoute } from '@hono/zod-openapi';
import { contactNoteInput, envelopeOf, interactionSchema } from '@mewayz/contracts';
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

export const contactsNotes = defineRoute({
  name: 'contacts.notes',
  access: { scope: 'crm:write', permission: 'crm.manage' },
  route: createRoute({
    method: 'post',
    path: '/contacts/{id}/notes',
    tags: ['CRM'],
    summary: 'Write a note on a contact’s timeline',
    description: 'A note from the team (up to 5000 characters); its first line is the entry’s summary.',
    security: bearerSecurity,
    request: { params: idParam('id', 'contact'), ...jsonBody(contactNoteInput) },
    responses: { 201: jsonContent(envelopeOf(interactionSchema), 'The timeline entry'), ...errorResponses },
  }),
  handler: async (c) => {
    const { scope, actor } = c.get('auth');
    const entry = await crmService.addContactNote(
      c.get('api'),
      scope,
      actor,
      c.req.valid('param').id,
      c.req.valid('json'),
    );
    return c.json(ok(c, entry, 'Note added.'), 201);
  },
});
