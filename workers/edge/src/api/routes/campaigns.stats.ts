import { createRoute } from '@hono/zod-openapi';
import { campaignStatsSchema, envelopeOf } from '@mewayz/contracts';
import { campaignsService } from '@mewayz/core';
import { bearerSecurity, defineRoute, errorResponses, idParam, jsonContent } from '../define-route.ts';
import { ok } from '../envelope.ts';

export const campaignsStats = defineRoute({
  name: 'campaigns.stats',
  access: { scope: 'campaigns:read', permission: 'crm.view' },
  route: createRoute({
    method: 'get',
    path: '/campaigns/{id}/stats',
    tags: ['Campaigns'],
    summary: 'A campaign’s results',
    description:
      'Recipients, sent, delivered, opens (people only: Apple Mail Privacy Protection and scanners are counted apart as `machineOpens`), unique clicks, unsubscribes, bounces and complaints.',
    security: bearerSecurity,
    request: { params: idParam('id', 'campaign') },
    responses: {
      200: jsonContent(envelopeOf(campaignStatsSchema), 'A campaign’s results'),
      ...errorResponses,
    },
  }),
  handler: async (c) => {
    const stats = await campaignsService.campaignStats(
      c.get('api'),
      c.get('auth').scope,
      c.req.valid('param').id,
    );
    return c.json(ok(c, stats), 200);
  },
});
