import { createRoute } from '@hono/zod-openapi';
import { courseDetailSchema, envelopeOf, updateLessonInput } from '@mewayz/contracts';
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

export const courseLessonsUpdate = defineRoute({
  name: 'course-lessons.update',
  access: { scope: 'courses:write', permission: 'commerce.manage' },
  route: createRoute({
    method: 'patch',
    path: '/courses/{id}/lessons/{lessonId}',
    tags: ['Courses'],
    summary: 'Update a lesson',
    description:
      'Changes only the fields sent (at least one); a new `moduleId` moves it to the end of that module. Setting one drip rule clears the other.',
    security: bearerSecurity,
    request: {
      params: idParam('id', 'course').extend(idParam('lessonId', 'courseLesson').shape),
      ...jsonBody(updateLessonInput),
    },
    responses: { 200: jsonContent(envelopeOf(courseDetailSchema), 'The course'), ...errorResponses },
  }),
  handler: async (c) => {
    const { scope, actor } = c.get('auth');
    const data = await coursesService.updateLesson(
      c.get('api'),
      scope,
      actor,
      c.req.valid('param').id,
      c.req.valid('param').lessonId,
      c.req.valid('json'),
    );
    return c.json(ok(c, data, 'Lesson updated.'), 200);
  },
});
