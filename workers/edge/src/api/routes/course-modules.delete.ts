import { createRoute } from '@hono/zod-openapi';
import { courseDetailSchema, envelopeOf } from '@mewayz/contracts';
import { coursesService } from '@mewayz/core';
import { bearerSecurity, defineRoute, errorResponses, idParam, jsonContent } from '../define-route.ts';
import { ok } from '../envelope.ts';

export const courseModulesDelete = defineRoute({
  name: 'course-modules.delete',
  access: { scope: 'courses:write', permission: 'commerce.manage' },
  route: createRoute({
    method: 'delete',
    path: '/courses/{id}/modules/{moduleId}',
    tags: ['Courses'],
    summary: 'Delete a module and its lessons',
    description: 'Students’ progress in those lessons goes with them.',
    security: bearerSecurity,
    request: { params: idParam('id', 'course').extend(idParam('moduleId', 'courseModule').shape) },
    responses: { 200: jsonContent(envelopeOf(courseDetailSchema), 'The course'), ...errorResponses },
  }),
  handler: async (c) => {
    const { scope, actor } = c.get('auth');
    const data = await coursesService.deleteModule(
      c.get('api'),
      scope,
      actor,
      c.req.valid('param').id,
      c.req.valid('param').moduleId,
    );
    return c.json(ok(c, data, 'Module deleted.'), 200);
  },
});
