import { createRoute } from '@hono/zod-openapi';
import { blockSchema, envelopeOf, listOut, MAX_BLOCKS_PER_SITE } from '@mewayz/contracts';
import { sitesService } from '@mewayz/core';
import { bearerSecurity, defineRoute, errorResponses, idParam, jsonContent } from '../define-route.ts';
import { ok } from '../envelope.ts';

export const blocksList = defineRoute({
  name: 'blocks.list',
  access: { scope: 'sites:read', permission: 'sites.view' },
  route: createRoute({
    method: 'get',
    path: '/sites/{id}/blocks',
    tags: ['Blocks'],
    summary: 'A site’s blocks in page order',
    description: 'Every block of the draft, active or not, in the order the page shows them.',
    security: bearerSecurity,
    request: { params: idParam('id', 'site') },
    responses: {
      200: jsonContent(envelopeOf(listOut(blockSchema, MAX_BLOCKS_PER_SITE)), 'The blocks'),
      ...errorResponses,
    },
  }),
  handler: async (c) =>
    c.json(ok(c, await sitesService.listBlocks(c.get('auth').scope, c.req.valid('param').id)), 200),
});
