import { createRoute } from '@hono/zod-openapi';
import { emailTemplateSchema, envelopeOf, updateTemplateInput } from '@mewayz/contracts';
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

export const templatesUpdate = defineRoute({
  name: 'templates.update',
  access: { scope: 'campaigns:write', permission: 'crm.manage' },
  route: createRoute({
    method: 'patch',
    path: '/templates/{id}',
    tags: ['Campaigns'],
    summary: 'Change an email template',
    description:
      'Changes only the fields sent (at least one). Campaigns already sending keep the content they started with.',
    security: bearerSecurity,
    request: { params: idParam('id', 'emailTemplate'), ...jsonBody(updateTemplateInput) },
    responses: {
      200: jsonContent(envelopeOf(emailTemplateSchema), 'Change an email template'),
      ...errorResponses,
    },
  }),
  handler: async (c) => {
    const { scope, actor } = c.get('auth');
    const template = await campaignsService.updateTemplate(
      c.get('api'),
      scope,
      actor,
      c.req.valid('param').id,
      c.req.valid('json'),
    );
    return c.json(ok(c, template, 'Template updated.'), 200);
  },
});
