import { createRoute } from '@hono/zod-openapi';
import { envelopeOf, pagesOut } from '@mewayz/contracts';
import { sitesService } from '@mewayz/core';
import { bearerSecurity, defineRoute, errorResponses, idParam, jsonContent } from '../define-route.ts';
import { ok } from '../envelope.ts';

export const pagesList = defineRoute({
  name: 'pages.list',
  access: { scope: 'sites:read', permission: 'sites.view' },
  route: createRoute({
    method: 'get',
    path: '/sites/{id}/pages',
    tags: ['Pages'],
    summary: 'A site’s pages in menu order',
    description:
      'Every page of the draft beyond the home page, published or not, the “not found” page among them.',
    security: bearerSecurity,
    request: { params: idParam('id', 'site') },
    responses: { 200: jsonContent(envelopeOf(pagesOut), 'The pages'), ...errorResponses },
  }),
  handler: async (c) =>
    c.json(ok(c, await sitesService.listPages(c.get('auth').scope, c.req.valid('param').id)), 200),
});
