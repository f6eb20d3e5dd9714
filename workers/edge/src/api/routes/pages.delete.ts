import { createRoute } from '@hono/zod-openapi';
import { envelopeOf } from '@mewayz/contracts';
import { sitesService } from '@mewayz/core';
import {
  bearerSecurity,
  defineRoute,
  errorResponses,
  idParam,
  jsonContent,
  nullData,
} from '../define-route.ts';
import { ok } from '../envelope.ts';

export const pagesDelete = defineRoute({
  name: 'pages.delete',
  access: { scope: 'sites:write', permission: 'sites.edit' },
  route: createRoute({
    method: 'delete',
    path: '/pages/{id}',
    tags: ['Pages'],
    summary: 'Delete a page',
    description:
      'Removes the page and its sections from the draft; the live site keeps it until the next publish, and earlier versions keep it for rollbacks.',
    security: bearerSecurity,
    request: { params: idParam('id', 'page') },
    responses: { 200: jsonContent(envelopeOf(nullData), 'Deleted'), ...errorResponses },
  }),
  handler: async (c) => {
    const { scope, actor } = c.get('auth');
    await sitesService.deletePage(c.get('api'), scope, actor, c.req.valid('param').id);
    return c.json(ok(c, null, 'Page deleted.'), 200);
  },
});
