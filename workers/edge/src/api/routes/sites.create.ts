import { createRoute } from '@hono/zod-openapi';
import { createSiteInput, envelopeOf, siteSchema } from '@mewayz/contracts';
import { sitesService } from '@mewayz/core';
import { bearerSecurity, defineRoute, errorResponses, jsonBody, jsonContent } from '../define-route.ts';
import { ok } from '../envelope.ts';

export const sitesCreate = defineRoute({
  name: 'sites.create',
  access: { scope: 'sites:write', permission: 'sites.manage' },
  route: createRoute({
    method: 'post',
    path: '/sites',
    tags: ['Sites'],
    summary: 'Create a site (a draft until published)',
    description: 'The slug becomes `<slug>.<root domain>` and is unique platform-wide (409 when taken).',
    security: bearerSecurity,
    request: jsonBody(createSiteInput),
    responses: { 201: jsonContent(envelopeOf(siteSchema), 'The new site'), ...errorResponses },
  }),
  handler: async (c) => {
    const { scope, actor } = c.get('auth');
    const site = await sitesService.createSite(c.get('api'), scope, actor, c.req.valid('json'));
    return c.json(ok(c, site, 'Site created.'), 201);
  },
});
