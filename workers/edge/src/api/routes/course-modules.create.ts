import { createRoute } from '@hono/zod-openapi';
import { courseDetailSchema, createModuleInput, envelopeOf } from '@mewayz/contracts';
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

export const courseModulesCreate = defineRoute({
  name: 'course-modules.create',
  access: { scope: 'courses:write', permission: 'commerce.manage' },
  route: createRoute({
    method: 'post',
    path: '/courses/{id}/modules',
    tags: ['Courses'],
    summary: 'Add a module to a course',
    description: 'Appended after the last module.',
    security: bearerSecurity,
    request: { params: idParam('id', 'course'), ...jsonBody(createModuleInput) },
    responses: { 201: jsonContent(envelopeOf(courseDetailSchema), 'The course'), ...errorResponses },
  }),
  handler: async (c) => {
    const { scope, actor } = c.get('auth');
    const data = await coursesService.createModule(
      c.get('api'),
      scope,
      actor,
      c.req.valid('param').id,
      c.req.valid('json'),
    );
    return c.json(ok(c, data, 'Module added.'), 201);
  },
});
