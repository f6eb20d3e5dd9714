import { createRoute } from '@hono/zod-openapi';
import { analyticsRangeQuery, envelopeOf, timeseriesSchema } from '@mewayz/contracts';
import { analyticsQueries } from '@mewayz/core';
import { bearerSecurity, defineRoute, errorResponses, jsonContent } from '../define-route.ts';
import { ok } from '../envelope.ts';

export const analyticsTimeseries = defineRoute({
  name: 'analytics.timeseries',
  access: { scope: 'analytics:read', permission: 'analytics.view' },
  route: createRoute({
    method: 'get',
    path: '/analytics/timeseries',
    tags: ['Analytics'],
    summary: 'Views, visitors, clicks and bots per day',
    description:
      'Every day of the range is present (zero-filled). Ranges up to 366 days; default the last 30. Filter by `siteId` or `linkId`.',
    security: bearerSecurity,
    request: { query: analyticsRangeQuery },
    responses: { 200: jsonContent(envelopeOf(timeseriesSchema), 'The series'), ...errorResponses },
  }),
  handler: async (c) =>
    c.json(
      ok(c, await analyticsQueries.timeseries(c.get('api'), c.get('auth').scope, c.req.valid('query'))),
      200,
    ),
});
