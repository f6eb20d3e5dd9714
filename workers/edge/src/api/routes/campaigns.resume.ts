import { createRoute } from '@hono/zod-openapi';
import { campaignSchema, envelopeOf } from '@mewayz/contracts';
import { campaignsService } from '@mewayz/core';
import { bearerSecurity, defineRoute, errorResponses, idParam, jsonContent } from '../define-route.ts';
import { ok } from '../envelope.ts';

export const campaignsResume = defineRoute({
  name: 'campaigns.resume',
  access: { scope: 'campaigns:write', permission: 'crm.manage' },
  route: createRoute({
    method: 'post',
    path: '/campaigns/{id}/resume',
    tags: ['Campaigns'],
    summary: 'Resume a paused campaign',
    description:
      'A started campaign sends to its remaining recipients (each still once); one that had not started waits for its time.',
    security: bearerSecurity,
    request: { params: idParam('id', 'campaign') },
    responses: {
      200: jsonContent(envelopeOf(campaignSchema), 'Resume a paused campaign'),
      ...errorResponses,
    },
  }),
  handler: async (c) => {
    const { scope, actor } = c.get('auth');
    const campaign = await campaignsService.resumeCampaign(
      c.get('api'),
      scope,
      actor,
      c.req.valid('param').id,
    );
    return c.json(ok(c, campaign, 'Campaign resumed.'), 200);
  },
});
