import { createRoute } from '@hono/zod-openapi';
import { bookingRangeQuery, bookingsOut, envelopeOf } from '@mewayz/contracts';
import { bookingsService } from '@mewayz/core';
import { bearerSecurity, defineRoute, errorResponses, jsonContent } from '../define-route.ts';
import { ok } from '../envelope.ts';

export const bookingsList = defineRoute({
  name: 'bookings.list',
  access: { scope: 'bookings:read', permission: 'bookings.view' },
  route: createRoute({
    method: 'get',
    path: '/bookings',
    tags: ['Bookings'],
    summary: 'Booked calls in a range',
    description:
      'Calls starting on the UTC days `from`–`to` (inclusive, at most 92 days), soonest first; `status` filters (`held` is a paid call whose checkout is open).',
    security: bearerSecurity,
    request: { query: bookingRangeQuery },
    responses: { 200: jsonContent(envelopeOf(bookingsOut), 'The bookings'), ...errorResponses },
  }),
  handler: async (c) =>
    c.json(ok(c, await bookingsService.listBookings(c.get('auth').scope, c.req.valid('query'))), 200),
});
