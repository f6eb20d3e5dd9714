import { createRoute } from '@hono/zod-openapi';
import { envelopeOf, pageSchema, updatePageInput } from '@mewayz/contracts';
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

export const pagesUpdate = defineRoute({
  name: 'pages.update',
  access: { scope: 'sites:write', permission: 'sites.edit' },
  route: createRoute({
    method: 'patch',
    path: '/pages/{id}',
    tags: ['Pages'],
    summary: 'Change a page',
    description: 'Changes only the fields sent (at least one); the live site changes at the next publish.',
    security: bearerSecurity,
    request: { params: idParam('id', 'page'), ...jsonBody(updatePageInput) },
    responses: { 200: jsonContent(envelopeOf(pageSchema), 'The page'), ...errorResponses },
  }),
  handler: async (c) => {
    const { scope, actor } = c.get('auth');
    const page = await sitesService.updatePage(
      c.get('api'),
      scope,
      actor,
      c.req.valid('param').id,
      c.req.valid('json'),
    );
    return c.json(ok(c, page, 'Page updated.'), 200);
  },
});
