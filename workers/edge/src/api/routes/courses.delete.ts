import { createRoute } from '@hono/zod-openapi';
import { envelopeOf } from '@mewayz/contracts';
import { coursesService } from '@mewayz/core';
import {
  bearerSecurity,
  defineRoute,
  errorResponses,
  idParam,
  jsonContent,
  nullData,
} from '../define-route.ts';
import { ok } from '../envelope.ts';

export const coursesDelete = defineRoute({
  name: 'courses.delete',
  access: { scope: 'courses:write', permission: 'commerce.manage' },
  route: createRoute({
    method: 'delete',
    path: '/courses/{id}',
    tags: ['Courses'],
    summary: 'Delete a course',
    description: 'Its sales page goes at once; enrollments stay for the record.',
    security: bearerSecurity,
    request: { params: idParam('id', 'course') },
    responses: { 200: jsonContent(envelopeOf(nullData), 'Deleted'), ...errorResponses },
  }),
  handler: async (c) => {
    const { scope, actor } = c.get('auth');
    await coursesService.deleteCourse(c.get('api'), scope, actor, c.req.valid('param').id);
    return c.json(ok(c, null, 'Course deleted.'), 200);
  },
});
