import { createRoute } from '@hono/zod-openapi';
import { emailSenderSettingsInput, emailSenderSettingsSchema, envelopeOf } from '@mewayz/contracts';
import { campaignsService } from '@mewayz/core';
import { bearerSecurity, defineRoute, errorResponses, jsonBody, jsonContent } from '../define-route.ts';
import { ok } from '../envelope.ts';

export const emailSettingsUpdate = defineRoute({
  name: 'email-settings.update',
  access: { scope: 'campaigns:write', permission: 'crm.manage' },
  route: createRoute({
    method: 'put',
    path: '/email-settings',
    tags: ['Campaigns'],
    summary: 'Set the sender settings',
    description: 'A campaign cannot be scheduled before the postal address is set.',
    security: bearerSecurity,
    request: jsonBody(emailSenderSettingsInput),
    responses: {
      200: jsonContent(envelopeOf(emailSenderSettingsSchema), 'Set the sender settings'),
      ...errorResponses,
    },
  }),
  handler: async (c) => {
    const { scope, actor } = c.get('auth');
    const settings = await campaignsService.updateSenderSettings(
      c.get('api'),
      scope,
      actor,
      c.req.valid('json'),
    );
    return c.json(ok(c, settings, 'Email settings saved.'), 200);
  },
});
