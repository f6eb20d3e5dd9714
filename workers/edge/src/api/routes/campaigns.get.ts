import { createRoute } from '@hono/zod-openapi';
import { campaignSchema, envelopeOf } from '@mewayz/contracts';
import { campaignsService } from '@mewayz/core';
import { bearerSecurity, defineRoute, errorResponses, idParam, jsonContent } from '../define-route.ts';
import { ok } from '../envelope.ts';

export const campaignsGet = defineRoute({
  name: 'campaigns.get',
  access: { scope: 'campaigns:read', permission: 'crm.view' },
  route: createRoute({
    method: 'get',
    path: '/campaigns/{id}',
    tags: ['Campaigns'],
    summary: 'One campaign',
    description: 'The campaign and its state.',
    security: bearerSecurity,
    request: { params: idParam('id', 'campaign') },
    responses: { 200: jsonContent(envelopeOf(campaignSchema), 'One campaign'), ...errorResponses },
  }),
  handler: async (c) => {
    const campaign = await campaignsService.getCampaign(
      c.get('api'),
      c.get('auth').scope,
      c.req.valid('param').id,
    );
    return c.json(ok(c, campaign), 200);
  },
});
