import { createRoute } from '@hono/zod-openapi';
import { bookingServicesOut, envelopeOf } from '@mewayz/contracts';
import { bookingsService } from '@mewayz/core';
import { bearerSecurity, defineRoute, errorResponses, jsonContent } from '../define-route.ts';
import { ok } from '../envelope.ts';

export const servicesList = defineRoute({
  name: 'services.list',
  access: { scope: 'bookings:read', permission: 'bookings.view' },
  route: createRoute({
    method: 'get',
    path: '/services',
    tags: ['Bookings'],
    summary: 'Bookable services',
    description: 'Every 1:1 service of the organization (coaching calls and the like), by name.',
    security: bearerSecurity,
    responses: { 200: jsonContent(envelopeOf(bookingServicesOut), 'The services'), ...errorResponses },
  }),
  handler: async (c) => c.json(ok(c, await bookingsService.listServices(c.get('auth').scope)), 200),
});
