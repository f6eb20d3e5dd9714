import { createRoute } from '@hono/zod-openapi';
import { createSectionInput, envelopeOf, sectionSchema } from '@mewayz/contracts';
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

export const sectionsCreate = defineRoute({
  name: 'sections.create',
  access: { scope: 'sites:write', permission: 'sites.edit' },
  route: createRoute({
    method: 'post',
    path: '/pages/{id}/sections',
    tags: ['Sections'],
    summary: 'Append a section',
    description:
      '`kind` selects the schema of `variant` and `data`; items (cards, FAQ entries, …) are ordered lists inside `data`.',
    security: bearerSecurity,
    request: { params: idParam('id', 'page'), ...jsonBody(createSectionInput) },
    responses: { 201: jsonContent(envelopeOf(sectionSchema), 'The new section'), ...errorResponses },
  }),
  handler: async (c) => {
    const { scope, actor } = c.get('auth');
    const section = await sitesService.createSection(
      c.get('api'),
      scope,
      actor,
      c.req.valid('param').id,
      c.req.valid('json'),
    );
    return c.json(ok(c, section, 'Section created.'), 201);
  },
});
