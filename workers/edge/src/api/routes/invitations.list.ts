import { createRoute } from '@hono/zod-openapi';
import { envelopeOf, invitationSchema, listOut, MAX_PER_PAGE, paginationQuery } from '@mewayz/contracts';
import { organizationsService } from '@mewayz/core';
import { bearerSecurity, defineRoute, errorResponses, jsonContent } from '../define-route.ts';
import { okPage, pageOf } from '../envelope.ts';

export const invitationsList = defineRoute({
  name: 'invitations.list',
  access: { scope: 'members:read', permission: 'users.view' },
  route: createRoute({
    method: 'get',
    path: '/invitations',
    tags: ['Members'],
    summary: 'Pending invitations',
    description: 'Invitations not yet accepted, revoked or expired, newest first.',
    security: bearerSecurity,
    request: { query: paginationQuery },
    responses: {
      200: jsonContent(envelopeOf(listOut(invitationSchema, MAX_PER_PAGE)), 'A page of pending invitations'),
      ...errorResponses,
    },
  }),
  handler: async (c) => {
    const q = c.req.valid('query');
    const page = await organizationsService.listInvitations(c.get('api'), c.get('auth').scope, pageOf(q));
    return c.json(okPage(c, page, q), 200);
  },
});
