import { createRoute } from '@hono/zod-openapi';
import { envelopeOf } from '@mewayz/contracts';
import { linksService } from '@mewayz/core';
import {
  bearerSecurity,
  defineRoute,
  errorResponses,
  idParam,
  jsonContent,
  nullData,
} from '../define-route.ts';
import { ok } from '../envelope.ts';

export const linksDelete = defineRoute({
  name: 'links.delete',
  access: { scope: 'links:write', permission: 'links.manage' },
  route: createRoute({
    method: 'delete',
    path: '/links/{id}',
    tags: ['Links'],
    summary: 'Delete a short link (it stops redirecting at once)',
    description: 'The short URL stops redirecting at once.',
    security: bearerSecurity,
    request: { params: idParam('id', 'shortLink') },
    responses: { 200: jsonContent(envelopeOf(nullData), 'Deleted'), ...errorResponses },
  }),
  handler: async (c) => {
    const { scope, actor } = c.get('auth');
    await linksService.deleteShortLink(c.get('api'), scope, actor, c.req.valid('param').id);
    return c.json(ok(c, null, 'Short link deleted.'), 200);
  },
});
