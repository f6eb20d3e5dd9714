import { createRoute, z } from '@hono/zod-openapi';
import { blockSchema, envelopeOf, updateBlockInput } from '@mewayz/contracts';
import { sitesService } from '@mewayz/core';
import { bearerSecurity, defineRoute, errorResponses, jsonBody, jsonContent } from '../define-route.ts';
import { ok } from '../envelope.ts';

export const blockParams = z.object({
  id: z
    .string()
    .min(1)
    .max(64)
    .openapi({ param: { name: 'id', in: 'path' }, example: 'site_01jd3…' }),
  blockId: z
    .string()
    .min(1)
    .max(64)
    .openapi({ param: { name: 'blockId', in: 'path' }, example: 'blk_01jd3…' }),
});

export const blocksUpdate = defineRoute({
  name: 'blocks.update',
  access: { scope: 'sites:write', permission: 'sites.edit' },
  route: createRoute({
    method: 'patch',
    path: '/sites/{id}/blocks/{blockId}',
    tags: ['Blocks'],
    summary: 'Change a block',
    security: bearerSecurity,
    request: { params: blockParams, ...jsonBody(updateBlockInput) },
    responses: { 200: jsonContent(envelopeOf(blockSchema), 'The block'), ...errorResponses },
  }),
  handler: async (c) => {
    const { scope, actor } = c.get('auth');
    const { id, blockId } = c.req.valid('param');
    const block = await sitesService.updateBlock(
      c.get('api'),
      scope,
      actor,
      id,
      blockId,
      c.req.valid('json'),
    );
    return c.json(ok(c, block, 'Block updated.'), 200);
  },
});
