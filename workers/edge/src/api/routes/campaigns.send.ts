import { createRoute } from '@hono/zod-openapi';
import { campaignSchema, envelopeOf } from '@mewayz/contracts';
import { campaignsService } from '@mewayz/core';
import { bearerSecurity, defineRoute, errorResponses, idParam, jsonContent } from '../define-route.ts';
import { ok } from '../envelope.ts';

export const campaignsSend = defineRoute({
  name: 'campaigns.send',
  access: { scope: 'campaigns:write', permission: 'crm.manage' },
  route: createRoute({
    method: 'post',
    path: '/campaigns/{id}/send',
    tags: ['Campaigns'],
    summary: 'Send a campaign now',
    description:
      'Schedules it for now: sending starts within a minute and goes out in batches at the organization’s rate.',
    security: bearerSecurity,
    request: { params: idParam('id', 'campaign') },
    responses: { 200: jsonContent(envelopeOf(campaignSchema), 'Send a campaign now'), ...errorResponses },
  }),
  handler: async (c) => {
    const { scope, actor } = c.get('auth');
    const campaign = await campaignsService.sendCampaignNow(
      c.get('api'),
      scope,
      actor,
      c.req.valid('param').id,
    );
    return c.json(ok(c, campaign, 'Campaign sending.'), 200);
  },
});
