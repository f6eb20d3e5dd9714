import { createRoute } from '@hono/zod-openapi';
import { envelopeOf, pageSchema } from '@mewayz/contracts';
import { sitesService } from '@mewayz/core';
import { bearerSecurity, defineRoute, errorResponses, idParam, jsonContent } from '../define-route.ts';
import { ok } from '../envelope.ts';

export const pagesDuplicate = defineRoute({
  name: 'pages.duplicate',
  access: { scope: 'sites:write', permission: 'sites.edit' },
  route: createRoute({
    method: 'post',
    path: '/pages/{id}/duplicate',
    tags: ['Pages'],
    summary: 'Duplicate a page',
    description:
      'Copies the page and its sections into a new draft page at `/<slug>-copy` (then `-copy-2`, …), in no menu. No body.',
    security: bearerSecurity,
    request: { params: idParam('id', 'page') },
    responses: { 201: jsonContent(envelopeOf(pageSchema), 'The copy'), ...errorResponses },
  }),
  handler: async (c) => {
    const { scope, actor } = c.get('auth');
    const page = await sitesService.duplicatePage(c.get('api'), scope, actor, c.req.valid('param').id);
    return c.json(ok(c, page, 'Page duplicated.'), 201);
  },
});
