import { createRoute } from '@hono/zod-openapi';
import { envelopeOf, postsOut } from '@mewayz/contracts';
import { blogService } from '@mewayz/core';
import { bearerSecurity, defineRoute, errorResponses, idParam, jsonContent } from '../define-route.ts';
import { ok } from '../envelope.ts';

export const postsList = defineRoute({
  name: 'posts.list',
  access: { scope: 'sites:read', permission: 'sites.view' },
  route: createRoute({
    method: 'get',
    path: '/sites/{id}/posts',
    tags: ['Blog'],
    summary: 'A site’s blog posts, newest first',
    description: 'Every post of the site’s blog, drafts and scheduled posts included.',
    security: bearerSecurity,
    request: { params: idParam('id', 'site') },
    responses: { 200: jsonContent(envelopeOf(postsOut), 'The posts'), ...errorResponses },
  }),
  handler: async (c) =>
    c.json(
      ok(c, await blogService.listPosts(c.get('api'), c.get('auth').scope, c.req.valid('param').id)),
      200,
    ),
});
