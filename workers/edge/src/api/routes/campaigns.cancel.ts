import { createRoute } from '@hono/zod-openapi';
import { campaignSchema, envelopeOf } from '@mewayz/contracts';
import { campaignsService } from '@mewayz/core';
import { bearerSecurity, defineRoute, errorResponses, idParam, jsonContent } from '../define-route.ts';
import { ok } from '../envelope.ts';

export const campaignsCancel = defineRoute({
  name: 'campaigns.cancel',
  access: { scope: 'campaigns:write', permission: 'crm.manage' },
  route: createRoute({
    method: 'post',
    path: '/campaigns/{id}/cancel',
    tags: ['Campaigns'],
    summary: 'Cancel a campaign',
    description: 'For good: recipients not sent to yet never are.',
    security: bearerSecurity,
    request: { params: idParam('id', 'campaign') },
    responses: { 200: jsonContent(envelopeOf(campaignSchema), 'Cancel a campaign'), ...errorResponses },
  }),
  handler: async (c) => {
    const { scope, actor } = c.get('auth');
    const campaign = await campaignsService.cancelCampaign(
      c.get('api'),
      scope,
      actor,
      c.req.valid('param').id,
    );
    return c.json(ok(c, campaign, 'Campaign canceled.'), 200);
  },
});
