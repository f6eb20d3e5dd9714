import { createRoute } from '@hono/zod-openapi';
import { envelopeOf, listOut, MAX_PER_PAGE, paginationQuery, siteSchema } from '@mewayz/contracts';
import { sitesService } from '@mewayz/core';
import { bearerSecurity, defineRoute, errorResponses, jsonContent } from '../define-route.ts';
import { okPage, pageOf } from '../envelope.ts';

export const sitesList = defineRoute({
  name: 'sites.list',
  access: { scope: 'sites:read', permission: 'sites.view' },
  route: createRoute({
    method: 'get',
    path: '/sites',
    tags: ['Sites'],
    summary: 'List sites, newest first',
    description: 'Sites of the organization, newest first.',
    security: bearerSecurity,
    request: { query: paginationQuery },
    responses: {
      200: jsonContent(envelopeOf(listOut(siteSchema, MAX_PER_PAGE)), 'A page of sites'),
      ...errorResponses,
    },
  }),
  handler: async (c) => {
    const q = c.req.valid('query');
    const page = await sitesService.listSites(c.get('api'), c.get('auth').scope, pageOf(q));
    return c.json(okPage(c, page, q), 200);
  },
});
