import { createRoute } from '@hono/zod-openapi';
import { contactSchema, contactTagsInput, envelopeOf } from '@mewayz/contracts';
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

export const contactsTagsAdd = defineRoute({
  name: 'contacts.tags-add',
  access: { scope: 'crm:write', permission: 'crm.manage' },
  route: createRoute({
    method: 'post',
    path: '/contacts/{id}/tags',
    tags: ['CRM'],
    summary: 'Add tags to a contact',
    description: 'Tags are lower-cased; ones the contact has already are kept once.',
    security: bearerSecurity,
    request: { params: idParam('id', 'contact'), ...jsonBody(contactTagsInput) },
    responses: { 200: jsonContent(envelopeOf(contactSchema), 'The contact'), ...errorResponses },
  }),
  handler: async (c) => {
    const { scope, actor } = c.get('auth');
    const contact = await crmService.changeContactTags(
      c.get('api'),
      scope,
      actor,
      c.req.valid('param').id,
      c.req.valid('json'),
      'add',
    );
    return c.json(ok(c, contact, 'Tags added.'), 200);
  },
});
