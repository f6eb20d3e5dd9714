import { createRoute } from '@hono/zod-openapi';
import { envelopeOf, listOut, MAX_PER_PAGE, paginationQuery, shortLinkSchema } from '@mewayz/contracts';
import { linksService } from '@mewayz/core';
import { bearerSecurity, defineRoute, errorResponses, jsonContent } from '../define-route.ts';
import { okPage, pageOf } from '../envelope.ts';

export const linksList = defineRoute({
  name: 'links.list',
  access: { scope: 'links:read', permission: 'links.view' },
  route: createRoute({
    method: 'get',
    path: '/links',
    tags: ['Links'],
    summary: 'Short links, newest first',
    description: 'Short links of the organization, newest first.',
    security: bearerSecurity,
    request: { query: paginationQuery },
    responses: {
      200: jsonContent(envelopeOf(listOut(shortLinkSchema, MAX_PER_PAGE)), 'A page of short links'),
      ...errorResponses,
    },
  }),
  handler: async (c) => {
    const q = c.req.valid('query');
    const page = await linksService.listShortLinks(c.get('api'), c.get('auth').scope, pageOf(q));
    return c.json(okPage(c, page, q), 200);
  },
});
