import { createRoute } from '@hono/zod-openapi';
import { bookingServiceSchema, envelopeOf } from '@mewayz/contracts';
import { bookingsService } from '@mewayz/core';
import { bearerSecurity, defineRoute, errorResponses, idParam, jsonContent } from '../define-route.ts';
import { ok } from '../envelope.ts';

export const servicesGet = defineRoute({
  name: 'services.get',
  access: { scope: 'bookings:read', permission: 'bookings.view' },
  route: createRoute({
    method: 'get',
    path: '/services/{id}',
    tags: ['Bookings'],
    summary: 'A bookable service',
    description: 'The service with its length, price, buffer, notice, daily maximum, horizon and location.',
    security: bearerSecurity,
    request: { params: idParam('id', 'bookingService') },
    responses: { 200: jsonContent(envelopeOf(bookingServiceSchema), 'The service'), ...errorResponses },
  }),
  handler: async (c) =>
    c.json(ok(c, await bookingsService.getService(c.get('auth').scope, c.req.valid('param').id)), 200),
});
