import { createRoute } from '@hono/zod-openapi';
import { envelopeOf } from '@mewayz/contracts';
import { sitesService } from '@mewayz/core';
import { bearerSecurity, defineRoute, errorResponses, jsonContent, nullData } from '../define-route.ts';
import { ok } from '../envelope.ts';
import { blockParams } from './blocks.update.ts';

export const blocksDelete = defineRoute({
  name: 'blocks.delete',
  access: { scope: 'sites:write', permission: 'sites.edit' },
  route: createRoute({
    method: 'delete',
    path: '/sites/{id}/blocks/{blockId}',
    tags: ['Blocks'],
    summary: 'Delete a block',
    description: 'Removes the block from the draft; the published page keeps it until the next publish.',
    security: bearerSecurity,
    request: { params: blockParams },
    responses: { 200: jsonContent(envelopeOf(nullData), 'Deleted'), ...errorResponses },
  }),
  handler: async (c) => {
    const { scope, actor } = c.get('auth');
    const { id, blockId } = c.req.valid('param');
    await sitesService.deleteBlock(c.get('api'), scope, actor, id, blockId);
    return c.json(ok(c, null, 'Block deleted.'), 200);
  },
});
