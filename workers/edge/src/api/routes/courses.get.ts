import { createRoute } from '@hono/zod-openapi';
import { courseDetailSchema, envelopeOf } from '@mewayz/contracts';
import { coursesService } from '@mewayz/core';
import { bearerSecurity, defineRoute, errorResponses, idParam, jsonContent } from '../define-route.ts';
import { ok } from '../envelope.ts';

export const coursesGet = defineRoute({
  name: 'courses.get',
  access: { scope: 'courses:read', permission: 'commerce.view' },
  route: createRoute({
    method: 'get',
    path: '/courses/{id}',
    tags: ['Courses'],
    summary: 'Get a course with its modules and lessons',
    description: 'Modules in order, each with its lessons in order.',
    security: bearerSecurity,
    request: { params: idParam('id', 'course') },
    responses: { 200: jsonContent(envelopeOf(courseDetailSchema), 'The course'), ...errorResponses },
  }),
  handler: async (c) => {
    const { scope } = c.get('auth');
    const data = await coursesService.getCourse(c.get('api'), scope, c.req.valid('param').id);
    return c.json(ok(c, data), 200);
  },
});
