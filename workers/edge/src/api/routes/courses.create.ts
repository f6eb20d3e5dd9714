import { createRoute } from '@hono/zod-openapi';
import { courseDetailSchema, createCourseInput, envelopeOf } from '@mewayz/contracts';
import { coursesService } from '@mewayz/core';
import { bearerSecurity, defineRoute, errorResponses, jsonBody, jsonContent } from '../define-route.ts';
import { ok } from '../envelope.ts';

export const coursesCreate = defineRoute({
  name: 'courses.create',
  access: { scope: 'courses:write', permission: 'commerce.manage' },
  route: createRoute({
    method: 'post',
    path: '/courses',
    tags: ['Courses'],
    summary: 'Create a course',
    description: 'A draft unless `status` says otherwise; `price` 0 makes it free. A taken slug answers 409.',
    security: bearerSecurity,
    request: { ...jsonBody(createCourseInput) },
    responses: { 201: jsonContent(envelopeOf(courseDetailSchema), 'The course'), ...errorResponses },
  }),
  handler: async (c) => {
    const { scope, actor } = c.get('auth');
    const data = await coursesService.createCourse(c.get('api'), scope, actor, c.req.valid('json'));
    return c.json(ok(c, data, 'Course created.'), 201);
  },
});
