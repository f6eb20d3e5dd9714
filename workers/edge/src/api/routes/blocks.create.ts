import { createRoute } from '@hono/zod-openapi';
import { blockSchema, createBlockInput, envelopeOf } from '@mewayz/contracts';
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

export const blocksCreate = defineRoute({
  name: 'blocks.create',
  access: { scope: 'sites:write', permission: 'sites.edit' },
  route: createRoute({
    method: 'post',
    path: '/sites/{id}/blocks',
    tags: ['Blocks'],
    summary: 'Append a block',
    description: '`type` selects the schema of `data`.',
    security: bearerSecurity,
    request: { params: idParam('id', 'site'), ...jsonBody(createBlockInput) },
    responses: { 201: jsonContent(envelopeOf(blockSchema), 'The new block'), ...errorResponses },
  }),
  handler: async (c) => {
    const { scope, actor } = c.get('auth');
    const block = await sitesService.createBlock(
      c.get('api'),
      scope,
      actor,
      c.req.valid('param').id,
      c.req.valid('json'),
    );
    return c.json(ok(c, block, 'Block created.'), 201);
  },
});
