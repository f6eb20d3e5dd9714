import { createRoute } from '@hono/zod-openapi';
import { envelopeOf, siteSchema } from '@mewayz/contracts';
import { sitesService } from '@mewayz/core';
import { bearerSecurity, defineRoute, errorResponses, idParam, jsonContent } from '../define-route.ts';
import { ok } from '../envelope.ts';

export const sitesGet = defineRoute({
  name: 'sites.get',
  access: { scope: 'sites:read', permission: 'sites.view' },
  route: createRoute({
    method: 'get',
    path: '/sites/{id}',
    tags: ['Sites'],
    summary: 'Get a site',
    description: "The site's draft settings and whether it has unpublished changes.",
    security: bearerSecurity,
    request: { params: idParam('id', 'site') },
    responses: { 200: jsonContent(envelopeOf(siteSchema), 'The site'), ...errorResponses },
  }),
  handler: async (c) =>
    c.json(
      ok(c, await sitesService.getSite(c.get('api'), c.get('auth').scope, c.req.valid('param').id)),
      200,
    ),
});
