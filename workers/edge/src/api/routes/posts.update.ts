import { createRoute } from '@hono/zod-openapi';
import { envelopeOf, postSchema, updatePostInput } from '@mewayz/contracts';
import { blogService } from '@mewayz/core';
import {
  bearerSecurity,
  defineRoute,
  errorResponses,
  idParam,
  jsonBody,
  jsonContent,
} from '../define-route.ts';
import { ok } from '../envelope.ts';

export const postsUpdate = defineRoute({
  name: 'posts.update',
  access: { scope: 'sites:write', permission: 'sites.edit' },
  route: createRoute({
    method: 'patch',
    path: '/posts/{id}',
    tags: ['Blog'],
    summary: 'Change a post',
    description:
      'Changes only the fields sent (at least one). A published post’s change is live on the next request; a draft’s waits for its publish.',
    security: bearerSecurity,
    request: { params: idParam('id', 'post'), ...jsonBody(updatePostInput) },
    responses: { 200: jsonContent(envelopeOf(postSchema), 'The post'), ...errorResponses },
  }),
  handler: async (c) => {
    const { scope, actor } = c.get('auth');
    const post = await blogService.updatePost(
      c.get('api'),
      scope,
      actor,
      c.req.valid('param').id,
      c.req.valid('json'),
    );
    return c.json(ok(c, post, 'Post updated.'), 200);
  },
});
