import { createRoute } from '@hono/zod-openapi';
import { createPageInput, envelopeOf, pageSchema } from '@mewayz/contracts';
import { sitesService } from '@mewayz/core';
import {
  bearerSecurity,
  defineRoute,
  errorResponses,
  idParam,
  jsonBody,
  jsonContent,
} from '../define-route.ts';
import { ok } from '../envelope.ts';

export const pagesCreate = defineRoute({
  name: 'pages.create',
  access: { scope: 'sites:write', permission: 'sites.edit' },
  route: createRoute({
    method: 'post',
    path: '/sites/{id}/pages',
    tags: ['Pages'],
    summary: 'Add a page',
    description:
      'A page at `/<slug>` of the site, last in the menus unless `position` is given. It goes live at the next publish if `published` is true. `role: not_found` makes it the site’s 404 page (one per site).',
    security: bearerSecurity,
    request: { params: idParam('id', 'site'), ...jsonBody(createPageInput) },
    responses: { 201: jsonContent(envelopeOf(pageSchema), 'The new page'), ...errorResponses },
  }),
  handler: async (c) => {
    const { scope, actor } = c.get('auth');
    const page = await sitesService.createPage(
      c.get('api'),
      scope,
      actor,
      c.req.valid('param').id,
      c.req.valid('json'),
    );
    return c.json(ok(c, page, 'Page created.'), 201);
  },
});
