import { createRoute } from '@hono/zod-openapi';
import { envelopeOf, segmentSchema } from '@mewayz/contracts';
import { crmService } from '@mewayz/core';
import { bearerSecurity, defineRoute, errorResponses, idParam, jsonContent } from '../define-route.ts';
import { ok } from '../envelope.ts';

export const segmentsGet = defineRoute({
  name: 'segments.get',
  access: { scope: 'crm:read', permission: 'crm.view' },
  route: createRoute({
    method: 'get',
    path: '/segments/{id}',
    tags: ['CRM'],
    summary: 'A segment and its filter',
    description: 'The segment’s name and filter; its members are at `/segments/{id}/contacts`.',
    security: bearerSecurity,
    request: { params: idParam('id', 'segment') },
    responses: { 200: jsonContent(envelopeOf(segmentSchema), 'The segment'), ...errorResponses },
  }),
  handler: async (c) => {
    const segment = await crmService.getSegment(c.get('api'), c.get('auth').scope, c.req.valid('param').id);
    return c.json(ok(c, segment), 200);
  },
});
