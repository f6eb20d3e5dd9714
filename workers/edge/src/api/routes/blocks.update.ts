import { createRoute } from '@hono/zod-openapi';
import { blockSchema, envelopeOf, updateBlockInput } from '@mewayz/contracts';
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

export const blockParams = idParam('id', 'site').extend(idParam('blockId', 'block').shape);

export const blocksUpdate = defineRoute({
  name: 'blocks.update',
  access: { scope: 'sites:write', permission: 'sites.edit' },
  route: createRoute({
    method: 'patch',
    path: '/sites/{id}/blocks/{blockId}',
    tags: ['Blocks'],
    summary: 'Change a block',
    description:
      "Changes only the fields sent (at least one). `data` is checked against the block type's schema; URLs are stored normalised.",
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
