import { createRoute } from '@hono/zod-openapi';
import { envelopeOf, siteSchema, updateSiteInput } from '@mewayz/contracts';
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

export const sitesUpdate = defineRoute({
  name: 'sites.update',
  access: { scope: 'sites:write', permission: 'sites.edit' },
  route: createRoute({
    method: 'patch',
    path: '/sites/{id}',
    tags: ['Sites'],
    summary: 'Change a site’s draft',
    description:
      'Changes only the fields sent (at least one) in the draft; visitors see them after the next publish.',
    security: bearerSecurity,
    request: { params: idParam('id', 'site'), ...jsonBody(updateSiteInput) },
    responses: { 200: jsonContent(envelopeOf(siteSchema), 'The site'), ...errorResponses },
  }),
  handler: async (c) => {
    const { scope, actor } = c.get('auth');
    const site = await sitesService.updateSite(
      c.get('api'),
      scope,
      actor,
      c.req.valid('param').id,
      c.req.valid('json'),
    );
    return c.json(ok(c, site, 'Site updated.'), 200);
  },
});
