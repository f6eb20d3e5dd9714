import { createRoute } from '@hono/zod-openapi';
import { envelopeOf, listOut, MAX_PER_PAGE, memberSchema, paginationQuery } from '@mewayz/contracts';
import { organizationsService } from '@mewayz/core';
import { bearerSecurity, defineRoute, errorResponses, jsonContent } from '../define-route.ts';
import { okPage, pageOf } from '../envelope.ts';

export const membersList = defineRoute({
  name: 'members.list',
  access: { scope: 'members:read', permission: 'users.view' },
  route: createRoute({
    method: 'get',
    path: '/members',
    tags: ['Members'],
    summary: 'Members of the organization with their roles',
    description: 'Members with their email, name and role, oldest first.',
    security: bearerSecurity,
    request: { query: paginationQuery },
    responses: {
      200: jsonContent(envelopeOf(listOut(memberSchema, MAX_PER_PAGE)), 'A page of members'),
      ...errorResponses,
    },
  }),
  handler: async (c) => {
    const q = c.req.valid('query');
    const page = await organizationsService.listMembers(c.get('api'), c.get('auth').scope, pageOf(q));
    return c.json(okPage(c, page, q), 200);
  },
});
