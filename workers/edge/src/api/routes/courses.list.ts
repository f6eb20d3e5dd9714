import { createRoute } from '@hono/zod-openapi';
import { courseSchema, envelopeOf, listOut, MAX_PER_PAGE, paginationQuery } from '@mewayz/contracts';
import { coursesService } from '@mewayz/core';
import { bearerSecurity, defineRoute, errorResponses, jsonContent } from '../define-route.ts';
import { okPage, pageOf } from '../envelope.ts';

export const coursesList = defineRoute({
  name: 'courses.list',
  access: { scope: 'courses:read', permission: 'commerce.view' },
  route: createRoute({
    method: 'get',
    path: '/courses',
    tags: ['Courses'],
    summary: 'List courses',
    description: 'Newest first, drafts included, with how many lessons each has.',
    security: bearerSecurity,
    request: { query: paginationQuery },
    responses: {
      200: jsonContent(envelopeOf(listOut(courseSchema, MAX_PER_PAGE)), 'A page'),
      ...errorResponses,
    },
  }),
  handler: async (c) => {
    const q = c.req.valid('query');
    const page = await coursesService.listCourses(c.get('api'), c.get('auth').scope, pageOf(q));
    return c.json(okPage(c, page, q), 200);
  },
});
