import { createRoute } from '@hono/zod-openapi';
import { bookingSchema, envelopeOf, rescheduleBookingInput } from '@mewayz/contracts';
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

export const bookingsReschedule = defineRoute({
  name: 'bookings.reschedule',
  access: { scope: 'bookings:write', permission: 'bookings.manage' },
  route: createRoute({
    method: 'post',
    path: '/bookings/{id}/reschedule',
    tags: ['Bookings'],
    summary: 'Move a call',
    description:
      'To another free start time of its service (see `/services/{id}/slots`): 422 `slot_unavailable` for a time not offered, 409 `slot_taken` when someone booked it first, 409 `day_full` when that day already has the service’s maximum. The buyer gets the updated invitation.',
    security: bearerSecurity,
    request: { params: idParam('id', 'booking'), ...jsonBody(rescheduleBookingInput) },
    responses: { 200: jsonContent(envelopeOf(bookingSchema), 'The booking'), ...errorResponses },
  }),
  handler: async (c) => {
    const { scope, actor } = c.get('auth');
    const booking = await bookingsService.rescheduleBooking(
      c.get('api'),
      scope,
      actor,
      c.req.valid('param').id,
      c.req.valid('json').startsAt,
    );
    return c.json(ok(c, booking, 'Booking moved.'), 200);
  },
});
