import { createRoute } from '@hono/zod-openapi';
import { bookingServiceSchema, envelopeOf, updateServiceInput } from '@mewayz/contracts';
import { bookingsService } from '@mewayz/core';
import {
  bearerSecurity,
  defineRoute,
  errorResponses,
  idParam,
  jsonBody,
  jsonContent,
} from '../define-route.ts';
import { ok } from '../envelope.ts';

export const servicesUpdate = defineRoute({
  name: 'services.update',
  access: { scope: 'bookings:write', permission: 'bookings.manage' },
  route: createRoute({
    method: 'patch',
    path: '/services/{id}',
    tags: ['Bookings'],
    summary: 'Change a bookable service',
    description:
      'Changes only the fields sent (at least one). Calls already booked keep their time and length.',
    security: bearerSecurity,
    request: { params: idParam('id', 'bookingService'), ...jsonBody(updateServiceInput) },
    responses: { 200: jsonContent(envelopeOf(bookingServiceSchema), 'The service'), ...errorResponses },
  }),
  handler: async (c) => {
    const { scope, actor } = c.get('auth');
    const service = await bookingsService.updateService(
      c.get('api'),
      scope,
      actor,
      c.req.valid('param').id,
      c.req.valid('json'),
    );
    return c.json(ok(c, service, 'Service updated.'), 200);
  },
});
