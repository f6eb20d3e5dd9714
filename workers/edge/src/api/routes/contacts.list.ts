import { createRoute } from '@hono/zod-openapi';
import {
  contactListQuery,
  contactSchema,
  envelopeOf,
  listOut,
  MAX_CONTACTS_PER_PAGE,
} from '@mewayz/contracts';
import { crmService } from '@mewayz/core';
import { bearerSecurity, defineRoute, errorResponses, jsonContent } from '../define-route.ts';
import { okCursor } from '../envelope.ts';

export const contactsList = defineRoute({
  name: 'contacts.list',
  access: { scope: 'crm:read', permission: 'crm.view' },
  route: createRoute({
    method: 'get',
    path: '/contacts',
    tags: ['CRM'],
    summary: 'Contacts, newest first, by cursor',
    description:
      'Filter by `q` (part of the email, name or company), `tag`, `consent`, `source` or `segmentId`. Pages by cursor: pass `meta.cursor.next` as `cursor` for the next page; `meta.cursor.total` counts every match.',
    security: bearerSecurity,
    request: { query: contactListQuery },
    responses: {
      200: jsonContent(envelopeOf(listOut(contactSchema, MAX_CONTACTS_PER_PAGE)), 'A page of contacts'),
      ...errorResponses,
    },
  }),
  handler: async (c) => {
    const page = await crmService.listContacts(c.get('api'), c.get('auth').scope, c.req.valid('query'));
    return c.json(okCursor(c, page), 200);
  },
});
