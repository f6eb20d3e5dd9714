import { createRoute, z } from '@hono/zod-openapi';
import { envelopeOf, urlOut } from '@mewayz/contracts';
import { bookingsService, publicOrigin } from '@mewayz/core';
import { bearerSecurity, defineRoute, errorResponses, jsonContent } from '../define-route.ts';
import { ok } from '../envelope.ts';

const feedOut = z.object({ url: urlOut }).openapi('CalendarFeed');

export const calendarFeedRotate = defineRoute({
  name: 'calendar-feed.rotate',
  access: { scope: 'bookings:write', permission: 'bookings.manage' },
  route: createRoute({
    method: 'post',
    path: '/calendar-feed',
    tags: ['Bookings'],
    summary: 'Make a new secret calendar feed URL',
    description:
      'An iCalendar feed of the confirmed calls (30 days back, a year ahead) for Google or Apple calendar subscriptions, at a secret URL. Each call makes a new URL and the old one stops working at once.',
    security: bearerSecurity,
    responses: { 200: jsonContent(envelopeOf(feedOut), 'The feed URL'), ...errorResponses },
  }),
  handler: async (c) => {
    const { scope, actor } = c.get('auth');
    const deps = c.get('api');
    const secret = await bookingsService.rotateFeedSecret(deps, scope, actor);
    const url = `${publicOrigin(deps.config, deps.config.rootDomain)}/calendar/${secret}.ics`;
    return c.json(ok(c, { url }, 'Feed URL made.'), 200);
  },
});
