import { createRoute } from '@hono/zod-openapi';
import { blockSchema, envelopeOf, listOut, MAX_BLOCKS_PER_SITE, reorderBlocksInput } from '@mewayz/contracts';
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

export const blocksReorder = defineRoute({
  name: 'blocks.reorder',
  access: { scope: 'sites:write', permission: 'sites.edit' },
  route: createRoute({
    method: 'put',
    path: '/sites/{id}/blocks/order',
    tags: ['Blocks'],
    summary: 'Reorder all blocks at once',
    description: '`blockIds` must name every block of the site exactly once.',
    security: bearerSecurity,
    request: { params: idParam('id', 'site'), ...jsonBody(reorderBlocksInput) },
    responses: {
      200: jsonContent(
        envelopeOf(listOut(blockSchema, MAX_BLOCKS_PER_SITE)),
        'The blocks in their new order',
      ),
      ...errorResponses,
    },
  }),
  handler: async (c) => {
    const { scope, actor } = c.get('auth');
    const blocks = await sitesService.reorderBlocks(
      c.get('api'),
      scope,
      actor,
      c.req.valid('param').id,
      c.req.valid('json'),
    );
    return c.json(ok(c, blocks, 'Blocks reordered.'), 200);
  },
});
