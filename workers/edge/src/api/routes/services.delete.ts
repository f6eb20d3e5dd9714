import { createRoute } from '@hono/zod-openapi';
import { envelopeOf } from '@mewayz/contracts';
import { bookingsService } from '@mewayz/core';
import {
  bearerSecurity,
  defineRoute,
  errorResponses,
  idParam,
  jsonContent,
  nullData,
} from '../define-route.ts';
import { ok } from '../envelope.ts';

export const servicesDelete = defineRoute({
  name: 'services.delete',
  access: { scope: 'bookings:write', permission: 'bookings.manage' },
  route: createRoute({
    method: 'delete',
    path: '/services/{id}',
    tags: ['Bookings'],
    summary: 'Delete a bookable service',
    description:
      'Its booking page stops taking bookings and its address is free again; calls already booked stay.',
    security: bearerSecurity,
    request: { params: idParam('id', 'bookingService') },
    responses: { 200: jsonContent(envelopeOf(nullData), 'Deleted'), ...errorResponses },
  }),
  handler: async (c) => {
    const { scope, actor } = c.get('auth');
    await bookingsService.deleteService(c.get('api'), scope, actor, c.req.valid('param').id);
    return c.json(ok(c, null, 'Service deleted.'), 200);
  },
});
