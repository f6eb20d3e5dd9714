import { createRoute } from '@hono/zod-openapi';
import { enrollmentSchema, envelopeOf } from '@mewayz/contracts';
import { coursesService } from '@mewayz/core';
import { bearerSecurity, defineRoute, errorResponses, idParam, jsonContent } from '../define-route.ts';
import { ok } from '../envelope.ts';

export const enrollmentsRevoke = defineRoute({
  name: 'enrollments.revoke',
  access: { scope: 'courses:write', permission: 'commerce.manage' },
  route: createRoute({
    method: 'post',
    path: '/enrollments/{id}/revoke',
    tags: ['Enrollments'],
    summary: 'Revoke an enrollment',
    description: 'The student loses access at once; progress is kept should access come back.',
    security: bearerSecurity,
    request: { params: idParam('id', 'enrollment') },
    responses: { 200: jsonContent(envelopeOf(enrollmentSchema), 'The enrollment'), ...errorResponses },
  }),
  handler: async (c) => {
    const { scope, actor } = c.get('auth');
    const data = await coursesService.revokeEnrollment(c.get('api'), scope, actor, c.req.valid('param').id);
    return c.json(ok(c, data, 'Enrollment revoked.'), 200);
  },
});
