import { createRoute } from '@hono/zod-openapi';
import { emailTemplateSchema, envelopeOf } from '@mewayz/contracts';
import { campaignsService } from '@mewayz/core';
import { bearerSecurity, defineRoute, errorResponses, idParam, jsonContent } from '../define-route.ts';
import { ok } from '../envelope.ts';

export const templatesGet = defineRoute({
  name: 'templates.get',
  access: { scope: 'campaigns:read', permission: 'crm.view' },
  route: createRoute({
    method: 'get',
    path: '/templates/{id}',
    tags: ['Campaigns'],
    summary: 'One email template',
    description: 'The template with its MJML source.',
    security: bearerSecurity,
    request: { params: idParam('id', 'emailTemplate') },
    responses: { 200: jsonContent(envelopeOf(emailTemplateSchema), 'One email template'), ...errorResponses },
  }),
  handler: async (c) => {
    const template = await campaignsService.getTemplate(
      c.get('api'),
      c.get('auth').scope,
      c.req.valid('param').id,
    );
    return c.json(ok(c, template), 200);
  },
});
