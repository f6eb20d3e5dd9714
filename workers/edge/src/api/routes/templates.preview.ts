import { createRoute } from '@hono/zod-openapi';
import { envelopeOf, previewTemplateInput, templatePreviewSchema } from '@mewayz/contracts';
import { campaignsService } from '@mewayz/core';
import { bearerSecurity, defineRoute, errorResponses, jsonBody, jsonContent } from '../define-route.ts';
import { ok } from '../envelope.ts';

export const templatesPreview = defineRoute({
  name: 'templates.preview',
  access: { scope: 'campaigns:read', permission: 'crm.view' },
  route: createRoute({
    method: 'post',
    path: '/templates/preview',
    tags: ['Campaigns'],
    summary: 'Render MJML with sample values',
    description:
      'Compiles MJML as it would be sent (with the organization’s footer) and fills merge fields with sample values; saves nothing.',
    security: bearerSecurity,
    request: jsonBody(previewTemplateInput),
    responses: {
      200: jsonContent(envelopeOf(templatePreviewSchema), 'Render MJML with sample values'),
      ...errorResponses,
    },
  }),
  handler: async (c) => {
    const preview = await campaignsService.previewTemplate(
      c.get('api'),
      c.get('auth').scope,
      c.req.valid('json'),
    );
    return c.json(ok(c, preview), 200);
  },
});
