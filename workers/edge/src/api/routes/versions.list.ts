import { createRoute } from '@hono/zod-openapi';
import { envelopeOf, siteVersionsOut } from '@mewayz/contracts';
import { sitesService } from '@mewayz/core';
import { bearerSecurity, defineRoute, errorResponses, idParam, jsonContent } from '../define-route.ts';
import { ok } from '../envelope.ts';

export const versionsList = defineRoute({
  name: 'versions.list',
  access: { scope: 'sites:read', permission: 'sites.view' },
  route: createRoute({
    method: 'get',
    path: '/sites/{id}/versions',
    tags: ['Versions'],
    summary: 'A site’s published versions, newest first',
    description: 'Every publish and rollback is a version (the newest 100 are listed); the newest is live.',
    security: bearerSecurity,
    request: { params: idParam('id', 'site') },
    responses: { 200: jsonContent(envelopeOf(siteVersionsOut), 'The versions'), ...errorResponses },
  }),
  handler: async (c) =>
    c.json(ok(c, await sitesService.listVersions(c.get('auth').scope, c.req.valid('param').id)), 200),
});
