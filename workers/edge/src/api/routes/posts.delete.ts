import { createRoute } from '@hono/zod-openapi';
import { envelopeOf } from '@mewayz/contracts';
import { blogService } from '@mewayz/core';
import {
  bearerSecurity,
  defineRoute,
  errorResponses,
  idParam,
  jsonContent,
  nullData,
} from '../define-route.ts';
import { ok } from '../envelope.ts';

export const postsDelete = defineRoute({
  name: 'posts.delete',
  access: { scope: 'sites:write', permission: 'sites.edit' },
  route: createRoute({
    method: 'delete',
    path: '/posts/{id}',
    tags: ['Blog'],
    summary: 'Delete a post',
    description: 'Takes the post off the site at once and frees its address; its uploaded cover is removed.',
    security: bearerSecurity,
    request: { params: idParam('id', 'post') },
    responses: { 200: jsonContent(envelopeOf(nullData), 'Deleted'), ...errorResponses },
  }),
  handler: async (c) => {
    const { scope, actor } = c.get('auth');
    await blogService.deletePost(c.get('api'), scope, actor, c.req.valid('param').id);
    return c.json(ok(c, null, 'Post deleted.'), 200);
  },
});
