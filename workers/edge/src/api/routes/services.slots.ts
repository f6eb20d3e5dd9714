import { createRoute } from '@hono/zod-openapi';
import { bookingRangeQuery, bookingSlotsOut, envelopeOf } from '@mewayz/contracts';
import { bookingsService } from '@mewayz/core';
import { bearerSecurity, defineRoute, errorResponses, idParam, jsonContent } from '../define-route.ts';
import { ok } from '../envelope.ts';

export const servicesSlots = defineRoute({
  name: 'services.slots',
  access: { scope: 'bookings:read', permission: 'bookings.view' },
  route: createRoute({
    method: 'get',
    path: '/services/{id}/slots',
    tags: ['Bookings'],
    summary: 'Free start times of a service',
    description:
      'Start instants (UTC) a visitor could book now, on the UTC days `from`–`to` (inclusive, at most 92): the calendar’s windows in its zone, less booked and held time with buffers, minimum notice, the daily maximum and the horizon.',
    security: bearerSecurity,
    request: { params: idParam('id', 'bookingService'), query: bookingRangeQuery },
    responses: { 200: jsonContent(envelopeOf(bookingSlotsOut), 'The free slots'), ...errorResponses },
  }),
  handler: async (c) => {
    const { scope } = c.get('auth');
    const q = c.req.valid('query');
    const service = await bookingsService.loadService(scope, c.req.valid('param').id);
    const rules = await bookingsService.loadCalendarRules(scope);
    const slots = await bookingsService.slotsOf(
      c.get('api'),
      scope,
      service,
      { from: Date.parse(`${q.from}T00:00:00Z`), to: Date.parse(`${q.to}T00:00:00Z`) + 86_400_000 },
      rules,
    );
    const out = slots.map((t) => new Date(t).toISOString());
    return c.json(ok(c, { timeZone: rules.timeZone, slots: out, count: out.length }), 200);
  },
});
