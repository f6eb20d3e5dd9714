import { createRoute } from '@hono/zod-openapi';
import { envelopeOf } from '@mewayz/contracts';
import { campaignsService } from '@mewayz/core';
import {
  bearerSecurity,
  defineRoute,
  errorResponses,
  idParam,
  jsonContent,
  nullData,
} from '../define-route.ts';
import { ok } from '../envelope.ts';

export const campaignsDelete = defineRoute({
  name: 'campaigns.delete',
  access: { scope: 'campaigns:write', permission: 'crm.manage' },
  route: createRoute({
    method: 'delete',
    path: '/campaigns/{id}',
    tags: ['Campaigns'],
    summary: 'Delete a draft campaign',
    description: 'Only drafts; cancel a scheduled or sending campaign instead (409).',
    security: bearerSecurity,
    request: { params: idParam('id', 'campaign') },
    responses: { 200: jsonContent(envelopeOf(nullData), 'Delete a draft campaign'), ...errorResponses },
  }),
  handler: async (c) => {
    const { scope, actor } = c.get('auth');
    await campaignsService.deleteCampaign(c.get('api'), scope, actor, c.req.valid('param').id);
    return c.json(ok(c, null, 'Campaign deleted.'), 200);
  },
});
