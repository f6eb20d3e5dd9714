import { createRoute } from '@hono/zod-openapi';
import { emailSenderSettingsSchema, envelopeOf } from '@mewayz/contracts';
import { campaignsService } from '@mewayz/core';
import { bearerSecurity, defineRoute, errorResponses, jsonContent } from '../define-route.ts';
import { ok } from '../envelope.ts';

export const emailSettingsGet = defineRoute({
  name: 'email-settings.get',
  access: { scope: 'campaigns:read', permission: 'crm.view' },
  route: createRoute({
    method: 'get',
    path: '/email-settings',
    tags: ['Campaigns'],
    summary: 'The organization’s sender settings',
    description: 'The postal address every campaign footer shows, and the default from name and reply-to.',
    security: bearerSecurity,
    responses: {
      200: jsonContent(envelopeOf(emailSenderSettingsSchema), 'The organization’s sender settings'),
      ...errorResponses,
    },
  }),
  handler: async (c) => {
    const settings = await campaignsService.getSenderSettings(c.get('api'), c.get('auth').scope);
    return c.json(ok(c, settings), 200);
  },
});
