import { createRoute } from '@hono/zod-openapi';
import { audienceCountSchema, campaignAudienceSchema, envelopeOf } from '@mewayz/contracts';
import { campaignsService } from '@mewayz/core';
import { bearerSecurity, defineRoute, errorResponses, jsonBody, jsonContent } from '../define-route.ts';
import { ok } from '../envelope.ts';

export const campaignsAudienceCount = defineRoute({
  name: 'campaigns.audience-count',
  access: { scope: 'campaigns:read', permission: 'crm.view' },
  route: createRoute({
    method: 'post',
    path: '/campaigns/audience-count',
    tags: ['Campaigns'],
    summary: 'How many contacts an audience reaches now',
    description:
      'Counts the subscribed, unsuppressed contacts of a segment or of tags in the database; saves nothing.',
    security: bearerSecurity,
    request: jsonBody(campaignAudienceSchema),
    responses: {
      200: jsonContent(envelopeOf(audienceCountSchema), 'How many contacts an audience reaches now'),
      ...errorResponses,
    },
  }),
  handler: async (c) => {
    const count = await campaignsService.countCampaignAudience(
      c.get('api'),
      c.get('auth').scope,
      c.req.valid('json'),
    );
    return c.json(ok(c, count), 200);
  },
});
