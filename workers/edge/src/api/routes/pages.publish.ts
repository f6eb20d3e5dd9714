import { createRoute } from '@hono/zod-openapi';
import { envelopeOf, publishedSiteSchema } from '@mewayz/contracts';
import { sitesService } from '@mewayz/core';
import { bearerSecurity, defineRoute, errorResponses, idParam, jsonContent } from '../define-route.ts';
import { ok } from '../envelope.ts';

export const pagesPublish = defineRoute({
  name: 'pages.publish',
  access: { scope: 'sites:write', permission: 'sites.edit' },
  route: createRoute({
    method: 'post',
    path: '/pages/{id}/publish',
    tags: ['Pages'],
    summary: 'Publish one page',
    description:
      'Puts this page’s draft live (or takes it off the site when its draft is unpublished) and keeps everything else as last published; a new version like any publish. 409 `site_not_published` before the site’s first publish, `slug_live_elsewhere` when another live page has its address. No body.',
    security: bearerSecurity,
    request: { params: idParam('id', 'page') },
    responses: {
      200: jsonContent(envelopeOf(publishedSiteSchema), 'The published site and its hosts'),
      ...errorResponses,
    },
  }),
  handler: async (c) => {
    const { scope, actor } = c.get('auth');
    const site = await sitesService.publishPage(c.get('api'), scope, actor, c.req.valid('param').id);
    return c.json(ok(c, site, 'Page published.'), 200);
  },
});
