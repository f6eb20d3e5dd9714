import { createRoute } from '@hono/zod-openapi';
import { courseDetailSchema, envelopeOf, updateCourseInput } from '@mewayz/contracts';
import { coursesService } from '@mewayz/core';
import {
  bearerSecurity,
  defineRoute,
  errorResponses,
  idParam,
  jsonBody,
  jsonContent,
} from '../define-route.ts';
import { ok } from '../envelope.ts';

export const coursesUpdate = defineRoute({
  name: 'courses.update',
  access: { scope: 'courses:write', permission: 'commerce.manage' },
  route: createRoute({
    method: 'patch',
    path: '/courses/{id}',
    tags: ['Courses'],
    summary: 'Update a course',
    description:
      'Changes only the fields sent (at least one). Publishing puts it on the sites’ sales pages at once.',
    security: bearerSecurity,
    request: { params: idParam('id', 'course'), ...jsonBody(updateCourseInput) },
    responses: { 200: jsonContent(envelopeOf(courseDetailSchema), 'The course'), ...errorResponses },
  }),
  handler: async (c) => {
    const { scope, actor } = c.get('auth');
    const data = await coursesService.updateCourse(
      c.get('api'),
      scope,
      actor,
      c.req.valid('param').id,
      c.req.valid('json'),
    );
    return c.json(ok(c, data, 'Course updated.'), 200);
  },
});
