import { createRoute } from '@hono/zod-openapi';
import { campaignSchema, envelopeOf, updateCampaignInput } from '@mewayz/contracts';
import { campaignsService } from '@mewayz/core';
import {
  bearerSecurity,
  defineRoute,
  errorResponses,
  idParam,
  jsonBody,
  jsonContent,
} from '../define-route.ts';
import { ok } from '../envelope.ts';

export const campaignsUpdate = defineRoute({
  name: 'campaigns.update',
  access: { scope: 'campaigns:write', permission: 'crm.manage' },
  route: createRoute({
    method: 'patch',
    path: '/campaigns/{id}',
    tags: ['Campaigns'],
    summary: 'Change a draft or scheduled campaign',
    description:
      'Changes only the fields sent (at least one). A campaign that started sending cannot be changed (409).',
    security: bearerSecurity,
    request: { params: idParam('id', 'campaign'), ...jsonBody(updateCampaignInput) },
    responses: {
      200: jsonContent(envelopeOf(campaignSchema), 'Change a draft or scheduled campaign'),
      ...errorResponses,
    },
  }),
  handler: async (c) => {
    const { scope, actor } = c.get('auth');
    const campaign = await campaignsService.updateCampaign(
      c.get('api'),
      scope,
      actor,
      c.req.valid('param').id,
      c.req.valid('json'),
    );
    return c.json(ok(c, campaign, 'Campaign updated.'), 200);
  },
});
