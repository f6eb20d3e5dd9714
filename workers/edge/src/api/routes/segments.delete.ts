import { createRoute } from '@hono/zod-openapi';
import { envelopeOf } from '@mewayz/contracts';
import { crmService } from '@mewayz/core';
import {
  bearerSecurity,
  defineRoute,
  errorResponses,
  idParam,
  jsonContent,
  nullData,
} from '../define-route.ts';
import { ok } from '../envelope.ts';

export const segmentsDelete = defineRoute({
  name: 'segments.delete',
  access: { scope: 'crm:write', permission: 'crm.manage' },
  route: createRoute({
    method: 'delete',
    path: '/segments/{id}',
    tags: ['CRM'],
    summary: 'Delete a segment (its contacts stay)',
    description: 'Only the saved filter goes; no contact is changed.',
    security: bearerSecurity,
    request: { params: idParam('id', 'segment') },
    responses: { 200: jsonContent(envelopeOf(nullData), 'Deleted'), ...errorResponses },
  }),
  handler: async (c) => {
    const { scope, actor } = c.get('auth');
    await crmService.deleteSegment(c.get('api'), scope, actor, c.req.valid('param').id);
    return c.json(ok(c, null, 'Segment deleted.'), 200);
  },
});
