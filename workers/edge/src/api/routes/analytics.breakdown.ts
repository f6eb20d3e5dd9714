import { createRoute, z } from '@hono/zod-openapi';
import { analyticsRangeQuery, breakdownDimensions, breakdownSchema, envelopeOf } from '@mewayz/contracts';
import { analyticsQueries } from '@mewayz/core';
import { bearerSecurity, defineRoute, errorResponses, jsonContent } from '../define-route.ts';
import { ok } from '../envelope.ts';

const params = z.object({
  dimension: z
    .enum(breakdownDimensions)
    .openapi({ param: { name: 'dimension', in: 'path' }, example: 'country' }),
});
const query = analyticsRangeQuery.extend({
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(200)
    .default(50)
    .openapi({ type: 'integer', format: 'int32', minimum: 1, maximum: 200 }),
});

export const analyticsBreakdown = defineRoute({
  name: 'analytics.breakdown',
  access: { scope: 'analytics:read', permission: 'analytics.view' },
  route: createRoute({
    method: 'get',
    path: '/analytics/breakdown/{dimension}',
    tags: ['Analytics'],
    summary: 'Totals by country, device, browser, OS or referrer',
    description:
      'Views, visitors and clicks of the range grouped by one dimension, largest first (`limit` rows, default 50). Filter by `siteId` or `linkId`.',
    security: bearerSecurity,
    request: { params, query },
    responses: { 200: jsonContent(envelopeOf(breakdownSchema), 'The breakdown'), ...errorResponses },
  }),
  handler: async (c) => {
    const result = await analyticsQueries.breakdown(
      c.get('api'),
      c.get('auth').scope,
      c.req.valid('param').dimension,
      c.req.valid('query'),
    );
    return c.json(ok(c, result), 200);
  },
});
