import { createRoute } from '@hono/zod-openapi';
import { envelopeOf, sectionsOut } from '@mewayz/contracts';
import { sitesService } from '@mewayz/core';
import { bearerSecurity, defineRoute, errorResponses, idParam, jsonContent } from '../define-route.ts';
import { ok } from '../envelope.ts';

export const sectionsList = defineRoute({
  name: 'sections.list',
  access: { scope: 'sites:read', permission: 'sites.view' },
  route: createRoute({
    method: 'get',
    path: '/pages/{id}/sections',
    tags: ['Sections'],
    summary: 'A page’s sections in order',
    description: 'Every section of the page in the draft, in the order the page shows them.',
    security: bearerSecurity,
    request: { params: idParam('id', 'page') },
    responses: { 200: jsonContent(envelopeOf(sectionsOut), 'The sections'), ...errorResponses },
  }),
  handler: async (c) =>
    c.json(ok(c, await sitesService.listSections(c.get('auth').scope, c.req.valid('param').id)), 200),
});
