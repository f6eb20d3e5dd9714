import { createRoute } from '@hono/zod-openapi';
import { availabilitySchema, envelopeOf } from '@mewayz/contracts';
import { bookingsService } from '@mewayz/core';
import { bearerSecurity, defineRoute, errorResponses, jsonBody, jsonContent } from '../define-route.ts';
import { ok } from '../envelope.ts';

export const availabilityUpdate = defineRoute({
  name: 'availability.update',
  access: { scope: 'bookings:write', permission: 'bookings.manage' },
  route: createRoute({
    method: 'put',
    path: '/availability',
    tags: ['Bookings'],
    summary: 'Replace the booking calendar',
    description:
      'Sets the zone, the week and the overrides at once (overlapping windows are merged). An override with no windows is a day off. Calls already booked stay.',
    security: bearerSecurity,
    request: jsonBody(availabilitySchema),
    responses: { 200: jsonContent(envelopeOf(availabilitySchema), 'The calendar'), ...errorResponses },
  }),
  handler: async (c) => {
    const { scope, actor } = c.get('auth');
    const out = await bookingsService.setAvailability(c.get('api'), scope, actor, c.req.valid('json'));
    return c.json(ok(c, out, 'Availability saved.'), 200);
  },
});
