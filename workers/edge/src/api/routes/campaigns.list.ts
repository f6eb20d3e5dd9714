import { createRoute } from '@hono/zod-openapi';
import { campaignSchema, envelopeOf, listOut, MAX_PER_PAGE, paginationQuery } from '@mewayz/contracts';
import { campaignsService } from '@mewayz/core';
import { bearerSecurity, defineRoute, errorResponses, jsonContent } from '../define-route.ts';
import { okPage, pageOf } from '../envelope.ts';

export const campaignsList = defineRoute({
  name: 'campaigns.list',
  access: { scope: 'campaigns:read', permission: 'crm.view' },
  route: createRoute({
    method: 'get',
    path: '/campaigns',
    tags: ['Campaigns'],
    summary: 'Email campaigns, newest first',
    description:
      'Campaigns with their state: `draft`, `scheduled`, `sending`, `paused`, `sent` or `canceled`.',
    security: bearerSecurity,
    request: { query: paginationQuery },
    responses: {
      200: jsonContent(envelopeOf(listOut(campaignSchema, MAX_PER_PAGE)), 'Email campaigns, newest first'),
      ...errorResponses,
    },
  }),
  handler: async (c) => {
    const q = c.req.valid('query');
    const page = await campaignsService.listCampaigns(c.get('api'), c.get('auth').scope, pageOf(q));
    return c.json(okPage(c, page, q), 200);
  },
});
