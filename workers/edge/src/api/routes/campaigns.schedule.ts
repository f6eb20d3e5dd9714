import { createRoute } from '@hono/zod-openapi';
import { campaignSchema, envelopeOf, scheduleCampaignInput } from '@mewayz/contracts';
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

export const campaignsSchedule = defineRoute({
  name: 'campaigns.schedule',
  access: { scope: 'campaigns:write', permission: 'crm.manage' },
  route: createRoute({
    method: 'post',
    path: '/campaigns/{id}/schedule',
    tags: ['Campaigns'],
    summary: 'Schedule a campaign',
    description:
      'Sends at `at` (within a year). Needs the organization’s postal address: 409 without, since every footer shows it.',
    security: bearerSecurity,
    request: { params: idParam('id', 'campaign'), ...jsonBody(scheduleCampaignInput) },
    responses: { 200: jsonContent(envelopeOf(campaignSchema), 'Schedule a campaign'), ...errorResponses },
  }),
  handler: async (c) => {
    const { scope, actor } = c.get('auth');
    const campaign = await campaignsService.scheduleCampaign(
      c.get('api'),
      scope,
      actor,
      c.req.valid('param').id,
      c.req.valid('json'),
    );
    return c.json(ok(c, campaign, 'Campaign scheduled.'), 200);
  },
});
