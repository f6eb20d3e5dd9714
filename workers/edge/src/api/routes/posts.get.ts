import { createRoute } from '@hono/zod-openapi';
import { envelopeOf, postSchema } from '@mewayz/contracts';
import { blogService } from '@mewayz/core';
import { bearerSecurity, defineRoute, errorResponses, idParam, jsonContent } from '../define-route.ts';
import { ok } from '../envelope.ts';

export const postsGet = defineRoute({
  name: 'posts.get',
  access: { scope: 'sites:read', permission: 'sites.view' },
  route: createRoute({
    method: 'get',
    path: '/posts/{id}',
    tags: ['Blog'],
    summary: 'A blog post',
    description:
      'One post of a site’s blog with its Markdown, status (`draft`, `published` or `scheduled`) and reading time.',
    security: bearerSecurity,
    request: { params: idParam('id', 'post') },
    responses: { 200: jsonContent(envelopeOf(postSchema), 'The post'), ...errorResponses },
  }),
  handler: async (c) =>
    c.json(ok(c, await blogService.getPost(c.get('api'), c.get('auth').scope, c.req.valid('param').id)), 200),
});
