import { createRoute } from '@hono/zod-openapi';
import { envelopeOf, salesQuery, salesReportSchema } from '@mewayz/contracts';
import { commerceService } from '@mewayz/core';
import { bearerSecurity, defineRoute, errorResponses, jsonContent } from '../define-route.ts';
import { ok } from '../envelope.ts';

export const salesReport = defineRoute({
  name: 'sales.report',
  access: { scope: 'commerce:read', permission: 'commerce.view' },
  route: createRoute({
    method: 'get',
    path: '/sales',
    tags: ['Commerce'],
    summary: 'Revenue per day and the funnel of each product',
    description:
      'Per currency: paid orders, revenue and refunds per UTC day of payment (every day of the range present). Per product: views of its page, checkouts started and paid over the same days. Ranges up to 366 days; default the last 30. Filter by `siteId`.',
    security: bearerSecurity,
    request: { query: salesQuery },
    responses: { 200: jsonContent(envelopeOf(salesReportSchema), 'The report'), ...errorResponses },
  }),
  handler: async (c) =>
    c.json(
      ok(c, await commerceService.salesReport(c.get('api'), c.get('auth').scope, c.req.valid('query'))),
      200,
    ),
});
