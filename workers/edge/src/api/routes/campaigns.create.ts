import { createRoute } from '@hono/zod-openapi';
import { campaignSchema, createCampaignInput, envelopeOf } from '@mewayz/contracts';
import { campaignsService } from '@mewayz/core';
import { bearerSecurity, defineRoute, errorResponses, jsonBody, jsonContent } from '../define-route.ts';
import { ok } from '../envelope.ts';

export const campaignsCreate = defineRoute({
  name: 'campaigns.create',
  access: { scope: 'campaigns:write', permission: 'crm.manage' },
  route: createRoute({
    method: 'post',
    path: '/campaigns',
    tags: ['Campaigns'],
    summary: 'Create a campaign (a draft)',
    description:
      'A template sent to a segment, or to contacts with any of some tags; only subscribed contacts whose address is not suppressed receive it.',
    security: bearerSecurity,
    request: jsonBody(createCampaignInput),
    responses: {
      201: jsonContent(envelopeOf(campaignSchema), 'Create a campaign (a draft)'),
      ...errorResponses,
    },
  }),
  handler: async (c) => {
    const { scope, actor } = c.get('auth');
    const campaign = await campaignsService.createCampaign(c.get('api'), scope, actor, c.req.valid('json'));
    return c.json(ok(c, campaign, 'Campaign created.'), 201);
  },
});
