import { createRoute } from '@hono/zod-openapi';
import { createEnrollmentInput, enrollmentSchema, envelopeOf } from '@mewayz/contracts';
import { coursesService } from '@mewayz/core';
import { bearerSecurity, defineRoute, errorResponses, jsonBody, jsonContent } from '../define-route.ts';
import { ok } from '../envelope.ts';

export const enrollmentsCreate = defineRoute({
  name: 'enrollments.create',
  access: { scope: 'courses:write', permission: 'commerce.manage' },
  route: createRoute({
    method: 'post',
    path: '/enrollments',
    tags: ['Enrollments'],
    summary: 'Enroll a student by hand',
    description:
      'Gives `email` access to the course (a revoked enrollment becomes active again; an active one is returned as it is). The student signs in on the site with an emailed link.',
    security: bearerSecurity,
    request: { ...jsonBody(createEnrollmentInput) },
    responses: { 201: jsonContent(envelopeOf(enrollmentSchema), 'The enrollment'), ...errorResponses },
  }),
  handler: async (c) => {
    const { scope, actor } = c.get('auth');
    const data = await coursesService.createEnrollment(c.get('api'), scope, actor, c.req.valid('json'));
    return c.json(ok(c, data, 'Student enrolled.'), 201);
  },
});
