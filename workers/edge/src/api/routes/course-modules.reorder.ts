import { createRoute } from '@hono/zod-openapi';
import { courseDetailSchema, envelopeOf, reorderModulesInput } from '@mewayz/contracts';
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

export const courseModulesReorder = defineRoute({
  name: 'course-modules.reorder',
  access: { scope: 'courses:write', permission: 'commerce.manage' },
  route: createRoute({
    method: 'put',
    path: '/courses/{id}/modules/order',
    tags: ['Courses'],
    summary: 'Reorder a course’s modules',
    description: '`moduleIds` must name every module of the course exactly once.',
    security: bearerSecurity,
    request: { params: idParam('id', 'course'), ...jsonBody(reorderModulesInput) },
    responses: { 200: jsonContent(envelopeOf(courseDetailSchema), 'The course'), ...errorResponses },
  }),
  handler: async (c) => {
    const { scope, actor } = c.get('auth');
    const data = await coursesService.reorderModules(
      c.get('api'),
      scope,
      actor,
      c.req.valid('param').id,
      c.req.valid('json'),
    );
    return c.json(ok(c, data, 'Modules reordered.'), 200);
  },
});
