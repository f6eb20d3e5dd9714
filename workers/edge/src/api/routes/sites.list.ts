import { createRoute, z } from '@hono/zod-openapi';
import { envelopeOf, paginationQuery, siteSchema } from '@mewayz/contracts';
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
    security: bearerSecurity,
    request: { query: paginationQuery },
    responses: { 200: jsonContent(envelopeOf(z.array(siteSchema)), 'A page of sites'), ...errorResponses },
  }),
  handler: async (c) => {
    const q = c.req.valid('query');
    const page = await sitesService.listSites(c.get('api'), c.get('auth').scope, pageOf(q));
    return c.json(okPage(c, page, q), 200);
  },
});
