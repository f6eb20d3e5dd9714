import { createRoute } from '@hono/zod-openapi';
import { envelopeOf, sectionSchema, updateSectionInput } from '@mewayz/contracts';
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

export const sectionParams = idParam('id', 'page').extend(idParam('sectionId', 'section').shape);

export const sectionsUpdate = defineRoute({
  name: 'sections.update',
  access: { scope: 'sites:write', permission: 'sites.edit' },
  route: createRoute({
    method: 'patch',
    path: '/pages/{id}/sections/{sectionId}',
    tags: ['Sections'],
    summary: 'Change a section',
    description: 'Its kind is fixed; `variant` and `data` (whole) are checked against the kind’s schema.',
    security: bearerSecurity,
    request: { params: sectionParams, ...jsonBody(updateSectionInput) },
    responses: { 200: jsonContent(envelopeOf(sectionSchema), 'The section'), ...errorResponses },
  }),
  handler: async (c) => {
    const { scope, actor } = c.get('auth');
    const { id, sectionId } = c.req.valid('param');
    const section = await sitesService.updateSection(
      c.get('api'),
      scope,
      actor,
      id,
      sectionId,
      c.req.valid('json'),
    );
    return c.json(ok(c, section, 'Section updated.'), 200);
  },
});
