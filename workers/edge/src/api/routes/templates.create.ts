import { createRoute } from '@hono/zod-openapi';
import { createTemplateInput, emailTemplateSchema, envelopeOf } from '@mewayz/contracts';
import { campaignsService } from '@mewayz/core';
import { bearerSecurity, defineRoute, errorResponses, jsonBody, jsonContent } from '../define-route.ts';
import { ok } from '../envelope.ts';

export const templatesCreate = defineRoute({
  name: 'templates.create',
  access: { scope: 'campaigns:write', permission: 'crm.manage' },
  route: createRoute({
    method: 'post',
    path: '/templates',
    tags: ['Campaigns'],
    summary: 'Save an email template',
    description:
      'MJML (responsive, styles inlined when compiled) with merge fields like `{{ first_name | "there" }}`: the value is escaped in HTML, the fallback used when a contact has none. MJML that does not compile is refused.',
    security: bearerSecurity,
    request: jsonBody(createTemplateInput),
    responses: {
      201: jsonContent(envelopeOf(emailTemplateSchema), 'Save an email template'),
      ...errorResponses,
    },
  }),
  handler: async (c) => {
    const { scope, actor } = c.get('auth');
    const template = await campaignsService.createTemplate(c.get('api'), scope, actor, c.req.valid('json'));
    return c.json(ok(c, template, 'Template saved.'), 201);
  },
});
