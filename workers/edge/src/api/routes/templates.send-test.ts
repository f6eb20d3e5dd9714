import { createRoute } from '@hono/zod-openapi';
import { envelopeOf, testSendInput, testSendSchema } from '@mewayz/contracts';
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

export const templatesTest = defineRoute({
  name: 'templates.test',
  access: { scope: 'campaigns:write', permission: 'crm.manage' },
  route: createRoute({
    method: 'post',
    path: '/templates/{id}/test',
    tags: ['Campaigns'],
    summary: 'Send a test email of a template',
    description: 'Mails the template with sample merge values to one address, its subject prefixed `[Test]`.',
    security: bearerSecurity,
    request: { params: idParam('id', 'emailTemplate'), ...jsonBody(testSendInput) },
    responses: {
      200: jsonContent(envelopeOf(testSendSchema), 'Send a test email of a template'),
      ...errorResponses,
    },
  }),
  handler: async (c) => {
    const { scope, actor } = c.get('auth');
    const sent = await campaignsService.testSendTemplate(
      c.get('api'),
      scope,
      actor,
      c.req.valid('param').id,
      c.req.valid('json'),
    );
    return c.json(ok(c, sent, 'Test email sent.'), 200);
  },
});
