import { createRoute } from '@hono/zod-openapi';
import { envelopeOf, publishedSiteSchema } from '@mewayz/contracts';
import { sitesService } from '@mewayz/core';
import { bearerSecurity, defineRoute, errorResponses, idParam, jsonContent } from '../define-route.ts';
import { ok } from '../envelope.ts';

export const sitesPublish = defineRoute({
  name: 'sites.publish',
  access: { scope: 'sites:write', permission: 'sites.edit' },
  route: createRoute({
    method: 'post',
    path: '/sites/{id}/publish',
    tags: ['Sites'],
    summary: 'Publish the draft',
    description:
      'Compiles a new version and serves it on every host of the site with the next request. No body.',
    security: bearerSecurity,
    request: { params: idParam('id', 'site') },
    responses: {
      200: jsonContent(envelopeOf(publishedSiteSchema), 'The published site and its hosts'),
      ...errorResponses,
    },
  }),
  handler: async (c) => {
    const { scope, actor } = c.get('auth');
    const site = await sitesService.publishSite(c.get('api'), scope, actor, c.req.valid('param').id);
    return c.json(ok(c, site, 'Site published.'), 200);
  },
});
