import { createRoute } from '@hono/zod-openapi';
import { campaignSchema, envelopeOf } from '@mewayz/contracts';
import { campaignsService } from '@mewayz/core';
import { bearerSecurity, defineRoute, errorResponses, idParam, jsonContent } from '../define-route.ts';
import { ok } from '../envelope.ts';

export const campaignsPause = defineRoute({
  name: 'campaigns.pause',
  access: { scope: 'campaigns:write', permission: 'crm.manage' },
  route: createRoute({
    method: 'post',
    path: '/campaigns/{id}/pause',
    tags: ['Campaigns'],
    summary: 'Pause a scheduled or sending campaign',
    description: 'Emails already handed to the provider go out; nothing new is sent until it is resumed.',
    security: bearerSecurity,
    request: { params: idParam('id', 'campaign') },
    responses: {
      200: jsonContent(envelopeOf(campaignSchema), 'Pause a scheduled or sending campaign'),
      ...errorResponses,
    },
  }),
  handler: async (c) => {
    const { scope, actor } = c.get('auth');
    const campaign = await campaignsService.pauseCampaign(
      c.get('api'),
      scope,
      actor,
      c.req.valid('param').id,
    );
    return c.json(ok(c, campaign, 'Campaign paused.'), 200);
  },
});
