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

export const templatesDelete = defineRoute({
  name: 'templates.delete',
  access: { scope: 'campaigns:write', permission: 'crm.manage' },
  route: createRoute({
    method: 'delete',
    path: '/templates/{id}',
    tags: ['Campaigns'],
    summary: 'Delete an email template',
    description:
      'Refused with 409 `template_in_use` (the campaigns in `error.details`) while a scheduled, sending or paused campaign uses it; campaigns already sent keep their frozen content.',
    security: bearerSecurity,
    request: { params: idParam('id', 'emailTemplate') },
    responses: { 200: jsonContent(envelopeOf(nullData), 'Delete an email template'), ...errorResponses },
  }),
  handler: async (c) => {
    const { scope, actor } = c.get('auth');
    await campaignsService.deleteTemplate(c.get('api'), scope, actor, c.req.valid('param').id);
    return c.json(ok(c, null, 'Template deleted.'), 200);
  },
});
