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

export const sitesDelete = defineRoute({
  name: 'sites.delete',
  access: { scope: 'sites:write', permission: 'sites.manage' },
  route: createRoute({
    method: 'delete',
    path: '/sites/{id}',
    tags: ['Sites'],
    summary: 'Delete a site (offline on every host at once)',
    description: 'Deletes the site and takes it offline on its subdomain and custom domains at once.',
    security: bearerSecurity,
    request: { params: idParam('id', 'site') },
    responses: { 200: jsonContent(envelopeOf(nullData), 'Deleted'), ...errorResponses },
  }),
  handler: async (c) => {
    const { scope, actor } = c.get('auth');
    await sitesService.deleteSite(c.get('api'), scope, actor, c.req.valid('param').id);
    return c.json(ok(c, null, 'Site deleted.'), 200);
  },
});
