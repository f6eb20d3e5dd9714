import { createRoute } from '@hono/zod-openapi';
import { enrollmentListQuery, enrollmentSchema, envelopeOf, listOut, MAX_PER_PAGE } from '@mewayz/contracts';
import { coursesService } from '@mewayz/core';
import { bearerSecurity, defineRoute, errorResponses, jsonContent } from '../define-route.ts';
import { okPage, pageOf } from '../envelope.ts';

export const enrollmentsList = defineRoute({
  name: 'enrollments.list',
  access: { scope: 'courses:read', permission: 'commerce.view' },
  route: createRoute({
    method: 'get',
    path: '/enrollments',
    tags: ['Enrollments'],
    summary: 'List enrollments',
    description: 'Newest first, with each student’s progress; filter by `courseId` and `status`.',
    security: bearerSecurity,
    request: { query: enrollmentListQuery },
    responses: {
      200: jsonContent(envelopeOf(listOut(enrollmentSchema, MAX_PER_PAGE)), 'A page'),
      ...errorResponses,
    },
  }),
  handler: async (c) => {
    const q = c.req.valid('query');
    const page = await coursesService.listEnrollments(c.get('api'), c.get('auth').scope, q, pageOf(q));
    return c.json(okPage(c, page, q), 200);
  },
});
