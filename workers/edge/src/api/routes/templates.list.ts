import { createRoute } from '@hono/zod-openapi';
import { emailTemplateSchema, envelopeOf, listOut, MAX_PER_PAGE, paginationQuery } from '@mewayz/contracts';
import { campaignsService } from '@mewayz/core';
import { bearerSecurity, defineRoute, errorResponses, jsonContent } from '../define-route.ts';
import { okPage, pageOf } from '../envelope.ts';

export const templatesList = defineRoute({
  name: 'templates.list',
  access: { scope: 'campaigns:read', permission: 'crm.view' },
  route: createRoute({
    method: 'get',
    path: '/templates',
    tags: ['Campaigns'],
    summary: 'Email templates, newest first',
    description: 'MJML templates with their default subject and preview text.',
    security: bearerSecurity,
    request: { query: paginationQuery },
    responses: {
      200: jsonContent(
        envelopeOf(listOut(emailTemplateSchema, MAX_PER_PAGE)),
        'Email templates, newest first',
      ),
      ...errorResponses,
    },
  }),
  handler: async (c) => {
    const q = c.req.valid('query');
    const page = await campaignsService.listTemplates(c.get('api'), c.get('auth').scope, pageOf(q));
    return c.json(okPage(c, page, q), 200);
  },
});
