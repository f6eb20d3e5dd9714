import { createRoute } from '@hono/zod-openapi';
import { courseDetailSchema, envelopeOf, updateModuleInput } from '@mewayz/contracts';
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

export const courseModulesUpdate = defineRoute({
  name: 'course-modules.update',
  access: { scope: 'courses:write', permission: 'commerce.manage' },
  route: createRoute({
    method: 'patch',
    path: '/courses/{id}/modules/{moduleId}',
    tags: ['Courses'],
    summary: 'Rename a module',
    description: 'Changes only the fields sent (at least one).',
    security: bearerSecurity,
    request: {
      params: idParam('id', 'course').extend(idParam('moduleId', 'courseModule').shape),
      ...jsonBody(updateModuleInput),
    },
    responses: { 200: jsonContent(envelopeOf(courseDetailSchema), 'The course'), ...errorResponses },
  }),
  handler: async (c) => {
    const { scope, actor } = c.get('auth');
    const data = await coursesService.updateModule(
      c.get('api'),
      scope,
      actor,
      c.req.valid('param').id,
      c.req.valid('param').moduleId,
      c.req.valid('json'),
    );
    return c.json(ok(c, data, 'Module updated.'), 200);
  },
});
