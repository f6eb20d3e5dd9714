import { createRoute } from '@hono/zod-openapi';
import { createPostInput, envelopeOf, postSchema } from '@mewayz/contracts';
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

export const postsCreate = defineRoute({
  name: 'posts.create',
  access: { scope: 'sites:write', permission: 'sites.edit' },
  route: createRoute({
    method: 'post',
    path: '/sites/{id}/posts',
    tags: ['Blog'],
    summary: 'Write a post',
    description:
      'A draft post at `/blog/<slug>` of the site (the slug comes from the title when none is given; 409 `slug_taken` when another post has it). `body` is Markdown (at most 40 000 characters); the reading time is computed from it. Publish it with `POST /posts/{id}/publish`.',
    security: bearerSecurity,
    request: { params: idParam('id', 'site'), ...jsonBody(createPostInput) },
    responses: { 201: jsonContent(envelopeOf(postSchema), 'The new post'), ...errorResponses },
  }),
  handler: async (c) => {
    const { scope, actor } = c.get('auth');
    const post = await blogService.createPost(
      c.get('api'),
      scope,
      actor,
      c.req.valid('param').id,
      c.req.valid('json'),
    );
    return c.json(ok(c, post, 'Post created.'), 201);
  },
});
