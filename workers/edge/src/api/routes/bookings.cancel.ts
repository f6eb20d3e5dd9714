import { createRoute } from '@hono/zod-openapi';
import { bookingSchema, cancelBookingInput, envelopeOf } from '@mewayz/contracts';
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

export const bookingsCancel = defineRoute({
  name: 'bookings.cancel',
  access: { scope: 'bookings:write', permission: 'bookings.manage' },
  route: createRoute({
    method: 'post',
    path: '/bookings/{id}/cancel',
    tags: ['Bookings'],
    summary: 'Cancel a call',
    description:
      'Frees its time at once and emails the buyer a cancellation (with a CANCEL invitation). A paid call is refunded in full through Stripe (its order follows once Stripe confirms the refund). Cancelling a cancelled call changes nothing.',
    security: bearerSecurity,
    request: { params: idParam('id', 'booking'), ...jsonBody(cancelBookingInput) },
    responses: { 200: jsonContent(envelopeOf(bookingSchema), 'The booking'), ...errorResponses },
  }),
  handler: async (c) => {
    const { scope, actor } = c.get('auth');
    const booking = await bookingsService.cancelBooking(c.get('api'), scope, actor, c.req.valid('param').id);
    return c.json(ok(c, booking, 'Booking cancelled.'), 200);
  },
});
