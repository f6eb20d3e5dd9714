import { createRoute } from '@hono/zod-openapi';
import { bookingServiceSchema, createServiceInput, envelopeOf } from '@mewayz/contracts';
import { bookingsService } from '@mewayz/core';
import { bearerSecurity, defineRoute, errorResponses, jsonBody, jsonContent } from '../define-route.ts';
import { ok } from '../envelope.ts';

export const servicesCreate = defineRoute({
  name: 'services.create',
  access: { scope: 'bookings:write', permission: 'bookings.manage' },
  route: createRoute({
    method: 'post',
    path: '/services',
    tags: ['Bookings'],
    summary: 'Add a bookable service',
    description:
      'A call of `durationMinutes` (a multiple of 5) booked at `/book/<slug>` on the organization’s sites. `price` 0 is free and confirmed at once; a price goes through checkout. The location detail (video link, phone number, address) is only sent to the buyer.',
    security: bearerSecurity,
    request: jsonBody(createServiceInput),
    responses: { 201: jsonContent(envelopeOf(bookingServiceSchema), 'The new service'), ...errorResponses },
  }),
  handler: async (c) => {
    const { scope, actor } = c.get('auth');
    const service = await bookingsService.createService(c.get('api'), scope, actor, c.req.valid('json'));
    return c.json(ok(c, service, 'Service created.'), 201);
  },
});
