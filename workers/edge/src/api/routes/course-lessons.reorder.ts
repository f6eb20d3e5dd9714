import { createRoute } from '@hono/zod-openapi';
import { courseDetailSchema, envelopeOf, reorderLessonsInput } from '@mewayz/contracts';
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

export const courseLessonsReorder = defineRoute({
  name: 'course-lessons.reorder',
  access: { scope: 'courses:write', permission: 'commerce.manage' },
  route: createRoute({
    method: 'put',
    path: '/courses/{id}/modules/{moduleId}/lessons/order',
    tags: ['Courses'],
    summary: 'Reorder a module’s lessons',
    description: '`lessonIds` must name every lesson of the module exactly once.',
    security: bearerSecurity,
    request: {
      params: idParam('id', 'course').extend(idParam('moduleId', 'courseModule').shape),
      ...jsonBody(reorderLessonsInput),
    },
    responses: { 200: jsonContent(envelopeOf(courseDetailSchema), 'The course'), ...errorResponses },
  }),
  handler: async (c) => {
    const { scope, actor } = c.get('auth');
    const data = await coursesService.reorderLessons(
      c.get('api'),
      scope,
      actor,
      c.req.valid('param').id,
      c.req.valid('param').moduleId,
      c.req.valid('json'),
    );
    return c.json(ok(c, data, 'Lessons reordered.'), 200);
  },
});
