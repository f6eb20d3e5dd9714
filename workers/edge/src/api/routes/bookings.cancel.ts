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
      'Frees its time at once and emails the buyer a cancellation (with a CANCEL invitation). Cancelling a cancelled call changes nothing. A paid call’s refund is a separate request (`/orders/{id}/refunds`).',
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
