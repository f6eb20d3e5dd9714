import { createRoute } from '@hono/zod-openapi';
import { envelopeOf, sectionSchema } from '@mewayz/contracts';
import { sitesService } from '@mewayz/core';
import { bearerSecurity, defineRoute, errorResponses, jsonContent } from '../define-route.ts';
import { ok } from '../envelope.ts';
import { sectionParams } from './sections.update.ts';

export const sectionsDuplicate = defineRoute({
  name: 'sections.duplicate',
  access: { scope: 'sites:write', permission: 'sites.edit' },
  route: createRoute({
    method: 'post',
    path: '/pages/{id}/sections/{sectionId}/duplicate',
    tags: ['Sections'],
    summary: 'Duplicate a section',
    description: 'Copies the section right below itself in the draft. No body.',
    security: bearerSecurity,
    request: { params: sectionParams },
    responses: { 201: jsonContent(envelopeOf(sectionSchema), 'The copy'), ...errorResponses },
  }),
  handler: async (c) => {
    const { scope, actor } = c.get('auth');
    const { id, sectionId } = c.req.valid('param');
    const section = await sitesService.duplicateSection(c.get('api'), scope, actor, id, sectionId);
    return c.json(ok(c, section, 'Section duplicated.'), 201);
  },
});
