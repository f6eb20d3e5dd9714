import { createRoute } from '@hono/zod-openapi';
import { bookingSchema, envelopeOf } from '@mewayz/contracts';
import { bookingsService } from '@mewayz/core';
import { bearerSecurity, defineRoute, errorResponses, idParam, jsonContent } from '../define-route.ts';
import { ok } from '../envelope.ts';

export const bookingsGet = defineRoute({
  name: 'bookings.get',
  access: { scope: 'bookings:read', permission: 'bookings.view' },
  route: createRoute({
    method: 'get',
    path: '/bookings/{id}',
    tags: ['Bookings'],
    summary: 'A booked call',
    description:
      'The call with its service, times (UTC), the buyer and the zone they booked from; `orderId` names a paid call’s order.',
    security: bearerSecurity,
    request: { params: idParam('id', 'booking') },
    responses: { 200: jsonContent(envelopeOf(bookingSchema), 'The booking'), ...errorResponses },
  }),
  handler: async (c) =>
    c.json(ok(c, await bookingsService.getBooking(c.get('auth').scope, c.req.valid('param').id)), 200),
});
