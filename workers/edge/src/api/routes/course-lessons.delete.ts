import { createRoute } from '@hono/zod-openapi';
import { courseDetailSchema, envelopeOf } from '@mewayz/contracts';
import { coursesService } from '@mewayz/core';
import { bearerSecurity, defineRoute, errorResponses, idParam, jsonContent } from '../define-route.ts';
import { ok } from '../envelope.ts';

export const courseLessonsDelete = defineRoute({
  name: 'course-lessons.delete',
  access: { scope: 'courses:write', permission: 'commerce.manage' },
  route: createRoute({
    method: 'delete',
    path: '/courses/{id}/lessons/{lessonId}',
    tags: ['Courses'],
    summary: 'Delete a lesson',
    description: 'Students’ progress in it goes with it.',
    security: bearerSecurity,
    request: { params: idParam('id', 'course').extend(idParam('lessonId', 'courseLesson').shape) },
    responses: { 200: jsonContent(envelopeOf(courseDetailSchema), 'The course'), ...errorResponses },
  }),
  handler: async (c) => {
    const { scope, actor } = c.get('auth');
    const data = await coursesService.deleteLesson(
      c.get('api'),
      scope,
      actor,
      c.req.valid('param').id,
      c.req.valid('param').lessonId,
    );
    return c.json(ok(c, data, 'Lesson deleted.'), 200);
  },
});
