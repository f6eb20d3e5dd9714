import { createRoute } from '@hono/zod-openapi';
import { envelopeOf, pageSchema } from '@mewayz/contracts';
import { sitesService } from '@mewayz/core';
import { bearerSecurity, defineRoute, errorResponses, idParam, jsonContent } from '../define-route.ts';
import { ok } from '../envelope.ts';

export const pagesGet = defineRoute({
  name: 'pages.get',
  access: { scope: 'sites:read', permission: 'sites.view' },
  route: createRoute({
    method: 'get',
    path: '/pages/{id}',
    tags: ['Pages'],
    summary: 'One page',
    description:
      'A page of one of the organization’s sites, by its id (its sections: `/pages/{id}/sections`).',
    security: bearerSecurity,
    request: { params: idParam('id', 'page') },
    responses: { 200: jsonContent(envelopeOf(pageSchema), 'The page'), ...errorResponses },
  }),
  handler: async (c) =>
    c.json(ok(c, await sitesService.getPage(c.get('auth').scope, c.req.valid('param').id)), 200),
});
