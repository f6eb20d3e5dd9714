import { createRoute } from '@hono/zod-openapi';
import { envelopeOf, publishedSiteSchema, rollbackInput } from '@mewayz/contracts';
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

export const versionsRollback = defineRoute({
  name: 'versions.rollback',
  access: { scope: 'sites:write', permission: 'sites.edit' },
  route: createRoute({
    method: 'post',
    path: '/sites/{id}/versions/rollback',
    tags: ['Versions'],
    summary: 'Serve an earlier version again',
    description:
      'Publishes the content of `version` as a new version, with today’s shop and domains, on every host with the next request. The draft is not changed.',
    security: bearerSecurity,
    request: { params: idParam('id', 'site'), ...jsonBody(rollbackInput) },
    responses: {
      200: jsonContent(
        envelopeOf(publishedSiteSchema),
        'The site and its hosts, now serving the restored content',
      ),
      ...errorResponses,
    },
  }),
  handler: async (c) => {
    const { scope, actor } = c.get('auth');
    const site = await sitesService.rollbackSite(
      c.get('api'),
      scope,
      actor,
      c.req.valid('param').id,
      c.req.valid('json').version,
    );
    return c.json(ok(c, site, 'Version restored.'), 200);
  },
});
