import { createRoute } from '@hono/zod-openapi';
import { envelopeOf, postSchema } from '@mewayz/contracts';
import { blogService } from '@mewayz/core';
import { bearerSecurity, defineRoute, errorResponses, idParam, jsonContent } from '../define-route.ts';
import { ok } from '../envelope.ts';

export const postsUnpublish = defineRoute({
  name: 'posts.unpublish',
  access: { scope: 'sites:write', permission: 'sites.edit' },
  route: createRoute({
    method: 'post',
    path: '/posts/{id}/unpublish',
    tags: ['Blog'],
    summary: 'Take a post off the site',
    description:
      'The post becomes a draft again (keeping its date) and leaves the blog and feeds at once. No body.',
    security: bearerSecurity,
    request: { params: idParam('id', 'post') },
    responses: { 200: jsonContent(envelopeOf(postSchema), 'The post'), ...errorResponses },
  }),
  handler: async (c) => {
    const { scope, actor } = c.get('auth');
    const post = await blogService.unpublishPost(c.get('api'), scope, actor, c.req.valid('param').id);
    return c.json(ok(c, post, 'Post unpublished.'), 200);
  },
});
