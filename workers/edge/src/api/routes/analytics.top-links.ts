import { createRoute, z } from '@hono/zod-openapi';
import { analyticsRangeQuery, envelopeOf, topLinksSchema } from '@mewayz/contracts';
import { analyticsQueries } from '@mewayz/core';
import { bearerSecurity, defineRoute, errorResponses, jsonContent } from '../define-route.ts';
import { ok } from '../envelope.ts';

const query = analyticsRangeQuery.omit({ linkId: true }).extend({
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(100)
    .default(10)
    .openapi({ type: 'integer', format: 'int32', minimum: 1, maximum: 100 }),
});

export const analyticsTopLinks = defineRoute({
  name: 'analytics.top-links',
  access: { scope: 'analytics:read', permission: 'analytics.view' },
  route: createRoute({
    method: 'get',
    path: '/analytics/top-links',
    tags: ['Analytics'],
    summary: 'Most clicked links (site link blocks and short links)',
    description:
      'Clicks of the range per link, most clicked first (`limit`, default 10): link blocks of sites and short links alike. Filter by `siteId`.',
    security: bearerSecurity,
    request: { query },
    responses: { 200: jsonContent(envelopeOf(topLinksSchema), 'The links'), ...errorResponses },
  }),
  handler: async (c) =>
    c.json(
      ok(c, await analyticsQueries.topLinks(c.get('api'), c.get('auth').scope, c.req.valid('query'))),
      200,
    ),
});
