import { createRoute } from '@hono/zod-openapi';
import { envelopeOf, segmentCountSchema } from '@mewayz/contracts';
import { crmService } from '@mewayz/core';
import { bearerSecurity, defineRoute, errorResponses, idParam, jsonContent } from '../define-route.ts';
import { ok } from '../envelope.ts';

export const segmentsCount = defineRoute({
  name: 'segments.count',
  access: { scope: 'crm:read', permission: 'crm.view' },
  route: createRoute({
    method: 'get',
    path: '/segments/{id}/count',
    tags: ['CRM'],
    summary: 'How many contacts a segment holds now',
    description: 'Counted in the database from the segment’s filter, at the time of asking.',
    security: bearerSecurity,
    request: { params: idParam('id', 'segment') },
    responses: { 200: jsonContent(envelopeOf(segmentCountSchema), 'The count'), ...errorResponses },
  }),
  handler: async (c) => {
    const count = await crmService.countSegment(c.get('api'), c.get('auth').scope, c.req.valid('param').id);
    return c.json(ok(c, count), 200);
  },
});
