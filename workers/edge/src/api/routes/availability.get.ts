import { createRoute } from '@hono/zod-openapi';
import { availabilitySchema, envelopeOf } from '@mewayz/contracts';
import { bookingsService } from '@mewayz/core';
import { bearerSecurity, defineRoute, errorResponses, jsonContent } from '../define-route.ts';
import { ok } from '../envelope.ts';

export const availabilityGet = defineRoute({
  name: 'availability.get',
  access: { scope: 'bookings:read', permission: 'bookings.view' },
  route: createRoute({
    method: 'get',
    path: '/availability',
    tags: ['Bookings'],
    summary: 'The booking calendar',
    description:
      'The IANA time zone, the weekly windows (Monday first, minutes after local midnight) and the date overrides every service is booked from.',
    security: bearerSecurity,
    responses: { 200: jsonContent(envelopeOf(availabilitySchema), 'The calendar'), ...errorResponses },
  }),
  handler: async (c) => c.json(ok(c, await bookingsService.getAvailability(c.get('auth').scope)), 200),
});
