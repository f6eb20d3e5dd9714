import { createRoute } from '@hono/zod-openapi';
import { courseDetailSchema, createLessonInput, envelopeOf } from '@mewayz/contracts';
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

export const courseLessonsCreate = defineRoute({
  name: 'course-lessons.create',
  access: { scope: 'courses:write', permission: 'commerce.manage' },
  route: createRoute({
    method: 'post',
    path: '/courses/{id}/lessons',
    tags: ['Courses'],
    summary: 'Add a lesson to a module',
    description:
      'Appended to `moduleId`. Content is Markdown (the safe subset of text blocks); `videoUrl` a YouTube or Vimeo link; drip by `dripDays` after enrolment or on `dripAt`, not both.',
    security: bearerSecurity,
    request: { params: idParam('id', 'course'), ...jsonBody(createLessonInput) },
    responses: { 201: jsonContent(envelopeOf(courseDetailSchema), 'The course'), ...errorResponses },
  }),
  handler: async (c) => {
    const { scope, actor } = c.get('auth');
    const data = await coursesService.createLesson(
      c.get('api'),
      scope,
      actor,
      c.req.valid('param').id,
      c.req.valid('json'),
    );
    return c.json(ok(c, data, 'Lesson added.'), 201);
  },
});
