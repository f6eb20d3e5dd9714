import { createRoute } from '@hono/zod-openapi';
import { envelopeOf, postSchema, publishPostInput } from '@mewayz/contracts';
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

export const postsPublish = defineRoute({
  name: 'posts.publish',
  access: { scope: 'sites:write', permission: 'sites.edit' },
  route: createRoute({
    method: 'post',
    path: '/posts/{id}/publish',
    tags: ['Blog'],
    summary: 'Publish or schedule a post',
    description:
      'Puts the post on the site’s blog and feeds on the next request, or at `publishedAt` when that is in the future (status `scheduled`). Without `publishedAt` the post keeps the date it has, else it is dated now. Send `{}` for “now”. A site never published shows its blog from its first publish.',
    security: bearerSecurity,
    request: { params: idParam('id', 'post'), ...jsonBody(publishPostInput) },
    responses: { 200: jsonContent(envelopeOf(postSchema), 'The post'), ...errorResponses },
  }),
  handler: async (c) => {
    const { scope, actor } = c.get('auth');
    const post = await blogService.publishPost(
      c.get('api'),
      scope,
      actor,
      c.req.valid('param').id,
      c.req.valid('json'),
    );
    return c.json(ok(c, post, post.status === 'scheduled' ? 'Post scheduled.' : 'Post published.'), 200);
  },
});
