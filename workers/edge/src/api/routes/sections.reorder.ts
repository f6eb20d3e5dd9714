import { createRoute } from '@hono/zod-openapi';
import { envelopeOf, reorderSectionsInput, sectionsOut } from '@mewayz/contracts';
import { sitesService } from '@mewayz/core';
import {
  bearerSecurity,
  defineRoute,
  errorResponses,
  idParam,
  jsonBody,
  jsonContent,
} from '../define-route.ts';
import { ok } from '../envelope.ts';

export const sectionsReorder = defineRoute({
  name: 'sections.reorder',
  access: { scope: 'sites:write', permission: 'sites.edit' },
  route: createRoute({
    method: 'put',
    path: '/pages/{id}/sections/order',
    tags: ['Sections'],
    summary: 'Reorder all sections at once',
    description: '`sectionIds` must name every section of the page exactly once.',
    security: bearerSecurity,
    request: { params: idParam('id', 'page'), ...jsonBody(reorderSectionsInput) },
    responses: {
      200: jsonContent(envelopeOf(sectionsOut), 'The sections in their new order'),
      ...errorResponses,
    },
  }),
  handler: async (c) => {
    const { scope, actor } = c.get('auth');
    const sections = await sitesService.reorderSections(
      c.get('api'),
      scope,
      actor,
      c.req.valid('param').id,
      c.req.valid('json'),
    );
    return c.json(ok(c, sections, 'Sections reordered.'), 200);
  },
});
