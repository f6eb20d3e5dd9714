import { createRoute } from '@hono/zod-openapi';
import { envelopeOf } from '@mewayz/contracts';
import { sitesService } from '@mewayz/core';
import { bearerSecurity, defineRoute, errorResponses, jsonContent, nullData } from '../define-route.ts';
import { ok } from '../envelope.ts';
import { sectionParams } from './sections.update.ts';

export const sectionsDelete = defineRoute({
  name: 'sections.delete',
  access: { scope: 'sites:write', permission: 'sites.edit' },
  route: createRoute({
    method: 'delete',
    path: '/pages/{id}/sections/{sectionId}',
    tags: ['Sections'],
    summary: 'Delete a section',
    description: 'Removes the section from the draft; the live page keeps it until the next publish.',
    security: bearerSecurity,
    request: { params: sectionParams },
    responses: { 200: jsonContent(envelopeOf(nullData), 'Deleted'), ...errorResponses },
  }),
  handler: async (c) => {
    const { scope, actor } = c.get('auth');
    const { id, sectionId } = c.req.valid('param');
    await sitesService.deleteSection(c.get('api'), scope, actor, id, sectionId);
    return c.json(ok(c, null, 'Section deleted.'), 200);
  },
});
