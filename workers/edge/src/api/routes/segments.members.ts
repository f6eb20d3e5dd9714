import { createRoute } from '@hono/zod-openapi';
import {
  contactSchema,
  envelopeOf,
  listOut,
  MAX_CONTACTS_PER_PAGE,
  segmentMembersQuery,
} from '@mewayz/contracts';
import { crmService } from '@mewayz/core';
import { bearerSecurity, defineRoute, errorResponses, idParam, jsonContent } from '../define-route.ts';
import { okCursor } from '../envelope.ts';

export const segmentsMembers = defineRoute({
  name: 'segments.members',
  access: { scope: 'crm:read', permission: 'crm.view' },
  route: createRoute({
    method: 'get',
    path: '/segments/{id}/contacts',
    tags: ['CRM'],
    summary: 'The contacts in a segment now, newest first, by cursor',
    description:
      'Evaluated from the segment’s filter at the time of asking. Pages like `GET /contacts`: pass `meta.cursor.next` as `cursor`.',
    security: bearerSecurity,
    request: { params: idParam('id', 'segment'), query: segmentMembersQuery },
    responses: {
      200: jsonContent(envelopeOf(listOut(contactSchema, MAX_CONTACTS_PER_PAGE)), 'A page of contacts'),
      ...errorResponses,
    },
  }),
  handler: async (c) => {
    const page = await crmService.listContacts(c.get('api'), c.get('auth').scope, {
      ...c.req.valid('query'),
      segmentId: c.req.valid('param').id,
    });
    return c.json(okCursor(c, page), 200);
  },
});
